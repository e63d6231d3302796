import { SURVEY_CHANNELS, SURVEY_STATUSES } from '@aftersales/domain';
import { graphQLEnum } from '../common/graphql-enum.js';

export const SurveyStatusEnum = graphQLEnum(SURVEY_STATUSES, 'SurveyStatus', '调查状态: PENDING 待回访, RESPONDED 已回复');
export const SurveyChannelEnum = graphQLEnum(SURVEY_CHANNELS, 'SurveyChannel', '回复方式: CALLBACK 客服回访, LINK 客户链接');
