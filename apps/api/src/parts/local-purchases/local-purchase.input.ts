import type { LocalPurchaseReason } from '@aftersales/domain';
import { ArrayMaxSize, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import type { PageArgs } from '../../common/pagination.js';
import { MoneyScalar } from '../../common/scalars.js';
import { LocalPurchaseReasonEnum, LocalPurchaseStatusEnum, type LocalPurchaseStatus } from './local-purchase-enums.js';
import { msg, validationMessage } from '../../i18n/message.js';
import { type ChangesSince, UpdatedSinceField } from '../../common/incremental-sync.js';

@InputType({ description: '报价: one supplier’s price per piece' })
export class SupplierQuoteInput {
  @Field(() => String)
  @MaxLength(100)
  supplier: string;

  @Field(() => MoneyScalar)
  unitPrice: number;
}

/* Required texts, quantities, prices and the quote comparison are the domain's rules (every problem at once). */
@InputType({ description: '就地购置申请 (004 §6.1): why, for which repair, what, from whom at what price, and the quotes compared' })
export class LocalPurchaseInput {
  @Field(() => String, { description: 'Where the part enters stock: HEAD_OFFICE or CENTER:<repair center id> (a partner: its own)' })
  @MaxLength(60)
  location: string;

  @Field(() => [LocalPurchaseReasonEnum])
  @ArrayMaxSize(3)
  reasons: LocalPurchaseReason[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { ...validationMessage(msg('apiParts.chooseWorkOrder')) })
  workOrderId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { ...validationMessage(msg('apiParts.chooseComplaint')) })
  complaintId?: string | null;

  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiParts.choosePart')) })
  partId: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => String, { description: '供应商 bought from' })
  @MaxLength(100)
  supplier: string;

  @Field(() => MoneyScalar, { description: '单价' })
  unitPrice: number;

  @Field(() => [SupplierQuoteInput], { description: '比价 (as many suppliers as the settings ask, default 3)' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(10, { ...validationMessage(msg('apiParts.most10Quotes')) })
  quotes: SupplierQuoteInput[];

  @Field(() => String, { nullable: true, description: 'Why not the lowest quote, when it is not' })
  @IsOptional()
  @MaxLength(500)
  choiceReason?: string | null;
}

@InputType({ description: '就地购置筛选' })
export class LocalPurchaseFilter {
  @Field(() => LocalPurchaseStatusEnum, { nullable: true })
  status?: LocalPurchaseStatus | null;

  @Field(() => ID, { nullable: true })
  repairCenterId?: string | null;
}

@ArgsType()
export class LocalPurchasePageArgs implements PageArgs, ChangesSince {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1–200.' })
  @Min(1)
  @Max(200)
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;

  @UpdatedSinceField()
  updatedSince?: Date | null;
}
