import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '../../common/scalars.js';
import { IsName } from '../../common/input-rules.js';
import { msg, validationMessage } from '../../i18n/message.js';

@InputType({ description: '产品 (出厂编号) A sold unit' })
export class ProductUnitInput {
  @Field(() => String, { description: '出厂编号' })
  @IsName(64)
  serialNumber: string;

  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiReferenceData.chooseProductModel')) })
  modelId: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '出厂日期' })
  factoryDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '购买日期 (发票日期)' })
  purchaseDate?: string | null;

  @Field(() => String, { nullable: true, description: '发票号' })
  @IsOptional()
  @MaxLength(64)
  invoiceNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  customerName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  dealerName?: string | null;
}

@InputType()
export class ProductUnitFilter {
  @Field(() => String, { nullable: true, description: 'Matches serial number, invoice number or customer' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  modelId?: string | null;
}
