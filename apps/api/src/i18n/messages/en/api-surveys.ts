/** The apiSurveys messages in English; `../zh-CN/api-surveys.ts` has the same keys in Chinese. */
export const apiSurveys = {
  surveyLinkValidMayExpired: 'This survey link is not valid: it may have expired or been used already. Please ask customer service for a new one.',
  surveyAlreadyBeenAnsweredThank: 'This survey has already been answered, thank you. Customer service recorded your answers by phone.',
  someAnswersValidCorrectItems: 'Some answers are not valid; correct the items listed.',
  chooseWorkOrder: 'Choose a work order.',
  workOrderCodeStatusSurvey: 'Work order {{code}} is {{status}}; its survey opens when it is completed.',
  surveyCodeAlreadyAnsweredChannel: 'The survey of {{code}} was already answered ({{channel}}) on {{respondedAt}}.',
  enterWhenCustomerAnswered: 'Enter when the customer answered.',
  timeFutureEnterWhenCustomer: 'This time is in the future; enter when the customer answered.',
  customerAnsweredAfterWorkOrder: 'The customer answered after the work order was completed.',
  complaintAlreadyOpenedSurveyValue: 'A complaint was already opened from this survey{{value}}.',
  surveyCodeHoldsComplaintRecord: 'The survey of {{code}} holds no complaint; record the customer\'s complaint in the survey first.',
  workOrderDoesHoldEverything: 'The work order does not hold everything a complaint needs ({{missing}}); register the complaint on the complaint form.',
};
