import type { CapaStatus, ResponsibleUnit } from '@aftersales/domain';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ResponsibleUnitEnum } from '../complaint-enums.js';
import { CapaStatusEnum } from './capa-request.entity.js';

@InputType({ description: '下发纠正预防措施要求' })
export class IssueCapaInput {
  @Field(() => ResponsibleUnitEnum)
  responsibleUnit: ResponsibleUnit;
}

@InputType({ description: 'Move a corrective-action request on, with what that step stands on' })
export class AdvanceCapaInput {
  @Field(() => CapaStatusEnum)
  to: CapaStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  rootCause?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  correctiveAction?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  preventiveAction?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  verificationNote?: string | null;
}
