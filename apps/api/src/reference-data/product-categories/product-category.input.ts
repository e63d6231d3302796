import { IsInt, IsNotEmpty, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { CodedInput } from '../../common/coded-record.js';
import { ReferenceFilter } from '../reference-filter.js';

@InputType()
export class ComponentWarrantyInput {
  @Field(() => String)
  @IsNotEmpty({ message: 'Name the component.' })
  @MaxLength(100)
  component: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'At least 1 month.' })
  @Max(120, { message: 'At most 120 months.' })
  months: number;
}

@InputType({ description: '产品类别 Product category' })
export class ProductCategoryInput extends CodedInput {
  @Field(() => Int, { description: '三包期 (months)' })
  @IsInt()
  @Min(1, { message: 'At least 1 month.' })
  @Max(120, { message: 'At most 120 months.' })
  warrantyMonths: number;

  @Field(() => [ComponentWarrantyInput], { nullable: true, description: '部件三包期' })
  @IsOptional()
  @ValidateNested({ each: true })
  componentWarranties?: ComponentWarrantyInput[] | null;
}

@InputType()
export class ProductCategoryFilter extends ReferenceFilter {}
