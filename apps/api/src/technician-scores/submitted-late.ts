import { isLateSubmission } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { readTechnicianScoreSettings } from './score-settings.js';

/**
 * Stores `technician_score.submitted_late` as the domain's `isLateSubmission` answers it for each
 * score as it now stands (submitted when, the due day setting, the calendar's time zone); null
 * while not submitted. The month summary, the late list and the `lateSubmission` field read the
 * column, so the lateness rule lives only in the domain. Called in the transaction of every write
 * that can change the answer: a submission or return, a new due day, a new time zone, the seed
 * and the migration's back-fill. `ids` limits it to those scores; without, every score.
 */
export async function storeSubmittedLate(manager: EntityManager, ids?: readonly string[]): Promise<void> {
  const settings = await readTechnicianScoreSettings(manager);
  const [{ time_zone: timeZone }] = (await manager.query(`SELECT time_zone FROM business_calendar_settings`)) as [{ time_zone: string }];
  const scores = (await manager.query(
    `SELECT id, period, submitted_at, submitted_late FROM technician_score
      WHERE (submitted_at IS NOT NULL OR submitted_late IS NOT NULL) AND ($1::uuid[] IS NULL OR id = ANY($1::uuid[]))`,
    [ids ?? null],
  )) as { id: string; period: string; submitted_at: Date | null; submitted_late: boolean | null }[];
  const changed = scores
    .map((score) => ({ id: score.id, late: score.submitted_at ? isLateSubmission(score.period, score.submitted_at, timeZone, settings) : null, was: score.submitted_late }))
    .filter((score) => score.late !== score.was);
  if (changed.length === 0) return;
  await manager.query(
    `UPDATE technician_score s SET submitted_late = c.late FROM unnest($1::uuid[], $2::boolean[]) AS c (id, late) WHERE s.id = c.id`,
    [changed.map((score) => score.id), changed.map((score) => score.late)],
  );
}
