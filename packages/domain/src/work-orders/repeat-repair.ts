import { hasText, isInstant } from '../complaints/input-checks.js';
import { addDays, compareLocalDates, toLocalDate } from '../dates.js';
import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { assertWorkOrderSettings, type WorkOrderSettings } from './settings.js';
import { isWorkOrderStatus, type WorkOrderOutcome, type WorkOrderStatus } from './work-order-status.js';
import { msg } from '../messages/index.js';

/** What the repeat-repair rule needs to know of a work order. */
export interface RepairHistoryEntry {
  id: string;
  serialNumber: string;
  /**
   * The fault as a code or category from head office's list (e.g. "E04" or "绕组烧毁"), as the
   * caller classifies it; free-text descriptions cannot be compared and do not belong here.
   */
  faultCode: string;
  status: WorkOrderStatus;
  calledAt: Date;
  /** Set once COMPLETED. */
  completedAt: Date | null;
  outcome: WorkOrderOutcome | null;
}

/**
 * Fault codes match whatever the width, case or spacing they were typed in: NFKC folds
 * full-width "Ｅ０４" into "E04", then spaces are trimmed and collapsed and case ignored.
 */
export function normalizeFaultCode(code: string): string {
  return code.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Serial numbers (出厂编号) match the same way, without spaces anywhere ("AB 1234" is AB1234). */
export function normalizeSerialNumber(serial: string): string {
  return serial.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

type FaultOfUnit = Pick<RepairHistoryEntry, 'serialNumber' | 'faultCode'>;

/** Same unit and same fault: the normalized serial numbers and fault codes are equal. */
export function isSameFault(a: FaultOfUnit, b: FaultOfUnit): boolean {
  return (
    normalizeSerialNumber(a.serialNumber) === normalizeSerialNumber(b.serialNumber) &&
    normalizeFaultCode(a.faultCode) === normalizeFaultCode(b.faultCode)
  );
}

export interface FirstTimeFixResult {
  firstTimeFix: boolean;
  /** Why not: the visit ended NOT_FIXED, or the same fault came back (REPEATED). */
  reason: 'NOT_FIXED' | 'REPEATED' | null;
  /** The earliest later order for the same fault within the window, when REPEATED. */
  repeatedBy: string | null;
  /**
   * Last day a new call can still make this order a repeat, in the calendar's zone. Until that day
   * has passed a first-time fix holds only so far; a repeat found after the month's score is
   * published is corrected by an adjustment (score-workflow.ts), never by rewriting the score.
   */
  windowEndsOn: string;
}

function validateEntry(entry: RepairHistoryEntry, field: string, errors: FieldErrors): void {
  if (!hasText(entry?.id)) errors[`${field}.id`] = msg('workOrders.giveWorkOrderId');
  if (!hasText(entry?.serialNumber)) errors[`${field}.serialNumber`] = msg('workOrders.enterSerialNumber');
  if (!hasText(entry?.faultCode)) errors[`${field}.faultCode`] = msg('workOrders.classifyFaultFaultCodeBefore');
  if (!isWorkOrderStatus(entry?.status)) errors[`${field}.status`] = msg('workOrders.giveWorkOrderStatus');
  if (!isInstant(entry?.calledAt)) errors[`${field}.calledAt`] = msg('workOrders.enterValidDateTime');
  if (entry?.completedAt != null && !isInstant(entry.completedAt)) errors[`${field}.completedAt`] = msg('workOrders.enterValidDateTime');
}

/**
 * Whether a completed order was a first-time fix (DOMAIN §5; 003: 不允许对同一问题重复进行修复).
 *
 * Reading: an order is not a first-time fix when its visit ended NOT_FIXED, or when a later work
 * order for the same fault on the same unit (`isSameFault`) was called after this one was
 * completed and on or before the Nth calendar day after the day it was completed (N = 30 by
 * default; days in the business calendar's zone, so completed on 1 March, a call on 31 March is a
 * repeat and one on 1 April is not). The later order counts from its call, whatever became of it
 * afterwards, unless it was CANCELLED (a call registered twice by mistake is cancelled, not a
 * repeat). A different fault on the same unit is a new problem, not a repeat; an order whose
 * call came before this one was completed is a parallel order, not a return of the fault.
 * The repeat is charged to the earlier order; the later one is judged on its own.
 */
export function firstTimeFixOf(
  order: RepairHistoryEntry,
  laterOrders: readonly RepairHistoryEntry[],
  timeZone: string,
  settings: WorkOrderSettings,
): FirstTimeFixResult {
  const errors: FieldErrors = {};
  validateEntry(order, 'order', errors);
  if (!Array.isArray(laterOrders)) errors.laterOrders = msg('workOrders.giveListWorkOrdersMay');
  else laterOrders.forEach((entry, index) => validateEntry(entry, `laterOrders.${index}`, errors));
  throwIfFieldErrors(errors, msg('workOrders.someWorkOrdersValidCorrect'));
  assertWorkOrderSettings(settings);
  if (order.status !== 'COMPLETED' || order.completedAt == null || order.outcome == null) {
    throw new DomainError(
      'CONFLICT',
      msg('workOrders.workOrderIdStatusOnly', { id: order.id, status: order.status }),
      undefined,
      { status: order.status },
    );
  }
  const completedAt = order.completedAt;
  const windowEndsOn = addDays(toLocalDate(completedAt, timeZone), settings.repeatRepairDays);
  if (order.outcome === 'NOT_FIXED') return { firstTimeFix: false, reason: 'NOT_FIXED', repeatedBy: null, windowEndsOn };

  const repeats = laterOrders
    .filter(
      (later) =>
        later.id !== order.id &&
        later.status !== 'CANCELLED' &&
        isSameFault(order, later) &&
        later.calledAt.getTime() > completedAt.getTime() &&
        compareLocalDates(toLocalDate(later.calledAt, timeZone), windowEndsOn) <= 0,
    )
    .sort((a, b) => a.calledAt.getTime() - b.calledAt.getTime());
  const first = repeats[0];
  if (first) return { firstTimeFix: false, reason: 'REPEATED', repeatedBy: first.id, windowEndsOn };
  return { firstTimeFix: true, reason: null, repeatedBy: null, windowEndsOn };
}
