import { PERFORMANCE_STATUSES, SCORE_STATUSES, TECHNICIAN_GRADES } from '@aftersales/domain';
import { graphQLEnum } from '../common/graphql-enum.js';

export const ScoreStatusEnum = graphQLEnum(SCORE_STATUSES, 'ScoreStatus', '考核状态: DRAFT 草稿, SUBMITTED 已提交, PUBLISHED 已发布');
export const TechnicianGradeEnum = graphQLEnum(TECHNICIAN_GRADES, 'TechnicianGrade', '考核等级: A ≥ 90, B ≥ 70, C < 70');
export const PerformanceStatusEnum = graphQLEnum(
  PERFORMANCE_STATUSES,
  'PerformanceStatus',
  'D3 服务绩效: MEASURED 有记录, PARTIAL 部分无记录, NO_DATA 本月无派工单 (按 D1+D2 比例折算)',
);
