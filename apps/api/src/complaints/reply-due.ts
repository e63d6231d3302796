import { effectiveReplyDeadline, type ComplaintTier } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { readCalendarConfig } from '../reference-data/business-calendar/business-calendar.service.js';
import { readComplaintSettings } from '../settings/settings.service.js';

/**
 * Stores `complaint.reply_due_at` as the domain's `effectiveReplyDeadline` answers it for each
 * complaint as it now stands (receipt, tier, contractual term, agreed extension, the complaint
 * settings, the business calendar). The work list orders by the column, so the deadline rule
 * lives only in the domain. Called in the transaction of every write that can change the answer:
 * registration and every complaint change, the complaint settings, the calendar (zone, hours,
 * holidays, make-up days) and the migration's back-fill. `ids` limits it to those complaints.
 */
export async function storeReplyDue(manager: EntityManager, ids?: readonly string[]): Promise<void> {
  // One after the other: outside a request (seed, migrations) the manager's connection runs one query at a time.
  const settings = await readComplaintSettings(manager);
  const calendar = await readCalendarConfig(manager);
  const complaints = (await manager.query(
    `SELECT id, received_at, tier, contract_reply_term, reply_extended_to, reply_due_at FROM complaint
      WHERE $1::uuid[] IS NULL OR id = ANY($1::uuid[])`,
    [ids ?? null],
  )) as { id: string; received_at: Date; tier: ComplaintTier; contract_reply_term: boolean; reply_extended_to: Date | null; reply_due_at: Date | null }[];
  const changed = complaints
    .map((complaint) => ({
      id: complaint.id,
      was: complaint.reply_due_at,
      due: effectiveReplyDeadline(
        { receivedAt: complaint.received_at, tier: complaint.tier, contractReplyTerm: complaint.contract_reply_term, replyExtendedTo: complaint.reply_extended_to },
        settings,
        calendar,
      ).due,
    }))
    .filter((complaint) => complaint.was?.getTime() !== complaint.due.getTime());
  if (changed.length === 0) return;
  await manager.query(
    `UPDATE complaint c SET reply_due_at = d.due FROM unnest($1::uuid[], $2::timestamptz[]) AS d (id, due) WHERE c.id = d.id`,
    [changed.map((complaint) => complaint.id), changed.map((complaint) => complaint.due.toISOString())],
  );
}
