/** The apiTechnicianScores messages in English; `../zh-CN/api-technician-scores.ts` has the same keys in Chinese. */
export const apiTechnicianScores = {
  monthPeriodBegunChooseMonth: 'The month {{period}} has not begun; choose this month or an earlier one.',
  chooseMonthEarlierOne: 'Choose this month or an earlier one.',
  choose136Months: 'Choose from 1 to 36 months.',
  enterYearFourDigits2026: 'Enter the year as four digits, e.g. 2026.',
  scoreSettingsValidCorrectFields: 'The score settings are not valid; correct the fields listed.',
  somePointsOutRangeCorrect: 'Some points are out of range; correct the fields listed.',
  unenteredChosenScoresSupervisorEntry: '{{unentered}} of the chosen scores have no supervisor entry (D1, D2) yet; enter them first.',
  scorePeriodWaitingPublishedSupervisors: 'No score of {{period}} is waiting to be published; the supervisors submit them first.',
  adjustmentValidCorrectFieldsListed: 'The adjustment is not valid; correct the fields listed.',
  keyvalueValidId: '{{keyValue}} is not a valid id.',
  chooseOneList: 'Choose one from the list.',
  thisScore: 'this score',
};
