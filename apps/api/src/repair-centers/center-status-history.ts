import { CENTER_LIFECYCLE, type CenterCommand, type RecordedCenterStatus } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { SYSTEM_ACTOR } from '../auth/principal.js';
import { recordOutboxEvent } from '../webhooks/outbox.js';
import { CenterStatusChange } from './center-status-change.entity.js';
import { centerStatusEventData } from './center-status.event-data.js';
import type { CodedReason } from './center-status-reasons.js';
import { DashboardNotice } from './dashboard-notice.entity.js';
import type { RepairCenter } from './repair-center.entity.js';

/** The history row's reason columns: the words as typed, or the code with its values. */
export function storedReason(reason: string | CodedReason): Pick<CenterStatusChange, 'reason' | 'reasonCode' | 'reasonDeadline' | 'reasonItems'> {
  if (typeof reason === 'string') return { reason, reasonCode: null, reasonDeadline: null, reasonItems: [] };
  return { reason: null, reasonCode: reason.code, reasonDeadline: reason.deadline ?? null, reasonItems: reason.items ?? [] };
}

/**
 * Saves a center whose status changed, with everything that must land with it: the history
 * row, the audit entry, the partner event its command raises (`repair_center.status_changed`, also
 * for the jobs' changes) and, for a revocation, the dashboard notice.
 */
export async function saveStatusChange(
  manager: EntityManager,
  actor: Principal | null,
  center: RepairCenter,
  /** `reason`: a person's words, or the system's coded reason. */
  change: { command: CenterCommand; to: RecordedCenterStatus; reason: string | CodedReason; rectificationDeadline?: string | null },
): Promise<RepairCenter> {
  const before = snapshot(center);
  const from = center.recordedStatus;
  center.recordedStatus = change.to;
  center.rectificationDeadline = change.to === 'RECTIFYING' ? (change.rectificationDeadline ?? center.rectificationDeadline) : null;
  const saved = await manager.save(center);
  const actorName = actor?.displayName ?? SYSTEM_ACTOR.name;
  await manager.insert(CenterStatusChange, {
    repairCenterId: center.id,
    fromStatus: from,
    toStatus: change.to,
    ...storedReason(change.reason),
    actorName,
  });
  await recordAudit(manager, actor, {
    action: `STATUS_${change.to}`,
    entityType: 'RepairCenter',
    entityId: center.id,
    before,
    after: saved,
    repairCenterId: center.id,
  });
  const event = CENTER_LIFECYCLE.eventOf(change.command);
  if (event) {
    await recordOutboxEvent(manager, {
      type: event,
      repairCenterId: center.id,
      entityType: 'RepairCenter',
      entityId: center.id,
      data: centerStatusEventData(saved, { from, reason: change.reason }),
    });
  }
  if (change.to === 'REVOKED') {
    await manager.insert(DashboardNotice, {
      kind: 'CENTER_REVOKED',
      message: null,
      messageCode: 'CENTER_REVOKED',
      messageValues: { centerCode: center.code, centerName: center.name, reason: change.reason },
      repairCenterId: center.id,
    });
  }
  return saved;
}
