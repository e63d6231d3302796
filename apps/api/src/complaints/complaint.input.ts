import type {
  ComplaintChannel,
  ComplaintStatus,
  ComplaintSubject,
  ComplaintTier,
  FaultCause,
  HandlingDepartment,
  ResolutionKind,
  ResponsibleUnit,
} from '@aftersales/domain';
import { IsInt, IsOptional, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { LocalDateScalar, MoneyScalar } from '../common/scalars.js';
import { CustomerUnitInput } from '../common/customer-unit.fields.js';
import {
  ComplaintChannelEnum,
  ComplaintStatusEnum,
  ComplaintSubjectEnum,
  ComplaintTierEnum,
  FaultCauseEnum,
  HandlingDepartmentEnum,
  ResolutionKindEnum,
  ResponsibleUnitEnum,
} from './complaint-enums.js';
import { msg, validationMessage } from '../i18n/message.js';

/*
 * Required texts are checked by the domain's registration rule, which names every missing
 * field at once; here only lengths and id formats.
 */
@InputType({ description: '投诉登记 (004 §4.2): model and dates only for an unknown serial' })
export class RegisterComplaintInput {
  @Field(() => ComplaintChannelEnum)
  channel: ComplaintChannel;

  @Field(() => Date, { description: '受理时间' })
  receivedAt: Date;

  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiComplaints.chooseRegion')) })
  regionId: string;

  @Field(() => ID, { nullable: true, description: 'The repair center involved; a partner’s own center is used whatever is sent' })
  @IsOptional()
  @IsUUID('all', { ...validationMessage(msg('apiComplaints.chooseRepairCenter')) })
  repairCenterId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  dealerName?: string | null;

  @CustomerUnitInput.customerName()
  customerName: string;

  @CustomerUnitInput.customerPhone()
  customerPhone: string;

  @CustomerUnitInput.customerAddress()
  customerAddress: string;

  @CustomerUnitInput.serialNumber()
  serialNumber: string;

  @CustomerUnitInput.modelId()
  modelId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  factoryDate?: string | null;

  @CustomerUnitInput.purchaseDate()
  purchaseDate?: string | null;

  @Field(() => String, { nullable: true, description: 'The faulty component, if it has its own warranty period' })
  @IsOptional()
  @MaxLength(100)
  component?: string | null;

  @Field(() => String, { description: '产品主要故障' })
  @MaxLength(2000)
  mainFault: string;

  @Field(() => String, { description: '客户要求' })
  @MaxLength(2000)
  customerRequest: string;

  @Field(() => ComplaintSubjectEnum)
  subject: ComplaintSubject;

  @Field(() => HandlingDepartmentEnum, { nullable: true, description: 'Override of the routed department (needs a reason)' })
  handlingDepartment?: HandlingDepartment | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  routingOverrideReason?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '合同约定答复期限: the contract has the purchaser answered within the settings’ working days (2个工作日内); the earlier of that and the tier’s deadline applies',
  })
  contractReplyTerm?: boolean | null;
}

@InputType('VersionedNoteInput', { description: 'The version you read, and an optional note for the timeline' })
export class VersionedInput {
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class TransitionComplaintInput extends VersionedInput {
  @Field(() => ComplaintStatusEnum)
  to: ComplaintStatus;

  @Field(() => String, { nullable: true, description: 'Required for REJECTED; the customer is told it' })
  @IsOptional()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType({ description: '调查结果' })
export class InvestigationInput extends VersionedInput {
  @Field(() => FaultCauseEnum)
  faultCause: FaultCause;

  @Field(() => MoneyScalar, { description: '直接经济损失' })
  @Min(0, { ...validationMessage(msg('apiComplaints.lossNegative')) })
  directLoss: number;

  @Field(() => Boolean, { description: '责任明确' })
  responsibilityClear: boolean;

  @Field(() => Boolean, { nullable: true, description: '特别重大 (CRITICAL only)' })
  especiallyMajor?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'The customer holds a maintenance contract' })
  contractCustomer?: boolean | null;
}

@InputType()
export class ResponsibilityShareInput {
  @Field(() => ResponsibleUnitEnum)
  unit: ResponsibleUnit;

  @Field(() => Float)
  sharePercent: number;
}

@InputType({ description: '责任划分: shares sum to 100' })
export class ResponsibilityInput extends VersionedInput {
  @Field(() => [ResponsibilityShareInput])
  @ValidateNested({ each: true })
  shares: ResponsibilityShareInput[];
}

@InputType({ description: '处理方式 退 / 赔 / 换 / 修' })
export class ResolutionInput extends VersionedInput {
  @Field(() => ResolutionKindEnum)
  kind: ResolutionKind;

  @Field(() => MoneyScalar, { nullable: true, description: '赔偿金额, for COMPENSATE' })
  compensation?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: '处理费用 (travel, investigation…), shared by responsibility in the ledger' })
  @IsOptional()
  @Min(0, { ...validationMessage(msg('apiComplaints.costNegative')) })
  handlingCost?: number | null;
}

@InputType({ description: '转交技术中心' })
export class ForwardingInput extends VersionedInput {
  @Field(() => Date)
  forwardedAt: Date;

  @Field(() => ResponsibleUnitEnum, { description: 'Usually SALES' })
  forwardingUnit: ResponsibleUnit;
}

@InputType({ description: '转派: move the complaint to another handling department, with the reason' })
export class RerouteComplaintInput {
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => HandlingDepartmentEnum, { description: '新的处理部门: another one than the current' })
  handlingDepartment: HandlingDepartment;

  // Required and at most 500 characters, checked by the domain's re-routing rule.
  @Field(() => String, { description: '转派原因, also when moving back to the department the subject names' })
  reason: string;
}

// Required texts and the new time are checked by the domain's reply-extension rule, which names every field at once.
@InputType({ description: '采购人同意延期答复 (事先征得采购人同意): recorded before the reply deadline passes' })
export class ReplyExtensionInput {
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => Date, { description: '新的答复期限: after the current deadline' })
  newDueAt: Date;

  @Field(() => String, { description: '同意延期的采购人联系人 (name)' })
  agreedByName: string;

  @Field(() => String, { description: '延期原因 (investigation, analysis…)' })
  reason: string;
}

@InputType({ description: '重大危机' })
export class SpecialCaseInput extends VersionedInput {
  @Field(() => Boolean)
  specialCase: boolean;

  @Field(() => String, { nullable: true, description: 'Required when marking: media exposure, lawsuit, credibility…' })
  @IsOptional()
  @MaxLength(500)
  reason?: string | null;
}

export enum ComplaintOrder {
  WORK_LIST = 'WORK_LIST',
  RECEIVED_DESC = 'RECEIVED_DESC',
  RECEIVED_ASC = 'RECEIVED_ASC',
}
registerEnumType(ComplaintOrder, {
  name: 'ComplaintOrder',
  description: 'WORK_LIST: special cases first, then open complaints by reply due; or by received time',
});

@InputType()
export class ComplaintFilter {
  @Field(() => String, { nullable: true, description: 'Code, customer, phone or serial' })
  search?: string | null;

  @Field(() => ComplaintStatusEnum, { nullable: true })
  status?: ComplaintStatus | null;

  @Field(() => ComplaintTierEnum, { nullable: true })
  tier?: ComplaintTier | null;

  @Field(() => Boolean, { nullable: true, description: 'Only complaints past a deadline they have not met' })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  specialCase?: boolean | null;

  @Field(() => ID, { nullable: true })
  regionId?: string | null;

  @Field(() => ID, { nullable: true })
  repairCenterId?: string | null;

  @Field(() => ID, { nullable: true })
  modelId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  receivedFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  receivedTo?: string | null;
}
