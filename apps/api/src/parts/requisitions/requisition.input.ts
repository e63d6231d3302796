import type { RequisitionPurpose, RequisitionStatus } from '@aftersales/domain';
import { ArrayMaxSize, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CustomerUnitInput } from '../../common/customer-unit.fields.js';
import type { PageArgs } from '../../common/pagination.js';
import { LocalDateScalar } from '../../common/scalars.js';
import { RequisitionDestinationEnum, RequisitionPurposeEnum, RequisitionStatusEnum, type RequisitionDestination } from './requisition-enums.js';
import { msg, validationMessage } from '../../i18n/message.js';
import { type ChangesSince, UpdatedSinceField } from '../../common/incremental-sync.js';

/*
 * Quantities, required texts and the warranty are checked by the service with the domain rules,
 * which name every problem at once under `lines.N.field`; here only lengths, sizes and id formats.
 */
const MAX_LINES = 100;

@InputType({ description: 'One part requested' })
export class RequisitionLineInput {
  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiParts.choosePart')) })
  partId: string;

  @Field(() => String, { nullable: true, description: '规格; blank: the part’s own' })
  @IsOptional()
  @MaxLength(200)
  spec?: string | null;

  @Field(() => Int, { description: 'Pieces, 1 or more' })
  quantity: number;
}

@InputType({ description: '领用单: what the parts are for, where they go, and the lines' })
export class RequisitionInput {
  @Field(() => RequisitionPurposeEnum)
  purpose: RequisitionPurpose;

  @Field(() => ID, { nullable: true, description: 'The center the parts are for; a partner’s own is implied; null: head office (REPAIR: the work order’s center)' })
  @IsOptional()
  @IsUUID('all', { ...validationMessage(msg('apiParts.chooseRepairCenter')) })
  repairCenterId?: string | null;

  @Field(() => RequisitionDestinationEnum)
  destination: RequisitionDestination;

  @Field(() => String, { nullable: true, description: 'The customer’s address (required for CUSTOMER)' })
  @IsOptional()
  @MaxLength(300)
  destinationAddress?: string | null;

  @Field(() => ID, { nullable: true, description: 'REPAIR: the work order of the repair' })
  @IsOptional()
  @IsUUID('all', { ...validationMessage(msg('apiParts.chooseWorkOrder')) })
  workOrderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'REPAIR: the complaint of the repair (when there is no work order)' })
  @IsOptional()
  @IsUUID('all', { ...validationMessage(msg('apiParts.chooseComplaint')) })
  complaintId?: string | null;

  @CustomerUnitInput.serialNumber({ optional: true, description: '出厂编号; blank: the work order’s or complaint’s unit' })
  serialNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => [RequisitionLineInput])
  @ValidateNested({ each: true })
  @ArrayMaxSize(MAX_LINES, { ...validationMessage(msg('apiParts.mostMaxlinesLines', { maxLines: MAX_LINES })) })
  lines: RequisitionLineInput[];
}

@InputType({ description: 'An approver’s reduced quantity for one line (0 strikes it)' })
export class ApprovedQuantityInput {
  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiParts.chooseLineRequisition')) })
  lineId: string;

  @Field(() => Int)
  quantity: number;
}

@InputType({ description: 'Pieces of one line in this shipment' })
export class ShipLineInput {
  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiParts.chooseLineRequisition')) })
  lineId: string;

  @Field(() => Int)
  quantity: number;
}

@InputType({ description: '缺货反馈: the production order placed for a line without stock' })
export class BackorderLineInput {
  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiParts.chooseLineRequisition')) })
  lineId: string;

  @Field(() => String, { description: '生产单号' })
  @MaxLength(50)
  productionOrderNumber: string;

  @Field(() => LocalDateScalar, { description: '预计交货日期' })
  expectedOn: string;
}

@InputType({ description: '收货确认 of one line: the pieces that arrived; a difference needs a note' })
export class ReceiveLineInput {
  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiParts.chooseLineRequisition')) })
  lineId: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType({ description: '领用单筛选' })
export class RequisitionFilter {
  @Field(() => [RequisitionStatusEnum], { nullable: true })
  statuses?: RequisitionStatus[] | null;

  @Field(() => ID, { nullable: true })
  repairCenterId?: string | null;

  @Field(() => RequisitionPurposeEnum, { nullable: true })
  purpose?: RequisitionPurpose | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '待我处理: SUBMITTED whose next signer is my role; APPROVED/BACKORDERED for commerce; SHIPPED for the receiver',
  })
  waitingForMe?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Code, serial number or requester' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

/** The contract's page of 20 requisitions. */
@ArgsType()
export class RequisitionPageArgs implements PageArgs, ChangesSince {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1–200.' })
  @Min(1)
  @Max(200)
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;

  @UpdatedSinceField()
  updatedSince?: Date | null;
}
