import { createHash } from 'node:crypto';
import { SCORE_LIFECYCLE } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { recordOutboxEvent } from '../webhooks/outbox.js';

/**
 * The month's scores of one center as an event's record: no row stands for it, so its id is
 * derived from the month and the center (the same one each time, for a receiver to tell them apart).
 */
function scoreMonthId(period: string, repairCenterId: string | null): string {
  const hex = createHash('sha1').update(`technician-score-month:${period}:${repairCenterId ?? 'head-office'}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** What a publication's event tells a center: the month, the center and how many of its scores were published. */
export function scoresPublishedEventData(period: string, repairCenterId: string | null, count: number): Record<string, unknown> {
  return { month: period, repairCenterId, count };
}

/**
 * Publishing is the month's, so `publish` (SCORE_LIFECYCLE) raises one event per center whose
 * scores it published (null: head office's own technicians), in the publication's transaction.
 */
export async function raiseScoresPublished(manager: EntityManager, period: string, published: readonly { repair_center_id: string | null }[]): Promise<void> {
  const type = SCORE_LIFECYCLE.eventOf('publish');
  if (!type) return;
  const counts = new Map<string | null, number>();
  for (const row of published) counts.set(row.repair_center_id, (counts.get(row.repair_center_id) ?? 0) + 1);
  for (const [repairCenterId, count] of counts) {
    await recordOutboxEvent(manager, {
      type,
      repairCenterId,
      entityType: 'TechnicianScoreMonth',
      entityId: scoreMonthId(period, repairCenterId),
      data: scoresPublishedEventData(period, repairCenterId, count),
    });
  }
}
