/*
 * The technician's monthly rubric (技术支持人员考核, 001 part 2 §5; DOMAIN §8). D1 and D2 are the
 * seed's and entered by the supervisor; the seed's table for the last 40 points is lost, so D3 is
 * this product's definition and computed from the month's records.
 */

/** D1 work attitude 工作态度: 积极性, 协调性, 忠诚度. */
export const ATTITUDE_ITEMS = ['initiative', 'coordination', 'loyalty'] as const;
/** D2 job ability 职务能力: 计划能力, 执行能力, 工作品质. */
export const ABILITY_ITEMS = ['planning', 'execution', 'workQuality'] as const;
/** D3 service performance: customer survey, on-time arrival rate, first-time-fix rate. */
export const PERFORMANCE_ITEMS = ['survey', 'onTimeArrival', 'firstTimeFix'] as const;

export const SUPERVISOR_ITEMS = [...ATTITUDE_ITEMS, ...ABILITY_ITEMS] as const;
export const SCORE_ITEMS = [...SUPERVISOR_ITEMS, ...PERFORMANCE_ITEMS] as const;

export type AttitudeItem = (typeof ATTITUDE_ITEMS)[number];
export type AbilityItem = (typeof ABILITY_ITEMS)[number];
export type PerformanceItem = (typeof PERFORMANCE_ITEMS)[number];
export type SupervisorItem = (typeof SUPERVISOR_ITEMS)[number];
export type ScoreItem = (typeof SCORE_ITEMS)[number];

/** A name in the two UI languages: zh-CN (the regulation's words) and English. */
export interface RubricLabel {
  zh: string;
  en: string;
}

/** The dimensions D1–D3 and the items they sum. */
export const SCORE_DIMENSIONS = ['attitude', 'ability', 'performance'] as const;
export type ScoreDimension = (typeof SCORE_DIMENSIONS)[number];

/*
 * The one source of the rubric's names: the admin pages and the exports both read them, so a
 * column in the spreadsheet is called what the page calls it (issue #13).
 */
export const SCORE_DIMENSION_LABELS: Record<ScoreDimension, RubricLabel> = {
  attitude: { zh: 'D1 工作态度', en: 'D1 Work attitude' },
  ability: { zh: 'D2 职务能力', en: 'D2 Job ability' },
  performance: { zh: 'D3 服务绩效', en: 'D3 Service performance' },
};

export const SCORE_ITEM_LABELS: Record<ScoreItem, RubricLabel> = {
  initiative: { zh: '积极性', en: 'Initiative' },
  coordination: { zh: '协调性', en: 'Coordination' },
  loyalty: { zh: '忠诚度', en: 'Loyalty' },
  planning: { zh: '计划能力', en: 'Planning' },
  execution: { zh: '执行能力', en: 'Execution' },
  workQuality: { zh: '工作品质', en: 'Work quality' },
  survey: { zh: '客户意见调查', en: 'Customer survey' },
  onTimeArrival: { zh: '准时到达率', en: 'On-time arrival rate' },
  firstTimeFix: { zh: '一次修复率', en: 'First-time-fix rate' },
};

/** Monthly grades; the pay ratio and the year review follow from them (001 part 2 §5 E1, E3, E4). */
export const TECHNICIAN_GRADES = ['A', 'B', 'C'] as const;
export type TechnicianGrade = (typeof TECHNICIAN_GRADES)[number];
