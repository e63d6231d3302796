import type { RecordedCenterStatus } from '@aftersales/domain';
import type { CodedReason } from './center-status-reasons.js';
import type { RepairCenter } from './repair-center.entity.js';

/**
 * A center's status change as its event tells it: the center, the recorded statuses before and
 * after, and why: `BY_HAND` with head office's words, or the system's reason code with its values
 * (a partner's system words the code itself, in its own language).
 */
export function centerStatusEventData(center: RepairCenter, change: { from: RecordedCenterStatus; reason: string | CodedReason }): Record<string, unknown> {
  const { reason } = change;
  return {
    id: center.id,
    code: center.code,
    name: center.name,
    repairCenterId: center.id,
    from: change.from,
    to: center.recordedStatus,
    reasonCode: typeof reason === 'string' ? 'BY_HAND' : reason.code,
    reason: typeof reason === 'string' ? reason : null,
    failedItems: typeof reason === 'string' ? [] : (reason.items ?? []),
    rectificationDeadline: center.rectificationDeadline,
    agreementValidTo: center.agreementValidTo,
  };
}
