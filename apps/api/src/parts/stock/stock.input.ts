import type { StockMovementKind } from '@aftersales/domain';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../common/pagination.js';
import { LocalDateScalar, MoneyScalar } from '../../common/scalars.js';
import { StockMovementKindEnum } from './stock-enums.js';
import { msg, validationMessage } from '../../i18n/message.js';
import { SyncPageArgs } from '../../common/incremental-sync.js';

/*
 * Quantities are checked by the domain (a whole number, 1 or more), which names the field; here
 * only lengths and id formats. A location is the key string: FACTORY, HEAD_OFFICE or CENTER:<id>.
 */
const LOCATION_DESCRIPTION = 'FACTORY, HEAD_OFFICE or CENTER:<repair center id>';

@InputType({ description: '入库 Production receipt into the FACTORY, or opening stock elsewhere' })
export class ReceiveStockInput {
  @Field(() => String, { description: `${LOCATION_DESCRIPTION}; FACTORY: a production receipt (RECEIPT), elsewhere opening stock (OPENING)` })
  @MaxLength(100)
  location: string;

  @Field(() => ID)
  partId: string;

  @Field(() => Int)
  @IsInt({ ...validationMessage(msg('apiParts.enterWholeNumberPieces1')) })
  quantity: number;

  @Field(() => MoneyScalar, { nullable: true, description: '单位成本; blank: the part’s unit cost' })
  unitCost?: number | null;

  @Field(() => String, { description: '原因 e.g. the production order, or “期初盘点”' })
  @MaxLength(500)
  reason: string;
}

@InputType({ description: '调拨 Transfer between two locations at the pieces’ FIFO cost' })
export class TransferStockInput {
  @Field(() => String, { description: LOCATION_DESCRIPTION })
  @MaxLength(100)
  from: string;

  @Field(() => String, { description: LOCATION_DESCRIPTION })
  @MaxLength(100)
  to: string;

  @Field(() => ID)
  partId: string;

  @Field(() => Int)
  @IsInt({ ...validationMessage(msg('apiParts.enterWholeNumberPieces1')) })
  quantity: number;

  @Field(() => String)
  @MaxLength(500)
  reason: string;
}

@InputType({ description: '鉴定意见 The appraisal a scrap worth the threshold or more needs (002 (七)7)' })
export class ScrapAppraisalInput {
  @Field(() => String, { description: '鉴定意见: why the part cannot be repaired or used' })
  @MaxLength(2000)
  opinion: string;

  @Field(() => [String], { description: '鉴定人 who appraised it' })
  @ArrayMaxSize(10)
  @MaxLength(100, { each: true })
  appraisers: string[];

  @Field(() => String, { description: '批准人 the leader who agreed to the scrap' })
  @MaxLength(100)
  approvedBy: string;
}

@InputType({ description: '报废 Scrap parts; from the scrap appraisal threshold up (default ¥200) with the appraisal' })
export class ScrapStockInput {
  @Field(() => String, { description: LOCATION_DESCRIPTION })
  @MaxLength(100)
  location: string;

  @Field(() => ID)
  partId: string;

  @Field(() => Int)
  @IsInt({ ...validationMessage(msg('apiParts.enterWholeNumberPieces1')) })
  quantity: number;

  @Field(() => String)
  @MaxLength(500)
  reason: string;

  @Field(() => ScrapAppraisalInput, { nullable: true })
  @IsOptional()
  appraisal?: ScrapAppraisalInput | null;
}

@InputType({ description: '配件更换登记 A replacement under a work order: the part leaves the work order’s center stock' })
export class RecordPartUsageInput {
  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiParts.chooseWorkOrder2')) })
  workOrderId: string;

  @Field(() => String, { description: '出厂编号 of the unit the part went into (the work order’s)' })
  @MaxLength(64)
  serialNumber: string;

  @Field(() => ID)
  partId: string;

  @Field(() => Int)
  @IsInt({ ...validationMessage(msg('apiParts.enterWholeNumberPieces1')) })
  quantity: number;

  @Field(() => LocalDateScalar, { description: '更换日期' })
  usedOn: string;
}

@ArgsType()
export class StockLevelArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: LOCATION_DESCRIPTION })
  location?: string | null;

  @Field(() => ID, { nullable: true })
  partId?: string | null;
}

@ArgsType()
export class StockMovementArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Movements into or out of this location' })
  location?: string | null;

  @Field(() => ID, { nullable: true })
  partId?: string | null;

  @Field(() => StockMovementKindEnum, { nullable: true })
  kind?: StockMovementKind | null;
}

@ArgsType()
export class PartUsageArgs extends SyncPageArgs {
  @Field(() => String, { nullable: true, description: LOCATION_DESCRIPTION })
  location?: string | null;

  @Field(() => ID, { nullable: true })
  workOrderId?: string | null;
}
