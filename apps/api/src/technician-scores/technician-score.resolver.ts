import type { TechnicianScoreSettings, YearReviewOutcome } from '@aftersales/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '../common/pagination.js';
import { SyncPageArgs } from '../common/incremental-sync.js';
import type { RequestContext } from '../common/request-context.js';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { Technician } from '../technicians/technician.entity.js';
import { computeMonthlyScores } from './compute-monthly-scores.js';
import { ScoreActionEnum } from './score-enums.js';
import { scoreExplanationService } from './score-explanation.service.js';
import { type ScoreOrder, scoreQueriesService } from './score-queries.service.js';
import { readTechnicianScoreSettings, saveTechnicianScoreSettings } from './score-settings.js';
import { scoreWorkflowService } from './score-workflow.service.js';
import { supervisorScoresEntered } from './supervisor-entry.js';
import { TechnicianScore, TechnicianScoreAdjustment } from './technician-score.entity.js';
import {
  AdjustScoreInput,
  GradeCount,
  LateScoreSubmission,
  ReturnScoreInput,
  ScoreComputation,
  ScoreExplanation,
  ScoreMonthSummary,
  ScoreTrendPoint,
  SubmitScoresInput,
  SupervisorScoresInput,
  TechnicianScoreFilter,
  TechnicianScoreOrderEnum,
  TechnicianScoreSettingsInput,
  TechnicianScoreSettingsType,
  YearReview,
  YearReviewOutcomeEnum,
} from './technician-score.types.js';

const TechnicianScoreConnection = ConnectionType(TechnicianScore, 'TechnicianScore');

@Resolver(() => TechnicianScore)
export class TechnicianScoreResolver {
  @Authorized('scores.read')
  @Query(() => TechnicianScoreConnection, { description: '月度考核表 (partners: their technicians’ published scores)' })
  technicianScores(
    @Ctx() context: RequestContext,
    @Arg('period', () => String, { description: 'YYYY-MM' }) period: string,
    @Arg('filter', () => TechnicianScoreFilter, { nullable: true }) filter: TechnicianScoreFilter | null,
    @Arg('orderBy', () => TechnicianScoreOrderEnum, { defaultValue: 'TOTAL_DESC' }) orderBy: ScoreOrder,
    @Args(() => SyncPageArgs) page: SyncPageArgs,
  ) {
    return scoreQueriesService.list(context, period, filter, orderBy, page);
  }

  @Authorized('scores.read')
  @Query(() => TechnicianScore, { nullable: true, description: '考核详情' })
  technicianScore(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return scoreQueriesService.findOrFail(context, id);
  }

  @Authorized('scores.read')
  @Query(() => ScoreMonthSummary, { description: '月度考核概况: due day and counts by status' })
  scoreMonthSummary(@Ctx() context: RequestContext, @Arg('period', () => String) period: string) {
    return scoreQueriesService.monthSummary(context, period);
  }

  @Authorized('scores.read')
  @Query(() => [GradeCount], { description: '等级分布' })
  scoreGradeDistribution(
    @Ctx() context: RequestContext,
    @Arg('period', () => String) period: string,
    @Arg('filter', () => TechnicianScoreFilter, { nullable: true }) filter: TechnicianScoreFilter | null,
  ) {
    return scoreQueriesService.gradeDistribution(context, period, filter);
  }

  @Authorized('scores.read')
  @Query(() => Int, { description: '待评分: the filtered scores whose D1/D2 the supervisor has not entered (left out of 等级分布)' })
  scorePendingSupervisorCount(
    @Ctx() context: RequestContext,
    @Arg('period', () => String) period: string,
    @Arg('filter', () => TechnicianScoreFilter, { nullable: true }) filter: TechnicianScoreFilter | null,
  ) {
    return scoreQueriesService.pendingSupervisorCount(context, period, filter);
  }

  @Authorized('scores.read')
  @Query(() => [ScoreTrendPoint], { description: '技术员月度趋势, oldest first, the months that are over (up to last month)' })
  technicianScoreTrend(
    @Ctx() context: RequestContext,
    @Arg('technicianId', () => ID) technicianId: string,
    @Arg('months', () => Int, { defaultValue: 12 }) months: number,
  ) {
    return scoreQueriesService.trend(context, technicianId, months);
  }

  @Authorized('scores.read')
  @Query(() => [YearReview], { description: '年度考核: 7+ A 建议晋升加薪, 6+ C 降级或解聘评审 (published grades)' })
  yearReviews(
    @Ctx() context: RequestContext,
    @Arg('year', () => Int) year: number,
    @Arg('outcome', () => YearReviewOutcomeEnum, { nullable: true }) outcome: YearReviewOutcome | null,
  ) {
    return scoreQueriesService.yearReviews(context, year, outcome);
  }

  @Authorized('scores.read')
  @Query(() => [LateScoreSubmission], { description: '逾期提交: submitted after the due day, or still a draft past it' })
  lateScoreSubmissions(@Ctx() context: RequestContext, @Arg('period', () => String) period: string) {
    return scoreQueriesService.lateSubmissions(context, period);
  }

  @Authorized('scores.read')
  @Query(() => TechnicianScoreSettingsType, { description: '考核参数' })
  async technicianScoreSettings(@Ctx() context: RequestContext) {
    return readTechnicianScoreSettings(await context.manager());
  }

  @Authorized('scores.assess')
  @Mutation(() => ScoreComputation, { description: '计算月度考核: one aggregate, DRAFTs only; idempotent' })
  computeMonthlyScores(@Ctx() context: RequestContext, @Arg('period', () => String) period: string) {
    return computeMonthlyScores(context, period);
  }

  @Authorized('scores.assess')
  @Mutation(() => TechnicianScore, { description: '主管评分 D1 工作态度 / D2 职务能力 (DRAFT only)' })
  enterSupervisorScores(@Ctx() context: RequestContext, @Arg('input', () => SupervisorScoresInput) input: SupervisorScoresInput) {
    const { id, version, ...scores } = input;
    return scoreWorkflowService.enterSupervisorScores(context, id, version, scores);
  }

  @Authorized('scores.assess')
  @Mutation(() => Int, { description: '提交考核 DRAFT → SUBMITTED; answers how many were submitted' })
  submitTechnicianScores(@Ctx() context: RequestContext, @Arg('input', () => SubmitScoresInput) input: SubmitScoresInput) {
    return scoreWorkflowService.submit(context, input.period, input.ids ?? null);
  }

  @Authorized('scores.publish')
  @Mutation(() => TechnicianScore, { description: '退回主管 SUBMITTED → DRAFT, with the reason' })
  returnTechnicianScore(@Ctx() context: RequestContext, @Arg('input', () => ReturnScoreInput) input: ReturnScoreInput) {
    return scoreWorkflowService.returnToSupervisor(context, input.id, input.version, input.reason);
  }

  @Authorized('scores.publish')
  @Mutation(() => Int, { description: '发布月度考核: every SUBMITTED score of the month; answers how many' })
  publishMonthlyScores(@Ctx() context: RequestContext, @Arg('period', () => String) period: string) {
    return scoreWorkflowService.publish(context, period);
  }

  @Authorized('scores.publish')
  @Mutation(() => TechnicianScore, { description: '考核调整: an audited correction of a published score' })
  adjustTechnicianScore(@Ctx() context: RequestContext, @Arg('input', () => AdjustScoreInput) input: AdjustScoreInput) {
    return scoreWorkflowService.adjust(context, input.id, input.version, { delta: input.delta, reason: input.reason });
  }

  @Authorized('scores.configure')
  @Mutation(() => TechnicianScoreSettingsType, { description: '修改考核参数' })
  updateTechnicianScoreSettings(
    @Ctx() context: RequestContext,
    @Arg('input', () => TechnicianScoreSettingsInput) input: TechnicianScoreSettingsInput,
  ) {
    const next: TechnicianScoreSettings = {
      maxima: { ...input.maxima },
      complaintDeduction: input.complaintDeduction,
      gradeThresholds: { ...input.gradeThresholds },
      payRatios: { ...input.payRatios },
      submissionDueDay: input.submissionDueDay,
      promotionGradeACount: input.promotionGradeACount,
      demotionGradeCCount: input.demotionGradeCCount,
    };
    return saveTechnicianScoreSettings(context, next);
  }

  @FieldResolver(() => Technician)
  technician(@Root() score: TechnicianScore, @Ctx() context: RequestContext) {
    return context.loaders.technician.load(score.technicianId);
  }

  @FieldResolver(() => RepairCenter, { nullable: true, description: 'Null: head-office staff' })
  repairCenter(@Root() score: TechnicianScore, @Ctx() context: RequestContext) {
    return score.repairCenterId ? context.loaders.repairCenter.load(score.repairCenterId) : null;
  }

  @FieldResolver(() => Float, { nullable: true, description: '客户满意度平均等级 (4 很满意 … 1 不满意)' })
  surveyAverage(@Root() score: TechnicianScore) {
    return score.surveyAnswerCount === 0 ? null : Math.round((score.surveyLevelSum * 100) / score.surveyAnswerCount) / 100;
  }

  @FieldResolver(() => Boolean, {
    description: 'The supervisor has entered D1/D2 (what submit requires); false: 待评分, total/grade/payRatio stand on D3 alone and mean nothing yet',
  })
  supervisorScoresEntered(@Root() score: TechnicianScore) {
    return supervisorScoresEntered(score);
  }

  @FieldResolver(() => Boolean, { description: '逾期提交: after the due day, or still a draft past it' })
  lateSubmission(@Root() score: TechnicianScore, @Ctx() context: RequestContext) {
    return scoreQueriesService.isLate(context, score);
  }

  @FieldResolver(() => [ScoreActionEnum], { description: 'What you may do with this score now (the lifecycle’s allowed commands)' })
  allowedActions(@Root() score: TechnicianScore, @Ctx() context: RequestContext) {
    return scoreWorkflowService.allowedActions(context, score);
  }

  @FieldResolver(() => [TechnicianScoreAdjustment], { description: '考核调整记录' })
  adjustments(@Root() score: TechnicianScore, @Ctx() context: RequestContext) {
    return context.loaders.adjustmentsOfScore.load(score.id);
  }

  @FieldResolver(() => ScoreExplanation, { description: '考核依据: the records behind every D3 point (one score at a time)' })
  explanation(@Root() score: TechnicianScore, @Ctx() context: RequestContext) {
    return scoreExplanationService.explain(context, score);
  }
}

@Resolver(() => YearReview)
export class YearReviewResolver {
  @FieldResolver(() => Technician)
  technician(@Root() review: YearReview, @Ctx() context: RequestContext) {
    return context.loaders.technician.load(review.technicianId);
  }
}
