import { addDays, addMonthsClamped, monthOf, monthRange } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { computeMonth } from './compute-monthly-scores.js';
import { storeSubmittedLate } from './submitted-late.js';

/** The supervisor's D1 and D2 for the demo technicians, by code; others are left for the supervisor. */
const DEMO_SUPERVISOR_SCORES: Record<string, number[]> = {
  'HQ-T01': [14, 9, 14, 5, 5, 9],
  'HQ-T02': [12, 8, 13, 4, 4, 8],
  'FZ-T01': [13, 9, 15, 4, 5, 9],
  'XM-T01': [9, 6, 10, 3, 3, 6],
};

const previousMonth = (period: string) => monthOf(addMonthsClamped(monthRange(period).first, -1));

/**
 * Demo scores, so HR's pages have something to show: the month before last published, last month
 * computed with the supervisor's entries and SUBMITTED (waiting for HR to publish), both from the
 * demo work orders through the same computation the API runs.
 */
export async function loadDemoScores(manager: EntityManager, today: string, timeZone: string): Promise<void> {
  // The month's aggregate answers head office only; this transaction loads head office's demo.
  await manager.query(`SELECT set_config('app.scope', 'head_office', true)`);
  const lastMonth = previousMonth(today.slice(0, 7));
  for (const [period, status] of [
    [previousMonth(lastMonth), 'PUBLISHED'],
    [lastMonth, 'SUBMITTED'],
  ] as const) {
    await computeMonth(manager, period, timeZone);
    for (const [code, [initiative, coordination, loyalty, planning, execution, workQuality]] of Object.entries(DEMO_SUPERVISOR_SCORES)) {
      await manager.query(
        `UPDATE technician_score s SET initiative = $3, coordination = $4, loyalty = $5, planning = $6, execution = $7,
                work_quality = $8, supervisor_entered_at = now(), supervisor_entered_by_name = '王主管', version = version + 1
           FROM technician t WHERE t.id = s.technician_id AND t.code = $1 AND s.period = $2`,
        [code, period, initiative, coordination, loyalty, planning, execution, workQuality],
      );
    }
    // Rescored with the entries, then sent on by the supervisor on the 5th of the next month.
    await computeMonth(manager, period, timeZone);
    await manager.query(
      `UPDATE technician_score SET status = 'SUBMITTED', submitted_at = ($2::date + 4)::timestamp AT TIME ZONE $3,
              submitted_by_name = '王主管', version = version + 1
        WHERE period = $1 AND supervisor_entered_at IS NOT NULL`,
      [period, addDays(monthRange(period).last, 1), timeZone],
    );
    await storeSubmittedLate(manager);
    if (status === 'PUBLISHED') {
      await manager.query(
        `UPDATE technician_score SET status = 'PUBLISHED', published_at = ($2::date + 6)::timestamp AT TIME ZONE $3,
                published_by_name = '人力资源', version = version + 1
          WHERE period = $1 AND status = 'SUBMITTED'`,
        [period, addDays(monthRange(period).last, 1), timeZone],
      );
    }
  }
}
