import type { SurveyStatus } from '@aftersales/domain';
import { IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SurveyStatusEnum } from './survey-enums.js';
import { msg, validationMessage } from '../i18n/message.js';

/* The levels are checked by the domain's validateSurveyAnswers, which names every bad item at once. */
@InputType({ description: '调查评分: 4 很满意 … 1 不满意 per item; null = left blank' })
export class SurveyAnswersInput {
  @Field(() => Int, { nullable: true, description: '态度' })
  attitude?: number | null;

  @Field(() => Int, { nullable: true, description: '技术' })
  skill?: number | null;

  @Field(() => Int, { nullable: true, description: '到达时间' })
  arrivalTime?: number | null;

  @Field(() => Int, { nullable: true, description: '答应事情的办理' })
  promisesHandled?: number | null;
}

@InputType({ description: '客服回访录入 (CALLBACK)' })
export class RecordSurveyInput {
  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiSurveys.chooseWorkOrder')) })
  workOrderId: string;

  @Field(() => SurveyAnswersInput)
  @ValidateNested()
  answers: SurveyAnswersInput;

  @Field(() => String, { nullable: true, description: '建议' })
  @IsOptional()
  @MaxLength(2000)
  comments?: string | null;

  @Field(() => String, { nullable: true, description: '投诉 (may be opened as a complaint)' })
  @IsOptional()
  @MaxLength(2000)
  customerComplaint?: string | null;

  @Field(() => Date)
  respondedAt: Date;
}

@InputType({ description: 'The customer’s answers through the one-time link' })
export class SubmitPublicSurveyInput {
  @Field(() => String)
  @MaxLength(200)
  token: string;

  @Field(() => SurveyAnswersInput)
  @ValidateNested()
  answers: SurveyAnswersInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  comments?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  customerComplaint?: string | null;
}

@InputType({ description: '调查筛选' })
export class SurveyFilter {
  @Field(() => SurveyStatusEnum, { nullable: true })
  status?: SurveyStatus | null;

  @Field(() => ID, { nullable: true })
  repairCenterId?: string | null;

  @Field(() => ID, { nullable: true })
  technicianId?: string | null;

  @Field(() => String, { nullable: true, description: 'Work order code, customer, phone or serial' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}
