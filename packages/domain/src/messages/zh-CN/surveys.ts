import type { Translation } from '../catalog.js';
import type { surveys as english } from '../en/surveys.js';

/** The surveys messages in Simplified Chinese. */
export const surveys: Translation<typeof english> = {
  severitySurveyComplaintSeverityUse: '“{{severity}}”不是有效的调查投诉性质，请使用 ORDINARY（一般）或 MAJOR（重大）。',
  chooseOrdinaryMajor: '请选择 ORDINARY（一般）或 MAJOR（重大）。',
  enterCustomerSRatings: '请录入客户的评价。',
  chooseLevel4VerySatisfied: '请选择 4（很满意）至 1（不满意）的等级，或留空。',
  customerRatedNothingEnterLeast: '客户未评价任何一项，请至少录入四项中的一项。',
  giveListSurveysMayEmpty: '请提供调查列表（可以为空）。',
  someSurveysValidCorrectFields: '部分调查无效，请更正标出的字段。',
  complaintAlreadyOpenedSurveyValue: '该调查已转为投诉{{value}}。',
  surveyWorkordercodeHoldsComplaintRecord: '派工单 {{workOrderCode}} 的调查中没有投诉内容，请先在调查中录入客户的投诉。',
};
