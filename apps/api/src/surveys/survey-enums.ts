import { SURVEY_CHANNELS, SURVEY_COMPLAINT_SEVERITIES, SURVEY_STATUSES } from '@aftersales/domain';
import { graphQLEnum } from '../common/graphql-enum.js';

export const SurveyStatusEnum = graphQLEnum(SURVEY_STATUSES, 'SurveyStatus', '调查状态: PENDING 待回访, RESPONDED 已回复');
export const SurveyChannelEnum = graphQLEnum(SURVEY_CHANNELS, 'SurveyChannel', '回复方式: CALLBACK 客服回访, LINK 客户链接');
export const SurveyComplaintSeverityEnum = graphQLEnum(
  SURVEY_COMPLAINT_SEVERITIES,
  'SurveyComplaintSeverity',
  '调查投诉性质 (003 §20): ORDINARY 一般 (服务部处理并将结果告知客户), MAJOR 重大 (登记为 MAJOR 等级投诉，报分管副总)',
);
