import { PERFORMANCE_STATUSES, SCORE_STATUSES, TECHNICIAN_GRADES } from '@aftersales/domain';
import { graphQLEnum } from '../common/graphql-enum.js';

export const ScoreStatusEnum = graphQLEnum(SCORE_STATUSES, 'ScoreStatus', '考核状态: DRAFT 草稿, SUBMITTED 已提交, PUBLISHED 已发布');
export const TechnicianGradeEnum = graphQLEnum(TECHNICIAN_GRADES, 'TechnicianGrade', '考核等级: A ≥ 90, B ≥ 70, C < 70');
export const PerformanceStatusEnum = graphQLEnum(
  PERFORMANCE_STATUSES,
  'PerformanceStatus',
  'D3 服务绩效: MEASURED 有记录, PARTIAL 部分无记录, NO_DATA 本月无派工单 (按 D1+D2 比例折算)',
);

/** What a viewer may do with one score now (the admin shows only these buttons); publishing is per month. */
export const SCORE_ACTIONS = ['ENTER_SUPERVISOR_SCORES', 'SUBMIT', 'RETURN', 'ADJUST'] as const;
export type ScoreAction = (typeof SCORE_ACTIONS)[number];
export const ScoreActionEnum = graphQLEnum(SCORE_ACTIONS, 'ScoreAction', '可执行操作: ENTER_SUPERVISOR_SCORES 主管评分, SUBMIT 提交, RETURN 退回主管, ADJUST 考核调整');
