import type { RenewalNoticeMethod, RenewalOutcome } from '@aftersales/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintToNumber } from '../common/column-transformers.js';
import { CustomerUnitColumn } from '../common/customer-unit.fields.js';
import { LocalDateScalar, MoneyScalar } from '../common/scalars.js';
import { SyncStampColumn } from '../common/incremental-sync.js';

/**
 * 保养合同 (000 §5, 003 §1, §15; domain `maintenance-contracts/`). Its covered serials, serving
 * center, status, renewal notice and outcome and work orders are field resolvers batched by the
 * request's loaders.
 */
@ObjectType({ description: '保养合同 Maintenance contract: the units it covers are served under it (CONTRACT) once out of warranty' })
@Entity('maintenance_contract')
export class MaintenanceContract {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: '合同编号 (unique, whatever its case)' })
  @Column({ type: 'text', name: 'contract_number' })
  contractNumber: string;

  @Field(() => Int, { description: 'Send it back with every change; a stale one gets CONFLICT' })
  @Column({ type: 'integer' })
  version: number;

  @CustomerUnitColumn.customerName({ description: '客户名称' })
  customerName: string;

  @CustomerUnitColumn.customerPhone({ description: '联系电话' })
  customerPhone: string;

  @CustomerUnitColumn.customerAddress({ description: '地址 (the expiry notice is mailed here)' })
  customerAddress: string;

  @Field(() => LocalDateScalar, { description: '有效期起 (inclusive)' })
  @Column({ type: 'date', name: 'valid_from' })
  validFrom: string;

  @Field(() => LocalDateScalar, { description: '有效期止 (inclusive)' })
  @Column({ type: 'date', name: 'valid_to' })
  validTo: string;

  /** Null: head office serves the contract. */
  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: '年费; null when the contract states none' })
  @Column({ type: 'bigint', name: 'annual_fee_fen', nullable: true, transformer: bigintToNumber })
  annualFee: number | null;

  /** 保养到期通知书: exposed together as `renewalNotice`. */
  @Column({ type: 'date', name: 'renewal_notice_sent_on', nullable: true })
  renewalNoticeSentOn: string | null;

  @Column({ type: 'text', name: 'renewal_notice_method', nullable: true })
  renewalNoticeMethod: RenewalNoticeMethod | null;

  @Column({ type: 'text', name: 'renewal_notice_sent_by', nullable: true })
  renewalNoticeSentBy: string | null;

  @Column({ type: 'text', name: 'renewal_notice_note', nullable: true })
  renewalNoticeNote: string | null;

  @Column({ type: 'text', name: 'renewal_notice_recorded_by_name', nullable: true })
  renewalNoticeRecordedByName: string | null;

  @Column({ type: 'timestamptz', name: 'renewal_notice_recorded_at', nullable: true })
  renewalNoticeRecordedAt: Date | null;

  /** 续约结果: exposed together as `renewal`. */
  @Column({ type: 'text', name: 'renewal_outcome', nullable: true })
  renewalOutcome: RenewalOutcome | null;

  @Column({ type: 'uuid', name: 'renewed_by_contract_id', nullable: true })
  renewedByContractId: string | null;

  @Column({ type: 'text', name: 'renewal_note', nullable: true })
  renewalNote: string | null;

  @Column({ type: 'text', name: 'renewal_recorded_by_name', nullable: true })
  renewalRecordedByName: string | null;

  @Column({ type: 'timestamptz', name: 'renewal_recorded_at', nullable: true })
  renewalRecordedAt: Date | null;

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

/** A unit the contract covers, by serial number (出厂编号). */
@Entity('maintenance_contract_serial')
export class MaintenanceContractSerial {
  @PrimaryColumn({ type: 'uuid', name: 'contract_id' })
  contractId: string;

  @PrimaryColumn({ type: 'text', name: 'serial_key' })
  serialKey: string;

  @Column({ type: 'text', name: 'serial_number' })
  serialNumber: string;

  /** The order the serials were listed in. */
  @Column({ type: 'integer' })
  position: number;
}
