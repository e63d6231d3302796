import type { Translation } from '@aftersales/domain';
import type { apiTechnicianScores as english } from '../en/api-technician-scores.js';

/** The apiTechnicianScores messages in Simplified Chinese. */
export const apiTechnicianScores: Translation<typeof english> = {
  monthPeriodBegunChooseMonth: '{{period}} 尚未开始，请选择本月或之前的月份。',
  chooseMonthEarlierOne: '请选择本月或之前的月份。',
  choose136Months: '请选择 1 至 36 个月。',
  enterYearFourDigits2026: '请输入四位年份，例如 2026。',
  scoreSettingsValidCorrectFields: '考核参数无效，请更正标出的字段。',
  somePointsOutRangeCorrect: '部分分数超出范围，请更正标出的字段。',
  unenteredChosenScoresSupervisorEntry: '所选考核中有 {{unentered}} 条尚未录入主管评分（D1、D2），请先录入。',
  scorePeriodWaitingPublishedSupervisors: '{{period}} 没有待发布的考核，须先由服务主管提交。',
  adjustmentValidCorrectFieldsListed: '调整无效，请更正标出的字段。',
  keyvalueValidId: '{{keyValue}} 不是有效的编号。',
  chooseOneList: '请从列表中选择。',
  thisScore: '该考核记录',
};
