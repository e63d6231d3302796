/** The surveys messages in English; `../zh-CN/surveys.ts` has the same keys in Chinese. */
export const surveys = {
  severitySurveyComplaintSeverityUse: '"{{severity}}" is not a survey complaint severity; use ORDINARY or MAJOR.',
  chooseOrdinaryMajor: 'Choose ORDINARY (一般) or MAJOR (重大).',
  enterCustomerSRatings: 'Enter the customer\'s ratings.',
  chooseLevel4VerySatisfied: 'Choose a level from 4 (very satisfied) to 1 (dissatisfied), or leave it blank.',
  customerRatedNothingEnterLeast: 'The customer rated nothing; enter at least one of the four items.',
  giveListSurveysMayEmpty: 'Give a list of surveys (it may be empty).',
  someSurveysValidCorrectFields: 'Some surveys are not valid; correct the fields listed.',
  complaintAlreadyOpenedSurveyValue: 'A complaint was already opened from this survey{{value}}.',
  surveyWorkordercodeHoldsComplaintRecord: 'The survey of {{workOrderCode}} holds no complaint; record the customer\'s complaint in the survey first.',
};
