import { YEAR_REVIEW_OUTCOMES, type TechnicianGrade, type YearReviewOutcome, type ScoreStatus } from '@aftersales/domain';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphQLEnum } from '../common/graphql-enum.js';
import { LocalDateScalar } from '../common/scalars.js';
import { Survey } from '../surveys/survey.entity.js';
import { SCORE_ORDERS } from './score-queries.service.js';
import { ScoreStatusEnum, TechnicianGradeEnum } from './score-enums.js';
import { TechnicianScore } from './technician-score.entity.js';

export const TechnicianScoreOrderEnum = graphQLEnum(
  SCORE_ORDERS,
  'TechnicianScoreOrder',
  '排序: TOTAL_DESC 总分从高到低, TOTAL_ASC 从低到高, TECHNICIAN 技术员编号, CENTER 维修中心',
);
export const YearReviewOutcomeEnum = graphQLEnum(
  YEAR_REVIEW_OUTCOMES,
  'YearReviewOutcome',
  '年度结果: PROMOTION_RECOMMENDED 建议晋升加薪 (7+ A), DEMOTION_REVIEW 降级或解聘评审 (6+ C), NONE 无',
);

@InputType({ description: '考核筛选' })
export class TechnicianScoreFilter {
  @Field(() => ID, { nullable: true }) repairCenterId?: string | null;
  @Field(() => Boolean, { nullable: true, description: '只看总部技术员' }) headOffice?: boolean | null;
  @Field(() => ID, { nullable: true }) regionId?: string | null;
  @Field(() => TechnicianGradeEnum, { nullable: true, description: '现等级' }) grade?: TechnicianGrade | null;
  @Field(() => ScoreStatusEnum, { nullable: true }) status?: ScoreStatus | null;
  @Field(() => String, { nullable: true, description: '技术员编号或姓名' }) search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'false: 待评分, the supervisor’s D1/D2 not yet entered; true: entered' })
  supervisorScoresEntered?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'true: 逾期提交, the scores lateScoreSubmissions lists; false: the others' })
  late?: boolean | null;
}

@ObjectType({ description: '考核计算结果' })
export class ScoreComputation {
  @Field(() => String) period: string;
  @Field(() => Int, { description: 'DRAFT scores now matching the month’s records' }) computed: number;
  @Field(() => Int, { description: 'SUBMITTED or PUBLISHED scores left as they are' }) unchanged: number;
  @Field(() => Int, { description: 'Of the computed, technicians without work-order records (D3 rescaled)' }) noData: number;
}

@ObjectType()
export class ExplainedSurvey {
  @Field(() => Survey) survey: Survey;
  @Field(() => String) workOrderCode: string;
  @Field(() => Float, { nullable: true, description: 'The card’s average level (4 很满意 … 1 不满意)' }) average: number | null;
}

@ObjectType({ description: '迟到记录' })
export class ExplainedArrival {
  @Field(() => ID) workOrderId: string;
  @Field(() => String) workOrderCode: string;
  @Field(() => Date) arrivalDueAt: Date;
  @Field(() => Date) arrivedAt: Date;
  @Field(() => Int) minutesLate: number;
}

@ObjectType({ description: '非一次修复记录' })
export class ExplainedRepair {
  @Field(() => ID) workOrderId: string;
  @Field(() => String) workOrderCode: string;
  @Field(() => Date) completedAt: Date;
  @Field(() => String, { description: 'NOT_FIXED 未修复 or REPEATED 30 天内同一故障返修' }) reason: string;
  @Field(() => String, { nullable: true, description: 'The later work order for the same fault' }) repeatedByCode: string | null;
}

@ObjectType({ description: '经核实的客户投诉 (−15 each)' })
export class ExplainedComplaint {
  @Field(() => ID) complaintId: string;
  @Field(() => String) complaintCode: string;
  @Field(() => Date) verifiedAt: Date;
}

@ObjectType({ description: '考核依据: every record behind the D3 points and the deduction' })
export class ScoreExplanation {
  @Field(() => [ExplainedSurvey]) surveys: ExplainedSurvey[];
  @Field(() => [ExplainedArrival]) lateArrivals: ExplainedArrival[];
  @Field(() => [ExplainedRepair]) notFirstTimeFixes: ExplainedRepair[];
  @Field(() => [ExplainedComplaint]) complaints: ExplainedComplaint[];
  @Field(() => [String], { description: 'D3 items without records: survey, onTimeArrival, firstTimeFix' }) missingItems: string[];
  @Field(() => String, { nullable: true, description: 'The rescaling rule, when an item has no records' }) noDataRule: string | null;
}

@ObjectType()
export class GradeCount {
  @Field(() => TechnicianGradeEnum) grade: TechnicianGrade;
  @Field(() => Int) count: number;
}

@ObjectType({ description: '月度趋势' })
export class ScoreTrendPoint {
  @Field(() => String) period: string;
  @Field(() => Float, { nullable: true }) total: number | null;
  @Field(() => TechnicianGradeEnum, { nullable: true }) grade: TechnicianGrade | null;
  @Field(() => ScoreStatusEnum, { nullable: true }) status: ScoreStatus | null;
  @Field(() => Boolean, { description: 'false: no score, or 待评分 (its total and grade stand on D3 alone)' }) supervisorScoresEntered: boolean;
}

@ObjectType({ description: '年度考核 (E3/E4)' })
export class YearReview {
  technicianId: string;
  @Field(() => Int) year: number;
  @Field(() => Int) monthsGraded: number;
  @Field(() => Int) gradeA: number;
  @Field(() => Int) gradeB: number;
  @Field(() => Int) gradeC: number;
  @Field(() => YearReviewOutcomeEnum) outcome: YearReviewOutcome;
}

@ObjectType({ description: '逾期提交' })
export class LateScoreSubmission {
  @Field(() => TechnicianScore) score: TechnicianScore;
  @Field(() => LocalDateScalar) dueOn: string;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
}

@ObjectType({ description: '月度考核概况' })
export class ScoreMonthSummary {
  @Field(() => String) period: string;
  @Field(() => LocalDateScalar, { description: '提交截止日' }) dueOn: string;
  @Field(() => Int) total: number;
  @Field(() => Int) draft: number;
  @Field(() => Int) submitted: number;
  @Field(() => Int) published: number;
  @Field(() => Int) lateCount: number;
  @Field(() => String, {
    nullable: true,
    description: '最近已发布月份: the newest month with published scores the viewer may read (a partner sees its own center only)',
  })
  latestPublishedPeriod: string | null;
}

@InputType()
export class SupervisorScoresInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => Float, { description: '积极性 (max 15)' }) initiative: number;
  @Field(() => Float, { description: '协调性 (max 10)' }) coordination: number;
  @Field(() => Float, { description: '忠诚度 (max 15)' }) loyalty: number;
  @Field(() => Float, { description: '计划能力 (max 5)' }) planning: number;
  @Field(() => Float, { description: '执行能力 (max 5)' }) execution: number;
  @Field(() => Float, { description: '工作品质 (max 10)' }) workQuality: number;
}

@InputType()
export class SubmitScoresInput {
  @Field(() => String) period: string;
  @Field(() => [ID], { nullable: true, description: 'Only these; without, every DRAFT of the month with the supervisor’s entry' })
  ids?: string[] | null;
}

@InputType()
export class ReturnScoreInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => String) reason: string;
}

@InputType()
export class AdjustScoreInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => Float, { description: 'Points added (+) or taken off (−)' }) delta: number;
  @Field(() => String) reason: string;
}

/*
 * The settings' nested tables are both output and input: one class each, with both decorators,
 * so the two shapes cannot drift apart.
 */
@ObjectType()
@InputType('ScoreItemMaximaInput')
export class ScoreItemMaxima {
  @Field(() => Int) initiative: number;
  @Field(() => Int) coordination: number;
  @Field(() => Int) loyalty: number;
  @Field(() => Int) planning: number;
  @Field(() => Int) execution: number;
  @Field(() => Int) workQuality: number;
  @Field(() => Int) survey: number;
  @Field(() => Int) onTimeArrival: number;
  @Field(() => Int) firstTimeFix: number;
}

@ObjectType()
@InputType('GradeThresholdsInput')
export class GradeThresholds {
  @Field(() => Float) A: number;
  @Field(() => Float) B: number;
}

@ObjectType()
@InputType('PayRatiosInput')
export class PayRatios {
  @Field(() => Float) A: number;
  @Field(() => Float) B: number;
  @Field(() => Float) C: number;
}

@ObjectType({ description: '考核参数: every number of the monthly score is a default head office may change' })
export class TechnicianScoreSettingsType {
  @Field(() => ScoreItemMaxima, { description: '各项满分 (total 100)' }) maxima: ScoreItemMaxima;
  @Field(() => Float, { description: '每次经核实投诉扣分' }) complaintDeduction: number;
  @Field(() => GradeThresholds, { description: '等级分数线' }) gradeThresholds: GradeThresholds;
  @Field(() => PayRatios, { description: '工资发放比例' }) payRatios: PayRatios;
  @Field(() => Int, { description: '次月提交截止日' }) submissionDueDay: number;
  @Field(() => Int, { description: '年度 A 等次数 → 晋升建议' }) promotionGradeACount: number;
  @Field(() => Int, { description: '年度 C 等次数 → 降级评审' }) demotionGradeCCount: number;
}

@InputType()
export class TechnicianScoreSettingsInput {
  @Field(() => ScoreItemMaxima) maxima: ScoreItemMaxima;
  @Field(() => Float) complaintDeduction: number;
  @Field(() => GradeThresholds) gradeThresholds: GradeThresholds;
  @Field(() => PayRatios) payRatios: PayRatios;
  @Field(() => Int) submissionDueDay: number;
  @Field(() => Int) promotionGradeACount: number;
  @Field(() => Int) demotionGradeCCount: number;
}
