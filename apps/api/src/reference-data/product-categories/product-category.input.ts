import { IsInt, IsNotEmpty, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { CodedInput } from '../../common/coded-record.js';
import { ReferenceFilter } from '../reference-filter.js';
import { msg, validationMessage } from '../../i18n/message.js';

@InputType()
export class ComponentWarrantyInput {
  @Field(() => String)
  @IsNotEmpty({ ...validationMessage(msg('apiReferenceData.nameComponent')) })
  @MaxLength(100)
  component: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { ...validationMessage(msg('apiReferenceData.least1Month')) })
  @Max(120, { ...validationMessage(msg('apiReferenceData.most120Months')) })
  months: number;
}

@InputType({ description: '产品类别 Product category' })
export class ProductCategoryInput extends CodedInput {
  @Field(() => String, { nullable: true, description: 'English name (optional; English readers see the Chinese name without it)' })
  @IsOptional()
  @MaxLength(100)
  nameEn?: string | null;

  @Field(() => Int, { description: '三包期 (months)' })
  @IsInt()
  @Min(1, { ...validationMessage(msg('apiReferenceData.least1Month')) })
  @Max(120, { ...validationMessage(msg('apiReferenceData.most120Months')) })
  warrantyMonths: number;

  @Field(() => [ComponentWarrantyInput], { nullable: true, description: '部件三包期' })
  @IsOptional()
  @ValidateNested({ each: true })
  componentWarranties?: ComponentWarrantyInput[] | null;
}

@InputType()
export class ProductCategoryFilter extends ReferenceFilter {}
