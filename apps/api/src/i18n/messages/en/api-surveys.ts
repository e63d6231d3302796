/** The apiSurveys messages in English; `../zh-CN/api-surveys.ts` has the same keys in Chinese. */
export const apiSurveys = {
  surveyLinkValidMayExpired: 'This survey link is not valid: it may have expired or been used already. Please ask customer service for a new one.',
  surveyAlreadyBeenAnsweredThank: 'This survey has already been answered, thank you. Customer service recorded your answers by phone.',
  someAnswersValidCorrectItems: 'Some answers are not valid; correct the items listed.',
  chooseWorkOrder: 'Choose a work order.',
  workOrderCodeStatusSurvey: 'Work order {{code}} is {{status}}; its survey opens when it is completed.',
  enterWhenCustomerAnswered: 'Enter when the customer answered.',
  timeFutureEnterWhenCustomer: 'This time is in the future; enter when the customer answered.',
  customerAnsweredAfterWorkOrder: 'The customer answered after the work order was completed.',
  workOrderDoesHoldEverything: 'The work order does not hold everything a complaint needs ({{missing}}); register the complaint on the complaint form.',
};
