import { IsUUID, Min } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CodedInput } from '../../common/coded-record.js';
import { MoneyScalar } from '../../common/scalars.js';
import { ReferenceFilter } from '../reference-filter.js';
import { msg, validationMessage } from '../../i18n/message.js';

@InputType({ description: '产品型号 Product model' })
export class ProductModelInput extends CodedInput {
  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiReferenceData.chooseProductCategory')) })
  categoryId: string;

  @Field(() => MoneyScalar, { description: '单位制造成本' })
  @Min(0, { ...validationMessage(msg('apiReferenceData.costNegative')) })
  unitCost: number;
}

@InputType()
export class ProductModelFilter extends ReferenceFilter {
  @Field(() => ID, { nullable: true })
  categoryId?: string | null;
}
