import type {
  ComplaintChannel,
  ComplaintStatus,
  ComplaintSubject,
  ComplaintTier,
  FaultCause,
  HandlingDepartment,
  ResolutionKind,
  ResponsibilityShare as ResponsibilityShareShape,
  ResponsibleUnit,
  ServiceType,
  WarrantyStatus,
} from '@aftersales/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintToNumber } from '../common/column-transformers.js';
import { CustomerUnitColumn } from '../common/customer-unit.fields.js';
import { LocalDateScalar, MoneyScalar } from '../common/scalars.js';
import { SyncStampColumn } from '../common/incremental-sync.js';
import {
  ComplaintChannelEnum,
  ComplaintStatusEnum,
  ComplaintSubjectEnum,
  ComplaintTierEnum,
  FaultCauseEnum,
  HandlingDepartmentEnum,
  ResolutionKindEnum,
  ResponsibleUnitEnum,
  ServiceTypeEnum,
} from './complaint-enums.js';

@ObjectType({ description: '责任划分 One unit’s share of the responsibility' })
export class ResponsibilityShare implements ResponsibilityShareShape {
  @Field(() => ResponsibleUnitEnum)
  unit: ResponsibleUnit;

  @Field(() => Float)
  sharePercent: number;
}

@ObjectType({ description: '顾客质量投诉 Customer quality complaint' })
@Entity('complaint')
export class Complaint {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /**
   * The technician it was verified against, read with the row so a list needs no second read of
   * its complaints; never written through the entity (insert/update off): only the attribution
   * mutation sets it, and a complaint change saving its other columns cannot undo that.
   */
  @Column({ type: 'uuid', name: 'technician_id', nullable: true, insert: false, update: false })
  technicianId: string | null;

  @Field(() => String, { description: '投诉编号 TS-<year>-<6 digits>' })
  @Column({ type: 'text' })
  code: string;

  @Field(() => Int, { description: 'Send it back with every change; a stale one gets CONFLICT' })
  @Column({ type: 'integer' })
  version: number;

  @Field(() => ComplaintStatusEnum)
  @Column({ type: 'text' })
  status: ComplaintStatus;

  @Field(() => ComplaintChannelEnum)
  @Column({ type: 'text' })
  channel: ComplaintChannel;

  @Field(() => Date, { description: '受理时间' })
  @Column({ type: 'timestamptz', name: 'received_at' })
  receivedAt: Date;

  @Column({ type: 'uuid', name: 'region_id' })
  regionId: string;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'dealer_name', nullable: true })
  dealerName: string | null;

  @CustomerUnitColumn.customerName()
  customerName: string;

  @CustomerUnitColumn.customerPhone()
  customerPhone: string;

  @CustomerUnitColumn.customerAddress({ description: '详细地址' })
  customerAddress: string;

  @CustomerUnitColumn.serialNumber()
  serialNumber: string;

  @CustomerUnitColumn.productUnitId()
  productUnitId: string | null;

  @Column({ type: 'uuid', name: 'model_id' })
  modelId: string;

  @Field(() => LocalDateScalar)
  @Column({ type: 'date', name: 'factory_date' })
  factoryDate: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ type: 'date', name: 'purchase_date', nullable: true })
  purchaseDate: string | null;

  @Field(() => String, { nullable: true, description: 'The faulty component, when it has its own warranty period' })
  @Column({ type: 'text', nullable: true })
  component: string | null;

  @Field(() => String, { description: '产品主要故障' })
  @Column({ type: 'text', name: 'main_fault' })
  mainFault: string;

  @Field(() => String, { description: '客户要求' })
  @Column({ type: 'text', name: 'customer_request' })
  customerRequest: string;

  @Column({ type: 'text', name: 'warranty_status' })
  warrantyStatus: WarrantyStatus;

  @Column({ type: 'date', name: 'warranty_end_date', nullable: true })
  warrantyEndDate: string | null;

  @Column({ type: 'integer', name: 'warranty_months', nullable: true })
  warrantyMonths: number | null;

  @Column({ type: 'text', name: 'warranty_component', nullable: true })
  warrantyComponent: string | null;

  @Field(() => ComplaintSubjectEnum)
  @Column({ type: 'text' })
  subject: ComplaintSubject;

  @Field(() => HandlingDepartmentEnum)
  @Column({ type: 'text', name: 'handling_department' })
  handlingDepartment: HandlingDepartment;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'routing_override_reason', nullable: true })
  routingOverrideReason: string | null;

  @Field(() => FaultCauseEnum, { nullable: true })
  @Column({ type: 'text', name: 'fault_cause', nullable: true })
  faultCause: FaultCause | null;

  @Field(() => Boolean, { nullable: true, description: '质量问题 (null until investigated)' })
  @Column({ type: 'boolean', name: 'quality_fault', nullable: true })
  qualityFault: boolean | null;

  @Field(() => ServiceTypeEnum, { nullable: true })
  @Column({ type: 'text', name: 'service_type', nullable: true })
  serviceType: ServiceType | null;

  @Field(() => MoneyScalar, { nullable: true, description: '直接经济损失' })
  @Column({ type: 'bigint', name: 'direct_loss_fen', nullable: true, transformer: bigintToNumber })
  directLoss: number | null;

  @Field(() => Boolean, { nullable: true, description: '责任明确' })
  @Column({ type: 'boolean', name: 'responsibility_clear', nullable: true })
  responsibilityClear: boolean | null;

  @Field(() => ComplaintTierEnum, { description: 'MINOR until the investigation sets the loss' })
  @Column({ type: 'text' })
  tier: ComplaintTier;

  @Field(() => Boolean, { description: '特别重大 (CRITICAL only): needs the office meeting' })
  @Column({ type: 'boolean', name: 'especially_major', default: false })
  especiallyMajor: boolean;

  @Field(() => Date, { nullable: true, description: '办公会审批' })
  @Column({ type: 'timestamptz', name: 'office_meeting_approved_at', nullable: true })
  officeMeetingApprovedAt: Date | null;

  @Field(() => [ResponsibilityShare])
  @Column({ type: 'jsonb' })
  responsibility: ResponsibilityShare[];

  @Field(() => ResolutionKindEnum, { nullable: true })
  @Column({ type: 'text', name: 'resolution_kind', nullable: true })
  resolutionKind: ResolutionKind | null;

  @Field(() => MoneyScalar, { nullable: true, description: '赔偿金额' })
  @Column({ type: 'bigint', name: 'compensation_fen', nullable: true, transformer: bigintToNumber })
  compensation: number | null;

  @Field(() => Boolean, { description: '重大危机 (media, lawsuit, credibility): first in every list' })
  @Column({ type: 'boolean', name: 'special_case', default: false })
  specialCase: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'special_case_reason', nullable: true })
  specialCaseReason: string | null;

  @Field(() => Boolean, { description: '升级处理: a repeat complaint on the same serial while earlier ones are open' })
  @Column({ type: 'boolean', name: 'escalation_flagged', default: false })
  escalationFlagged: boolean;

  @Field(() => Date, { nullable: true, description: '转交技术中心时间 (001 §2.1: within 72 h)' })
  @Column({ type: 'timestamptz', name: 'forwarded_at', nullable: true })
  forwardedAt: Date | null;

  @Field(() => ResponsibleUnitEnum, { nullable: true, description: 'The unit that forwarded it, usually SALES' })
  @Column({ type: 'text', name: 'forwarding_unit', nullable: true })
  forwardingUnit: ResponsibleUnit | null;

  @Field(() => MoneyScalar, { nullable: true, description: '处理费用, incl. going out to investigate (001 §4)' })
  @Column({ type: 'bigint', name: 'handling_cost_fen', nullable: true, transformer: bigintToNumber })
  handlingCost: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'first_responded_at', nullable: true })
  firstRespondedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the customer got the handling reply' })
  @Column({ type: 'timestamptz', name: 'replied_at', nullable: true })
  repliedAt: Date | null;

  @Field(() => Boolean, { description: '合同约定答复期限: the purchaser is answered within the settings’ working days (2个工作日内)' })
  @Column({ type: 'boolean', name: 'contract_reply_term', default: false })
  contractReplyTerm: boolean;

  @Field(() => Date, { nullable: true, description: '采购人同意延期至: the reply time the purchaser agreed to' })
  @Column({ type: 'timestamptz', name: 'reply_extended_to', nullable: true })
  replyExtendedTo: Date | null;

  /** The domain's `effectiveReplyDeadline`, stored by `storeReplyDue` on every write (the work list orders by it). */
  @Column({ type: 'timestamptz', name: 'reply_due_at', nullable: true })
  replyDueAt: Date | null;

  @Field(() => String, { nullable: true, description: '同意延期的采购人联系人' })
  @Column({ type: 'text', name: 'reply_extension_agreed_by', nullable: true })
  replyExtensionAgreedBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When the delay was agreed (recorded)' })
  @Column({ type: 'timestamptz', name: 'reply_extension_agreed_at', nullable: true })
  replyExtensionAgreedAt: Date | null;

  @Field(() => String, { nullable: true, description: '延期原因 (investigation, analysis…)' })
  @Column({ type: 'text', name: 'reply_extension_reason', nullable: true })
  replyExtensionReason: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'rejection_reason', nullable: true })
  rejectionReason: string | null;

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
