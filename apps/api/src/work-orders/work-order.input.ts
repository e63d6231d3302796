import type { AreaType, ServiceType, WorkOrderOutcome, WorkOrderStatus } from '@aftersales/domain';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import type { PageArgs } from '../common/pagination.js';
import { CustomerUnitInput } from '../common/customer-unit.fields.js';
import { LocalDateScalar } from '../common/scalars.js';
import { ServiceTypeEnum } from '../complaints/complaint-enums.js';
import { AreaTypeEnum, WorkOrderOutcomeEnum, WorkOrderStatusEnum } from './work-order-enums.js';
import { msg, validationMessage } from '../i18n/message.js';
import { type ChangesSince, UpdatedSinceField } from '../common/incremental-sync.js';

/*
 * Required texts are checked by the registration, which names every missing field at once; here
 * only lengths and id formats.
 */
@InputType({ description: '叫修登记 (003 §3): from a complaint, customer, serial, model and region default from it' })
export class RegisterWorkOrderInput {
  @Field(() => ID, { nullable: true, description: 'The complaint this visit serves (source COMPLAINT)' })
  @IsOptional()
  @IsUUID('all', { ...validationMessage(msg('apiWorkOrders.chooseComplaint')) })
  complaintId?: string | null;

  @Field(() => Date, { description: '叫修时间' })
  calledAt: Date;

  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiWorkOrders.chooseRegion')) })
  regionId: string;

  @Field(() => AreaTypeEnum)
  areaType: AreaType;

  @CustomerUnitInput.customerName({ description: 'Blank: the complaint’s customer' })
  customerName: string;

  @CustomerUnitInput.customerPhone()
  customerPhone: string;

  @CustomerUnitInput.customerAddress()
  customerAddress: string;

  @CustomerUnitInput.serialNumber()
  serialNumber: string;

  @CustomerUnitInput.modelId({ description: 'Only for a serial head office does not know' })
  modelId?: string | null;

  @CustomerUnitInput.purchaseDate({ description: 'Only when the unit has none recorded (warranty base)' })
  purchaseDate?: string | null;

  @Field(() => String, { description: '故障代码 from head office’s list (compared for repeat repairs)' })
  @MaxLength(50)
  faultCode: string;

  @Field(() => String, { description: '故障描述' })
  @MaxLength(2000)
  faultDescription: string;

  @Field(() => ID, { nullable: true, description: 'A partner’s own center is implied; null: head office serves it' })
  @IsOptional()
  @IsUUID('all', { ...validationMessage(msg('apiWorkOrders.chooseRepairCenter')) })
  repairCenterId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '保养合同客户: the customer holds a current maintenance contract, so a unit out of warranty is served under it (CONTRACT) rather than PAID',
  })
  contractCustomer?: boolean | null;
}

@InputType({ description: 'The work order and the version you read' })
export class WorkOrderChange {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: '派工 (re-assigning while DISPATCHED is allowed)' })
export class DispatchWorkOrderInput extends WorkOrderChange {
  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiWorkOrders.chooseTechnician')) })
  technicianId: string;
}

@InputType({ description: '到达' })
export class RecordWorkOrderArrivalInput extends WorkOrderChange {
  @Field(() => Date)
  arrivedAt: Date;
}

@InputType({ description: 'One part on the fee schedule, charged at its unit cost' })
export class PaidServicePartInput {
  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiWorkOrders.choosePart')) })
  partId: string;

  @Field(() => Int)
  quantity: number;
}

@InputType({ description: '出示收费标准 (PAID only, before the work)' })
export class ShowWorkOrderFeeInput extends WorkOrderChange {
  @Field(() => Float, { description: 'Estimated labour hours, at most 2 decimals' })
  labourHours: number;

  @Field(() => [PaidServicePartInput])
  @ValidateNested({ each: true })
  @ArrayMaxSize(100, { ...validationMessage(msg('apiWorkOrders.most100PartLines')) })
  parts: PaidServicePartInput[];
}

@InputType({ description: '带回修理: a receipt is given and the customer signs (003 §6)' })
export class TakeBackWorkOrderUnitInput extends WorkOrderChange {
  @Field(() => String, { description: '客户商品领取收据号' })
  @MaxLength(50)
  receiptNumber: string;

  @Field(() => String)
  @MaxLength(100)
  customerSignedName: string;

  @Field(() => Date)
  at: Date;
}

@InputType({ description: '送回: the customer signs and the receipt is taken back and voided (003 §7)' })
export class ReturnWorkOrderUnitInput extends WorkOrderChange {
  @Field(() => String)
  @MaxLength(100)
  customerSignedName: string;

  @Field(() => Boolean)
  receiptVoided: boolean;

  @Field(() => Date)
  at: Date;
}

@InputType({ description: '完工' })
export class CompleteWorkOrderInput extends WorkOrderChange {
  @Field(() => WorkOrderOutcomeEnum)
  outcome: WorkOrderOutcome;

  @Field(() => Float, { description: '工时 as on the repair card, at most 2 decimals' })
  labourHours: number;

  @Field(() => String, { nullable: true, description: 'Required for FIXED_ON_SITE (服务凭证)' })
  @IsOptional()
  @MaxLength(100)
  customerSignedName?: string | null;

  @Field(() => Date)
  completedAt: Date;

  @Field(() => String, { nullable: true, description: 'Required for NOT_FIXED' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;
}

@InputType({ description: '取消 (before anyone is on site)' })
export class CancelWorkOrderInput extends WorkOrderChange {
  @Field(() => String)
  @MaxLength(2000)
  reason: string;
}

@InputType({ description: '派工单筛选' })
export class WorkOrderFilter {
  @Field(() => [WorkOrderStatusEnum], { nullable: true })
  statuses?: WorkOrderStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: not yet COMPLETED or CANCELLED; false: finished' })
  open?: boolean | null;

  @Field(() => ID, { nullable: true })
  repairCenterId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: head office’s own service (no center)' })
  headOffice?: boolean | null;

  @Field(() => ID, { nullable: true })
  technicianId?: string | null;

  @Field(() => ServiceTypeEnum, { nullable: true })
  serviceType?: ServiceType | null;

  @Field(() => Boolean, { nullable: true, description: 'true: units taken back (the goods in/out book)' })
  takenBack?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: a 备用机 (loaner) is still with the customer (备用机未还); false: none out' })
  loanerOut?: boolean | null;

  @Field(() => LocalDateScalar, { nullable: true })
  calledFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  calledTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Code, customer, phone or serial' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

/** The contract's page of 20 work orders, the length of the supervisor's board, not PageArgs' 50. */
@ArgsType()
export class WorkOrderPageArgs implements PageArgs, ChangesSince {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1–200.' })
  @Min(1)
  @Max(200)
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;

  @UpdatedSinceField()
  updatedSince?: Date | null;
}

@InputType({ description: '投诉核实到技术员 (E2: a verified complaint costs the technician points that month)' })
export class AttributeComplaintInput {
  @Field(() => ID)
  complaintId: string;

  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiWorkOrders.chooseTechnician')) })
  technicianId: string;
}
