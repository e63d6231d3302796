import { quarterOf } from '@aftersales/domain';
import { todayLocalDate } from '../../common/format';

/** The quarter before `quarter`: 2026-Q1 → 2025-Q4. */
export function previousQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const number = Number(quarter.slice(6));
  return number === 1 ? `${String(year - 1).padStart(4, '0')}-Q4` : `${quarter.slice(0, 4)}-Q${number - 1}`;
}

/**
 * The last `count` quarters that are over, newest first: a write-off reconciles a finished quarter
 * (the API refuses the current one).
 */
export function finishedQuarters(count: number, today: string = todayLocalDate()): string[] {
  const quarters: string[] = [];
  let quarter = previousQuarter(quarterOf(today));
  for (let index = 0; index < count; index += 1) {
    quarters.push(quarter);
    quarter = previousQuarter(quarter);
  }
  return quarters;
}
