import { isInstant } from '../complaints/input-checks.js';
import { assertLocalDate, compareLocalDates, toLocalDate } from '../dates.js';
import { type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { effectiveCenterStatus, type RecordedCenterStatus } from '../repair-centers/center-status.js';
import { assertCanDispatch, type DispatchBlock, dispatchBlocks, type TechnicianCertificate } from '../repair-centers/technician.js';
import { msg } from '../messages/index.js';

/** A call waiting to be dispatched (a work order still CALLED). */
export interface QueuedCall {
  calledAt: Date;
}

/**
 * True for a call registered on a day before `today` (in the business calendar's zone) and not
 * yet dispatched: 003 §13 has the clerks send such calls to the supervisor the next day to be
 * dispatched first (将当天未派修工作于次日送请主管优先派工).
 */
export function isCarriedOverCall(call: QueuedCall, today: string, timeZone: string): boolean {
  assertLocalDate(today, 'today');
  return compareLocalDates(toLocalDate(call.calledAt, timeZone), today) < 0;
}

/**
 * The order in which the supervisor dispatches the waiting calls: those left over from an
 * earlier day first (003 §13), then the rest, each group by call time, earliest first. Calls
 * called at the same moment keep the caller's order. Returns a new array of the same objects;
 * the caller passes only calls that are still waiting. A call left from an earlier day was
 * called before any of today's, so this is also call-time order; the rule is kept explicit so
 * the board can mark carried-over calls (`isCarriedOverCall`) and the order stays 003 §13's.
 */
export function dispatchOrder<T extends QueuedCall>(calls: readonly T[], today: string, timeZone: string): T[] {
  assertLocalDate(today, 'today');
  const errors: FieldErrors = {};
  calls.forEach((call, index) => {
    if (!isInstant(call?.calledAt)) errors[`calls.${index}.calledAt`] = msg('workOrders.enterValidDateTime');
  });
  throwIfFieldErrors(errors, msg('workOrders.someCallsValidCallTime'));
  const keyed = calls.map((call) => ({
    call,
    carriedOver: isCarriedOverCall(call, today, timeZone),
    time: call.calledAt.getTime(),
  }));
  keyed.sort((a, b) => (a.carriedOver !== b.carriedOver ? (a.carriedOver ? -1 : 1) : a.time - b.time));
  return keyed.map((entry) => entry.call);
}

export interface DispatchableTechnician extends TechnicianCertificate {
  active: boolean;
}

/** The technician's repair center as stored; null for head-office staff (总部技术员), who have none. */
export interface TechnicianCenter {
  recordedStatus: RecordedCenterStatus;
  agreementValidTo: string;
}

/**
 * Every reason the technician cannot be sent on a work order today. The center's status is its
 * effective one, the rule `assertCanReceiveWork` applies (an agreement that has ended makes it
 * EXPIRED), so a center that may not receive work blocks its staff too.
 */
export function technicianDispatchBlocks(
  technician: DispatchableTechnician,
  center: TechnicianCenter | null,
  today: string,
): DispatchBlock[] {
  const centerStatus = center == null ? null : effectiveCenterStatus(center, today);
  return dispatchBlocks({ ...technician, centerStatus }, today);
}

/**
 * Guard for dispatching a technician (DOMAIN §4–5): active, holding a valid qualification
 * certificate (000 §5), and, for a center's staff, working for a center that may receive work
 * orders (only an ACTIVE one). Throws one CONFLICT naming every reason at once
 * (`details.blocks`), rather than the center's alone, so the supervisor sees all that is wrong.
 * Technicians may be sent across regions (004 §5.2), so the region is not checked.
 */
export function assertCanDispatchTechnician(
  technician: DispatchableTechnician,
  center: TechnicianCenter | null,
  today: string,
): void {
  const centerStatus = center == null ? null : effectiveCenterStatus(center, today);
  assertCanDispatch({ ...technician, centerStatus }, today);
}
