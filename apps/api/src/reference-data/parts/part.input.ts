import type { AbcClass } from '@aftersales/domain';
import { IsBoolean, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsCode, IsName } from '../../common/input-rules.js';
import { MoneyScalar } from '../../common/scalars.js';
import { ReferenceFilter } from '../reference-filter.js';
import { AbcClassEnum } from './part.entity.js';
import { msg, validationMessage } from '../../i18n/message.js';

@InputType({ description: '配件 Spare part' })
export class PartInput {
  @Field(() => String, { description: '配件编号' })
  @IsCode()
  partNumber: string;

  @Field(() => String)
  @IsName()
  name: string;

  @Field(() => String, { nullable: true, description: '规格' })
  @IsOptional()
  @MaxLength(200)
  spec?: string | null;

  @Field(() => MoneyScalar)
  @Min(0, { ...validationMessage(msg('apiReferenceData.costNegative')) })
  unitCost: number;

  @Field(() => AbcClassEnum)
  abcClass: AbcClass;

  @Field(() => Boolean, { description: '易损件' })
  @IsBoolean()
  wearPart: boolean;

  @Field(() => [ID], { nullable: true, description: '适用型号' })
  @IsOptional()
  @IsUUID('all', { each: true, ...validationMessage(msg('apiReferenceData.chooseExistingProductModels')) })
  compatibleModelIds?: string[] | null;
}

@InputType()
export class PartFilter extends ReferenceFilter {
  @Field(() => ID, { nullable: true, description: 'Only parts that fit this model' })
  modelId?: string | null;
}
