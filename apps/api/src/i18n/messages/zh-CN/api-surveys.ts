import type { Translation } from '@aftersales/domain';
import type { apiSurveys as english } from '../en/api-surveys.js';

/** The apiSurveys messages in Simplified Chinese. */
export const apiSurveys: Translation<typeof english> = {
  surveyLinkValidMayExpired: '此调查链接无效：可能已过期或已使用。请联系客服重新获取链接。',
  surveyAlreadyBeenAnsweredThank: '此调查已填写，谢谢您。客服已通过电话记录您的评价。',
  someAnswersValidCorrectItems: '部分评价无效，请更正标出的项目。',
  chooseWorkOrder: '请选择派工单。',
  workOrderCodeStatusSurvey: '派工单 {{code}} 当前为 {{status}}，完工后才能进行客户意见调查。',
  enterWhenCustomerAnswered: '请输入客户回复的时间。',
  timeFutureEnterWhenCustomer: '时间不能晚于现在，请输入客户回复的时间。',
  customerAnsweredAfterWorkOrder: '客户回复时间应在派工单完工之后。',
  workOrderDoesHoldEverything: '派工单缺少登记投诉所需的信息（{{missing}}），请在投诉登记表中登记该投诉。',
};
