import { instantValue } from '../../common/event-values.js';
import type { PartsWriteOff } from './parts-write-off.entity.js';

/** A write-off's public fields in its events: ids, quarter, status, when it closed and the requisitions it closed. */
export function writeOffEventData(writeOff: PartsWriteOff): Record<string, unknown> {
  return {
    id: writeOff.id,
    code: writeOff.code,
    status: writeOff.status,
    repairCenterId: writeOff.repairCenterId,
    quarter: writeOff.quarter,
    closedAt: instantValue(writeOff.closedAt),
    requisitionIds: writeOff.voucher?.requisitionIds ?? [],
  };
}
