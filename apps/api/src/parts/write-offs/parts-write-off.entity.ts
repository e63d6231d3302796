import type { WriteOffStatus, WriteOffSummary } from '@aftersales/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { WriteOffStatusEnum } from '../stock/stock-enums.js';
import { SyncStampColumn } from '../../common/incremental-sync.js';

/** What CS counted for one part, as entered; the live lines add the ledger's figures to it. */
export interface WriteOffCount {
  partId: string;
  onHandAtStart: number;
  onHandAtEnd: number;
  explanation: string | null;
}

/** The archived voucher: the domain's summary with each line's part number and name, and what it closed. */
export interface WriteOffVoucher extends Omit<WriteOffSummary, 'lines'> {
  lines: (WriteOffSummary['lines'][number] & {
    partNumber: string;
    partName: string;
    onHandAtStart: number;
    onHandAtEnd: number;
    oldPartsHeld: number;
    oldPartsWrittenOff: number;
  })[];
  centerCode: string;
  centerName: string;
  requisitionIds: string[];
  closedByName: string;
  closedAt: string;
}

/** 核销 The quarterly write-off of one repair center; CLOSED is final (archived voucher). */
@ObjectType({ description: '季度核销 Quarterly parts write-off of one repair center' })
@Entity('parts_write_off')
export class PartsWriteOff {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: '核销单号 HX-<year>-<4 digits>' })
  @Column({ type: 'text' })
  code: string;

  @Field(() => Int, { description: 'Send it back with every change; a stale one gets CONFLICT' })
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'uuid', name: 'repair_center_id' })
  repairCenterId: string;

  @Field(() => String, { description: '季度 YYYY-Qn' })
  @Column({ type: 'text' })
  quarter: string;

  @Field(() => WriteOffStatusEnum)
  @Column({ type: 'text' })
  status: WriteOffStatus;

  @Column({ type: 'jsonb' })
  counts: WriteOffCount[];

  @Column({ type: 'jsonb', nullable: true })
  voucher: WriteOffVoucher | null;

  @Field(() => String)
  @Column({ type: 'text', name: 'opened_by_name' })
  openedByName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'closed_by_name', nullable: true })
  closedByName: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  /** The transaction that last wrote it: the incremental sync's key (common/incremental-sync.ts). */
  @SyncStampColumn()
  syncStamp: string;
}
