import type { StockLocation } from '@aftersales/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LocalDateScalar } from '../../common/scalars.js';
import { SyncStampColumn } from '../../common/incremental-sync.js';

/**
 * 配件使用记录 A replacement: the part went into a serial unit under a work order, leaving the
 * location's stock; the old part it replaced is held there until the write-off recovers it.
 */
@ObjectType({ description: '配件使用记录 Part usage: a replacement under a work order; the old part is held where it was used' })
@Entity('part_usage')
export class PartUsage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'work_order_id' })
  workOrderId: string;

  @Field(() => String, { description: '出厂编号 of the unit the part went into' })
  @Column({ type: 'text', name: 'serial_number' })
  serialNumber: string;

  @Column({ type: 'uuid', name: 'part_id' })
  partId: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  quantity: number;

  @Column({ type: 'text' })
  location: StockLocation;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => LocalDateScalar, { description: '更换日期' })
  @Column({ type: 'date', name: 'used_on' })
  usedOn: string;

  @Column({ type: 'uuid', name: 'stock_movement_id' })
  stockMovementId: string;

  @Field(() => String)
  @Column({ type: 'text', name: 'recorded_by_name' })
  recordedByName: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  /** The transaction that last wrote it: the incremental sync's key (common/incremental-sync.ts). */
  @SyncStampColumn()
  syncStamp: string;
}
