import {
  REPLY_DEADLINE_BASES,
  RESPONSIBILITY_SCENARIOS,
  type ReplyDeadlineBasis,
  type ResponsibilityRules,
  type ResponsibilityScenario,
} from '@aftersales/domain';
import { ValidateNested } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../common/request-context.js';
import { MoneyScalar } from '../common/scalars.js';
import { settingsService, type StoredComplaintSettings } from '../settings/settings.service.js';
import { ResponsibilityScenarioEnum } from './complaint-enums.js';
import { ResponsibilityShare } from './complaint.entity.js';
import { ResponsibilityShareInput } from './complaint.input.js';

const ReplyDeadlineBasisEnum = Object.fromEntries(REPLY_DEADLINE_BASES.map((v) => [v, v])) as { [B in ReplyDeadlineBasis]: B };
registerEnumType(ReplyDeadlineBasisEnum, { name: 'ReplyDeadlineBasis', description: 'CALENDAR_DAYS 日历日, WORKING_DAYS 工作日' });

@ObjectType({ description: '答复期限 (days) per tier' })
class ReplyDays {
  @Field(() => Int) minor: number;
  @Field(() => Int) major: number;
  @Field(() => Int) critical: number;
}

@InputType()
class ReplyDaysInput {
  @Field(() => Int) minor: number;
  @Field(() => Int) major: number;
  @Field(() => Int) critical: number;
}

@ObjectType({ description: '责任划分规则 The default split of one situation (001 §3)' })
class ResponsibilityRule {
  @Field(() => ResponsibilityScenarioEnum) scenario: ResponsibilityScenario;
  @Field(() => [ResponsibilityShare]) shares: ResponsibilityShare[];
}

@InputType()
class ResponsibilityRuleInput {
  @Field(() => ResponsibilityScenarioEnum) scenario: ResponsibilityScenario;

  @Field(() => [ResponsibilityShareInput])
  @ValidateNested({ each: true })
  shares: ResponsibilityShareInput[];
}

@ObjectType({ description: '投诉参数: every number of the complaint rules is a default head office may change' })
class ComplaintSettingsType {
  @Field(() => MoneyScalar, { description: '一般投诉损失上限 (inclusive)' }) minorLossLimit: number;
  @Field(() => MoneyScalar, { description: '较大投诉损失上限 (inclusive); above is 重大' }) majorLossLimit: number;
  @Field(() => ReplyDays) replyDays: ReplyDays;
  @Field(() => ReplyDeadlineBasisEnum) replyDeadlineBasis: ReplyDeadlineBasis;
  @Field(() => Int, { description: '合同约定答复期限 (working days, 2个工作日内)' }) contractReplyWorkingDays: number;
  @Field(() => Int, { description: '首次响应 (hours)' }) firstResponseHours: number;
  @Field(() => Int, { description: '销售转交技术中心 (hours)' }) forwardingHours: number;
  @Field(() => MoneyScalar, { description: '延误转交罚款 per time' }) lateForwardPenalty: number;
  @Field(() => MoneyScalar, { description: '延误处理罚款 per time' }) lateHandlingPenalty: number;
  @Field(() => Int, { description: 'Which open complaint on one serial is escalated (3 = the third)' }) repeatComplaintThreshold: number;
  @Field(() => [ResponsibilityRule]) responsibilityRules: ResponsibilityRule[];
}

@InputType()
class ComplaintSettingsInput {
  @Field(() => MoneyScalar) minorLossLimit: number;
  @Field(() => MoneyScalar) majorLossLimit: number;
  @Field(() => ReplyDaysInput) replyDays: ReplyDaysInput;
  @Field(() => ReplyDeadlineBasisEnum) replyDeadlineBasis: ReplyDeadlineBasis;
  @Field(() => Int, { nullable: true, description: '合同约定答复期限 (working days); left out, the current value stays' })
  contractReplyWorkingDays?: number | null;
  @Field(() => Int) firstResponseHours: number;
  @Field(() => Int) forwardingHours: number;
  @Field(() => MoneyScalar) lateForwardPenalty: number;
  @Field(() => MoneyScalar) lateHandlingPenalty: number;
  @Field(() => Int) repeatComplaintThreshold: number;

  @Field(() => [ResponsibilityRuleInput])
  @ValidateNested({ each: true })
  responsibilityRules: ResponsibilityRuleInput[];
}

function toGraphQL(settings: StoredComplaintSettings): ComplaintSettingsType {
  return {
    ...settings,
    replyDays: { minor: settings.replyDays.MINOR, major: settings.replyDays.MAJOR, critical: settings.replyDays.CRITICAL },
    responsibilityRules: RESPONSIBILITY_SCENARIOS.map((scenario) => ({ scenario, shares: [...settings.responsibilityRules[scenario]] })),
  };
}

function fromInput(input: ComplaintSettingsInput, current: StoredComplaintSettings): StoredComplaintSettings {
  const given = new Map(input.responsibilityRules.map((rule) => [rule.scenario, rule.shares.map(({ unit, sharePercent }) => ({ unit, sharePercent }))]));
  return {
    minorLossLimit: input.minorLossLimit,
    majorLossLimit: input.majorLossLimit,
    replyDays: { MINOR: input.replyDays.minor, MAJOR: input.replyDays.major, CRITICAL: input.replyDays.critical },
    replyDeadlineBasis: input.replyDeadlineBasis,
    contractReplyWorkingDays: input.contractReplyWorkingDays ?? current.contractReplyWorkingDays,
    firstResponseHours: input.firstResponseHours,
    forwardingHours: input.forwardingHours,
    lateForwardPenalty: input.lateForwardPenalty,
    lateHandlingPenalty: input.lateHandlingPenalty,
    repeatComplaintThreshold: input.repeatComplaintThreshold,
    // Every situation must have a rule; one left out of the input is reported by the validation.
    responsibilityRules: Object.fromEntries(RESPONSIBILITY_SCENARIOS.map((scenario) => [scenario, given.get(scenario) ?? []])) as unknown as ResponsibilityRules,
  };
}

@Resolver()
export class ComplaintSettingsResolver {
  @Authorized('complaints.read')
  @Query(() => ComplaintSettingsType, { description: '投诉参数' })
  async complaintSettings(@Ctx() context: RequestContext) {
    return toGraphQL(await settingsService.complaints(context));
  }

  @Authorized('complaints.configure')
  @Mutation(() => ComplaintSettingsType, { description: '修改投诉参数 (tiers, deadlines, penalties, responsibility rules)' })
  async updateComplaintSettings(@Ctx() context: RequestContext, @Arg('input', () => ComplaintSettingsInput) input: ComplaintSettingsInput) {
    // Clients written before the contractual term send no value for it; theirs is kept.
    const current = await settingsService.complaints(context);
    return toGraphQL(await settingsService.updateComplaints(context, fromInput(input, current)));
  }
}
