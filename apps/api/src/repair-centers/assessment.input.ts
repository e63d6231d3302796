import type { AssessmentKind } from '@aftersales/domain';
import { IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../common/scalars.js';
import { AssessmentKindEnum } from './center-assessment.entity.js';
import { msg, validationMessage } from '../i18n/message.js';

@InputType({ description: '考核得分 0–100' })
export class AssessmentScoresInput {
  @Field(() => Int, { description: '质量鉴定水平' })
  qualityAppraisal: number;

  @Field(() => Int, { description: '实际操作能力' })
  practicalAbility: number;

  @Field(() => Int, { description: '服务态度' })
  serviceAttitude: number;
}

@InputType()
export class TechnicianAssessmentInput {
  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiRepairCenters.chooseTechnicianCenter')) })
  technicianId: string;

  @Field(() => AssessmentScoresInput)
  scores: AssessmentScoresInput;
}

@InputType({ description: '维修中心考核' })
export class CenterAssessmentInput {
  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiRepairCenters.chooseRepairCenter')) })
  repairCenterId: string;

  @Field(() => AssessmentKindEnum)
  kind: AssessmentKind;

  @Field(() => LocalDateScalar)
  assessedOn: string;

  @Field(() => AssessmentScoresInput)
  scores: AssessmentScoresInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  notes?: string | null;

  @Field(() => [TechnicianAssessmentInput], { nullable: true, description: 'Scores of the center’s staff' })
  @IsOptional()
  @ValidateNested({ each: true })
  staff?: TechnicianAssessmentInput[] | null;
}
