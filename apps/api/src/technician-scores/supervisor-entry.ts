import type { TechnicianScore } from './technician-score.entity.js';

/*
 * Whether the supervisor's D1/D2 are entered: the score lifecycle's submit guard reads it
 * (`supervisorEntered`), and until then a draft's total, grade and pay ratio stand on D3 alone, so
 * the pages show it as 待评分 and the grade distribution leaves it out. One rule, in TypeScript for
 * one score and in SQL for the month's queries.
 */
export function supervisorScoresEntered(score: Pick<TechnicianScore, 'supervisorEnteredAt'>): boolean {
  return score.supervisorEnteredAt != null;
}

/** `supervisorScoresEntered` as SQL over the score table's alias (or name). */
export function supervisorScoresEnteredSql(alias: string): string {
  return `${alias}.supervisor_entered_at IS NOT NULL`;
}
