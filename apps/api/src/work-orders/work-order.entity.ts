import type {
  AreaType,
  PaidServiceFee,
  ServiceType,
  WarrantyStatus,
  WorkOrderOutcome,
  WorkOrderSource,
  WorkOrderStatus,
} from '@aftersales/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { numericToNumber } from '../common/column-transformers.js';
import { CustomerUnitColumn } from '../common/customer-unit.fields.js';
import { ServiceTypeEnum } from '../complaints/complaint-enums.js';
import { AreaTypeEnum, WorkOrderOutcomeEnum, WorkOrderSourceEnum, WorkOrderStatusEnum } from './work-order-enums.js';
import { SyncStampColumn } from '../common/incremental-sync.js';

export type StoredPaidServiceFee = PaidServiceFee & { parts: (PaidServiceFee['parts'][number] & { partId: string })[] };

/**
 * 派工单 / 服务凭证 (003 §3–14, DOMAIN §5). Relations (complaint, region, model, unit, center,
 * technician, survey) are field resolvers batched by the request's loaders.
 */
@ObjectType({ description: '派工单 Work order: a repair call or a complaint visit, dispatched to a technician' })
@Entity('work_order')
export class WorkOrder {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: '派工单号 WO-<year>-<6 digits>' })
  @Column({ type: 'text' })
  code: string;

  @Field(() => Int, { description: 'Send it back with every change; a stale one gets CONFLICT' })
  @Column({ type: 'integer' })
  version: number;

  @Field(() => WorkOrderStatusEnum)
  @Column({ type: 'text' })
  status: WorkOrderStatus;

  @Field(() => WorkOrderSourceEnum)
  @Column({ type: 'text' })
  source: WorkOrderSource;

  @Column({ type: 'uuid', name: 'complaint_id', nullable: true })
  complaintId: string | null;

  @Field(() => Date, { description: '叫修时间' })
  @Column({ type: 'timestamptz', name: 'called_at' })
  calledAt: Date;

  @Column({ type: 'uuid', name: 'region_id' })
  regionId: string;

  @Field(() => AreaTypeEnum, { description: '市区 / 郊区 (arrival SLA 6 / 7 working hours)' })
  @Column({ type: 'text', name: 'area_type' })
  areaType: AreaType;

  @CustomerUnitColumn.customerName()
  customerName: string;

  @CustomerUnitColumn.customerPhone()
  customerPhone: string;

  @CustomerUnitColumn.customerAddress()
  customerAddress: string;

  @CustomerUnitColumn.serialNumber()
  serialNumber: string;

  @Column({ type: 'text', name: 'serial_key' })
  serialKey: string;

  @CustomerUnitColumn.productUnitId()
  productUnitId: string | null;

  @Column({ type: 'uuid', name: 'model_id', nullable: true })
  modelId: string | null;

  @Field(() => String, { description: '故障代码 (the repeat-repair rule compares it)' })
  @Column({ type: 'text', name: 'fault_code' })
  faultCode: string;

  @Column({ type: 'text', name: 'fault_key' })
  faultKey: string;

  @Field(() => String, { description: '故障描述' })
  @Column({ type: 'text', name: 'fault_description' })
  faultDescription: string;

  /** Exposed by the resolver, where the WarrantyStatus enum is registered. */
  @Column({ type: 'text', name: 'warranty_status' })
  warrantyStatus: WarrantyStatus;

  @Field(() => ServiceTypeEnum, { description: '服务类型 from the warranty rule on the call date' })
  @Column({ type: 'text', name: 'service_type' })
  serviceType: ServiceType;

  /** 保养合同 covering the serial on the call date; exposed as `maintenanceContract`. */
  @Column({ type: 'uuid', name: 'maintenance_contract_id', nullable: true })
  maintenanceContractId: string | null;

  /** Null: head office's own service. */
  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Column({ type: 'uuid', name: 'technician_id', nullable: true })
  technicianId: string | null;

  @Field(() => Date, { description: '应到达时间 (working hours on the business calendar)' })
  @Column({ type: 'timestamptz', name: 'arrival_due_at' })
  arrivalDueAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'dispatched_at', nullable: true })
  dispatchedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'dispatched_by_name', nullable: true })
  dispatchedByName: string | null;

  @Field(() => Date, { nullable: true, description: '到达时间' })
  @Column({ type: 'timestamptz', name: 'arrived_at', nullable: true })
  arrivedAt: Date | null;

  @Field(() => WorkOrderOutcomeEnum, { nullable: true })
  @Column({ type: 'text', nullable: true })
  outcome: WorkOrderOutcome | null;

  @Field(() => Float, { nullable: true, description: '工时' })
  @Column({ type: 'numeric', name: 'labour_hours', nullable: true, transformer: numericToNumber })
  labourHours: number | null;

  @Field(() => String, { nullable: true, description: '客户签名' })
  @Column({ type: 'text', name: 'customer_signed_name', nullable: true })
  customerSignedName: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'customer_signed_at', nullable: true })
  customerSignedAt: Date | null;

  @Field(() => String, { nullable: true, description: '客户商品领取收据号' })
  @Column({ type: 'text', name: 'receipt_number', nullable: true })
  receiptNumber: string | null;

  @Field(() => Date, { nullable: true, description: '带回 (goods in)' })
  @Column({ type: 'timestamptz', name: 'taken_back_at', nullable: true })
  takenBackAt: Date | null;

  @Field(() => Date, { nullable: true, description: '送回 (goods out)' })
  @Column({ type: 'timestamptz', name: 'returned_at', nullable: true })
  returnedAt: Date | null;

  @Field(() => Boolean, { description: '收据已收回作废' })
  @Column({ type: 'boolean', name: 'receipt_voided' })
  receiptVoided: boolean;

  /** 备用机: exposed together as `loaner` (work-order-loaner.type.ts). */
  @Column({ type: 'text', name: 'loaner_description', nullable: true })
  loanerDescription: string | null;

  @Column({ type: 'timestamptz', name: 'loaner_lent_at', nullable: true })
  loanerLentAt: Date | null;

  @Column({ type: 'text', name: 'loaner_lent_signature', nullable: true })
  loanerLentSignature: string | null;

  @Column({ type: 'timestamptz', name: 'loaner_returned_at', nullable: true })
  loanerReturnedAt: Date | null;

  @Column({ type: 'text', name: 'loaner_returned_by_name', nullable: true })
  loanerReturnedByName: string | null;

  /** As shown to the customer; each part line also keeps the part's id. */
  @Column({ type: 'jsonb', nullable: true })
  fee: StoredPaidServiceFee | null;

  @Field(() => Date, { nullable: true, description: '收费标准出示时间' })
  @Column({ type: 'timestamptz', name: 'fee_shown_at', nullable: true })
  feeShownAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'completed_at', nullable: true })
  completedAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: '一次修复: null until completed' })
  @Column({ type: 'boolean', name: 'first_time_fix', nullable: true })
  firstTimeFix: boolean | null;

  @Column({ type: 'uuid', name: 'repeated_by_work_order_id', nullable: true })
  repeatedByWorkOrderId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'cancelled_at', nullable: true })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled or not fixed' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

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
