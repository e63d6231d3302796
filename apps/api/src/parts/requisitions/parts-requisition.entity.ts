import type { RequisitionApprover, RequisitionPurpose, RequisitionStatus } from '@aftersales/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CustomerUnitColumn } from '../../common/customer-unit.fields.js';
import { RequisitionDestinationEnum, RequisitionPurposeEnum, RequisitionStatusEnum, type RequisitionDestination } from './requisition-enums.js';
import { SyncStampColumn } from '../../common/incremental-sync.js';

/**
 * 三包配件领用单 (004 §6.2–6.3, DOMAIN §6). Lines, approvals, shipments and the linked records are
 * field resolvers batched by the request's loaders.
 */
@ObjectType({ description: '三包配件领用单 Parts requisition: drafted, signed, shipped or back-ordered, received, closed by the write-off' })
@Entity('parts_requisition')
export class PartsRequisition {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: '领用单号 LY-<year>-<6 digits>' })
  @Column({ type: 'text' })
  code: string;

  @Field(() => Int, { description: 'Send it back with every change; a stale one gets CONFLICT' })
  @Column({ type: 'integer' })
  version: number;

  @Field(() => RequisitionStatusEnum)
  @Column({ type: 'text' })
  status: RequisitionStatus;

  @Field(() => RequisitionPurposeEnum)
  @Column({ type: 'text' })
  purpose: RequisitionPurpose;

  /** Null: head office's own. */
  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => RequisitionDestinationEnum)
  @Column({ type: 'text' })
  destination: RequisitionDestination;

  @Field(() => String, { nullable: true, description: 'The customer’s address when shipped to the customer' })
  @Column({ type: 'text', name: 'destination_address', nullable: true })
  destinationAddress: string | null;

  @Column({ type: 'uuid', name: 'work_order_id', nullable: true })
  workOrderId: string | null;

  @Column({ type: 'uuid', name: 'complaint_id', nullable: true })
  complaintId: string | null;

  @CustomerUnitColumn.serialNumber({ nullable: true, description: '出厂编号 of the unit repaired (REPAIR)' })
  serialNumber: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => String)
  @Column({ type: 'text', name: 'requested_by_name' })
  requestedByName: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'approved_at', nullable: true })
  approvedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'rejected_at', nullable: true })
  rejectedAt: Date | null;

  @Field(() => String, { nullable: true, description: '驳回理由' })
  @Column({ type: 'text', name: 'rejection_reason', nullable: true })
  rejectionReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When the last outstanding piece left the factory' })
  @Column({ type: 'timestamptz', name: 'shipped_at', nullable: true })
  shippedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'received_at', nullable: true })
  receivedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'received_by_name', nullable: true })
  receivedByName: string | null;

  /**
   * Whose signature it waits for: the domain's `nextApprover`, stored by `storeNextApprovers` on
   * every write so `waitingForMe` can filter on it. Null: nobody's.
   */
  @Column({ type: 'text', name: 'next_approver_role', nullable: true })
  nextApproverRole: RequisitionApprover | null;

  @Column({ type: 'uuid', name: 'write_off_id', nullable: true })
  writeOffId: string | null;

  @Field(() => Date, { nullable: true, description: '核销 (closed by the quarterly write-off)' })
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
