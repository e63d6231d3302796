import { AREA_TYPES, WORK_ORDER_OUTCOMES, WORK_ORDER_SOURCES, WORK_ORDER_STATUSES } from '@aftersales/domain';
import { graphQLEnum } from '../common/graphql-enum.js';

export const WorkOrderStatusEnum = graphQLEnum(
  WORK_ORDER_STATUSES,
  'WorkOrderStatus',
  '派工单状态: CALLED 已叫修, DISPATCHED 已派工, ARRIVED 已到达, TAKEN_BACK 已带回, RETURNED 已送回, COMPLETED 已完成, CANCELLED 已取消',
);
export const WorkOrderOutcomeEnum = graphQLEnum(
  WORK_ORDER_OUTCOMES,
  'WorkOrderOutcome',
  '维修结果: FIXED_ON_SITE 现场修复, TAKEN_BACK 带回修复, NOT_FIXED 未修复',
);
export const WorkOrderSourceEnum = graphQLEnum(WORK_ORDER_SOURCES, 'WorkOrderSource', '来源: CALL 叫修, COMPLAINT 投诉');
export const AreaTypeEnum = graphQLEnum(AREA_TYPES, 'AreaType', '服务地点: URBAN 市区, SUBURBAN 郊区');
