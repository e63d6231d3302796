import { penaltiesFor, replyDue, type BusinessCalendarConfig, type ComplaintSettings } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import type { Complaint } from '../complaint.entity.js';
import { ComplaintPenalty } from './complaint-penalty.entity.js';

/**
 * Records the fines a complaint has earned so far (001 §4.1–4.2): once per late step, so it is
 * safe to run after every step. The technical center's days run from when it got the complaint,
 * so a late forward falls on the forwarding unit alone.
 */
export async function assessPenalties(
  manager: EntityManager,
  complaint: Complaint,
  settings: ComplaintSettings,
  calendar: BusinessCalendarConfig,
): Promise<string[]> {
  const entries = penaltiesFor(
    {
      receivedAt: complaint.receivedAt,
      forwardedAt: complaint.forwardedAt,
      repliedAt: complaint.repliedAt,
      replyDue: replyDue(complaint.forwardedAt ?? complaint.receivedAt, complaint.tier, settings, calendar),
      forwardingUnit: complaint.forwardingUnit,
      handlingUnit: 'TECH_CENTER',
    },
    settings,
  );
  if (entries.length === 0) return [];
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(ComplaintPenalty)
    .values(entries.map((entry) => ({ ...entry, complaintId: complaint.id, repairCenterId: complaint.repairCenterId })))
    .orIgnore()
    .returning(['reason'])
    .execute();
  return (result.raw as { reason: string }[]).map((row) => row.reason);
}
