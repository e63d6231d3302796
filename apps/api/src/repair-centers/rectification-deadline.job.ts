import { isRectificationOverdue, todayIn } from '@aftersales/domain';
import type { DataSource } from 'typeorm';
import { schedulePeriodicJob } from '../common/periodic-job.js';
import { BusinessCalendarSettings } from '../reference-data/business-calendar/business-calendar.entity.js';
import { saveStatusChange } from './center-status-history.js';
import { RepairCenter } from './repair-center.entity.js';

/**
 * Revokes every center whose rectification deadline has passed without a passing follow-up
 * (004 §5.4). Idempotent: it only touches centers still RECTIFYING, each in its own
 * transaction with the row locked, so two runs (or two servers) never revoke twice.
 */
export async function revokeOverdueRectifications(dataSource: DataSource, today?: string): Promise<string[]> {
  const calendar = await dataSource.manager.findOneByOrFail(BusinessCalendarSettings, { id: 1 });
  const day = today ?? todayIn(calendar.timeZone);
  const candidates = await dataSource.manager
    .createQueryBuilder(RepairCenter, 'center')
    .where(`center.recordedStatus = 'RECTIFYING' AND center.rectificationDeadline < :day`, { day })
    .getMany();
  const revoked: string[] = [];
  for (const candidate of candidates) {
    await dataSource.transaction(async (manager) => {
      const center = await manager.findOne(RepairCenter, {
        where: { id: candidate.id },
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      if (!center || !isRectificationOverdue(center, day)) return;
      await saveStatusChange(manager, null, center, {
        command: 'revoke',
        to: 'REVOKED',
        reason: { code: 'RECTIFICATION_OVERDUE', deadline: center.rectificationDeadline },
      });
      revoked.push(center.code);
    });
  }
  return revoked;
}

const HOUR = 3_600_000;

/** Runs the job now and then hourly; returns a function that stops it. */
export function scheduleRectificationDeadlines(dataSource: DataSource, log: (message: string) => void = console.log): () => void {
  return schedulePeriodicJob('rectification deadline', HOUR, () =>
    revokeOverdueRectifications(dataSource).then((codes) => codes.length && log(`Revoked after a missed rectification deadline: ${codes.join(', ')}`)),
  );
}
