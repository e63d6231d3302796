import type { CenterStatusReasonCode, RecordedCenterStatus } from '@aftersales/domain';
import type { RepairCenter } from './repair-center.entity.js';

/** A center's status change as its event tells it: the center, the recorded statuses before and after, and why. */
export function centerStatusEventData(
  center: RepairCenter,
  change: { from: RecordedCenterStatus; reasonCode: CenterStatusReasonCode; reason: string },
): Record<string, unknown> {
  return {
    id: center.id,
    code: center.code,
    name: center.name,
    repairCenterId: center.id,
    from: change.from,
    to: center.recordedStatus,
    reasonCode: change.reasonCode,
    reason: change.reason,
    rectificationDeadline: center.rectificationDeadline,
    agreementValidTo: center.agreementValidTo,
  };
}
