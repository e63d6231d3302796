import { hasText, isOneOf } from '../complaints/input-checks.js';
import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { type CommandTable, defineLifecycle } from '../lifecycle/command-table.js';
import { lendLoanerRefusal, type LoanerRecord, returnLoanerRefusal } from './loaner.js';
import { list, type MessageValue, msg } from '../messages/index.js';

/** The lifecycle of a work order (派工单 / 服务凭证, 003 §3–7, DOMAIN §5). */
export const WORK_ORDER_STATUSES = [
  'CALLED',
  'DISPATCHED',
  'ARRIVED',
  'TAKEN_BACK',
  'RETURNED',
  'COMPLETED',
  'CANCELLED',
] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

/**
 * How the work order ended: fixed on site (003 §4), taken back and repaired in the workshop
 * (003 §6–7), or not fixed. NOT_FIXED is recorded rather than hidden: such an order is not a
 * first-time fix (repeat-repair.ts).
 */
export const WORK_ORDER_OUTCOMES = ['FIXED_ON_SITE', 'TAKEN_BACK', 'NOT_FIXED'] as const;
export type WorkOrderOutcome = (typeof WORK_ORDER_OUTCOMES)[number];

/** What the work-order commands' guards read of the order. */
export interface CommandedWorkOrder extends LoanerRecord {
  serviceType: string;
}

/** The fee schedule is shown before the work (000 §5): while nobody has worked on the unit yet. */
const BEFORE_WORK: readonly WorkOrderStatus[] = ['CALLED', 'DISPATCHED', 'ARRIVED'];

/*
 * 003 §3: the call is registered (叫修登记簿) and the voucher goes to the supervisor to dispatch.
 * §4: a technician fixes it on site and the customer signs the voucher. §6: otherwise the
 * technician takes the unit back with a receipt (客户商品领取收据) and the customer's signature.
 * §7: once repaired it is returned against the customer's signature and the receipt is taken
 * back and voided; the order completes after that (§8: a paid repair is invoiced on the day of
 * return). A call may be cancelled only before anyone is on site: once the technician has
 * arrived, the visit ends in an outcome, NOT_FIXED included. Re-assigning a dispatched order to
 * another technician is not a change of status, nor are the fee schedule shown to a paying
 * customer (000 §5) and the 备用机 lent and taken back (000 §6). COMPLETED and CANCELLED are final.
 */
export const WORK_ORDER_LIFECYCLE = defineLifecycle('work order', WORK_ORDER_STATUSES, {
  dispatch: { from: ['CALLED'], to: 'DISPATCHED', permission: 'workOrders.dispatch', raises: 'work_order.dispatched' },
  reassign: { from: ['DISPATCHED'], permission: 'workOrders.dispatch' },
  recordArrival: { from: ['DISPATCHED'], to: 'ARRIVED', permission: 'workOrders.record' },
  showFee: {
    from: BEFORE_WORK,
    permission: 'workOrders.record',
    guard: (order) =>
      order.serviceType === 'PAID'
        ? null
        : { code: 'CONFLICT', message: msg('workOrders.servicetypeServiceCustomerChargedSo', { serviceType: order.serviceType }) },
  },
  complete: { from: ['ARRIVED', 'RETURNED'], to: 'COMPLETED', permission: 'workOrders.record', raises: 'work_order.completed' },
  takeBack: { from: ['ARRIVED'], to: 'TAKEN_BACK', permission: 'workOrders.record' },
  lendLoaner: { from: ['TAKEN_BACK'], permission: 'workOrders.record', guard: lendLoanerRefusal },
  returnLoaner: { from: WORK_ORDER_STATUSES, permission: 'workOrders.record', guard: returnLoanerRefusal },
  returnUnit: { from: ['TAKEN_BACK'], to: 'RETURNED', permission: 'workOrders.record' },
  cancel: { from: ['CALLED', 'DISPATCHED'], to: 'CANCELLED', permission: 'workOrders.register' },
} satisfies CommandTable<WorkOrderStatus, string, CommandedWorkOrder>);
export type WorkOrderCommand = keyof typeof WORK_ORDER_LIFECYCLE.commands;

/** The state table, derived from the commands. */
export const WORK_ORDER_TRANSITIONS: { [S in WorkOrderStatus]: { to: readonly WorkOrderStatus[] } } = Object.fromEntries(
  WORK_ORDER_STATUSES.map((status) => [status, { to: WORK_ORDER_LIFECYCLE.transitions[status] }]),
) as { [S in WorkOrderStatus]: { to: readonly WorkOrderStatus[] } };

/** The command that moves a work order from `from` to `to`, or null when none does. */
export function workOrderCommandTo(from: WorkOrderStatus, to: WorkOrderStatus): WorkOrderCommand | null {
  const commands = Object.keys(WORK_ORDER_LIFECYCLE.commands) as WorkOrderCommand[];
  const { commands: table } = WORK_ORDER_LIFECYCLE;
  return commands.find((command) => table[command].to === to && (table[command].from as readonly string[]).includes(from)) ?? null;
}

/**
 * The outcomes a completion may record, by the state it completes from. Completing from ARRIVED
 * means nothing was taken back; completing from RETURNED means the unit went through the
 * workshop, and came back repaired (TAKEN_BACK) or not (NOT_FIXED).
 */
export const COMPLETION_OUTCOMES: { [S in 'ARRIVED' | 'RETURNED']: readonly WorkOrderOutcome[] } = {
  ARRIVED: ['FIXED_ON_SITE', 'NOT_FIXED'],
  RETURNED: ['TAKEN_BACK', 'NOT_FIXED'],
};

export function isWorkOrderStatus(value: unknown): value is WorkOrderStatus {
  return isOneOf(WORK_ORDER_STATUSES, value);
}

export function isWorkOrderOutcome(value: unknown): value is WorkOrderOutcome {
  return isOneOf(WORK_ORDER_OUTCOMES, value);
}

/** Not yet completed or cancelled: still on the supervisor's board. */
export function isOpenWorkOrder(status: WorkOrderStatus): boolean {
  return status !== 'COMPLETED' && status !== 'CANCELLED';
}

function assertStoredStatus(from: WorkOrderStatus): void {
  // `from` comes from the stored record, so anything else is corrupt data, not a user's choice.
  if (!isWorkOrderStatus(from)) {
    throw new DomainError('INVALID_INPUT', msg('workOrders.workOrderStatus', { from: String(from) }), undefined, { from });
  }
}

export function workOrderTransitionsFrom(from: WorkOrderStatus): WorkOrderStatus[] {
  assertStoredStatus(from);
  return [...WORK_ORDER_TRANSITIONS[from].to];
}

/** What a transition must bring with it; which fields are needed depends on the step. */
export interface WorkOrderTransitionDetails {
  /** Required to complete; see COMPLETION_OUTCOMES. */
  outcome?: WorkOrderOutcome | null;
  /** The customer signed the voucher (服务凭证): on a fix on site, a take-back and a return. */
  customerSigned?: boolean;
  /** The receipt given for a unit taken back (客户商品领取收据, 003 §6). */
  receiptNumber?: string | null;
  /** The receipt was taken back from the customer and voided on return (003 §7). */
  receiptVoided?: boolean;
  /** Why a call is cancelled, or why the unit was not fixed. */
  reason?: string | null;
}

function detailErrors(from: WorkOrderStatus, to: WorkOrderStatus, details: WorkOrderTransitionDetails): FieldErrors {
  const errors: FieldErrors = {};
  const signature = msg('workOrders.customerMustSignServiceVoucher');
  if (to === 'CANCELLED' && !hasText(details.reason)) errors.reason = msg('workOrders.enterWhyCallCancelled');
  if (to === 'TAKEN_BACK') {
    if (!hasText(details.receiptNumber)) errors.receiptNumber = msg('workOrders.enterNumberReceiptGivenCustomer');
    if (details.customerSigned !== true) errors.customerSigned = signature;
  }
  if (to === 'RETURNED') {
    if (details.customerSigned !== true) errors.customerSigned = signature;
    if (details.receiptVoided !== true) errors.receiptVoided = msg('workOrders.takeBackReceiptCustomerVoid');
  }
  if (to === 'COMPLETED' && (from === 'ARRIVED' || from === 'RETURNED')) {
    const outcomes = COMPLETION_OUTCOMES[from];
    const outcome = details.outcome;
    if (!isOneOf(outcomes, outcome)) {
      errors.outcome = msg('workOrders.chooseHowWorkOrderEnded', { outcomes: list(outcomes, 'disjunction') });
    } else if (outcome === 'NOT_FIXED' && !hasText(details.reason)) {
      errors.reason = msg('workOrders.enterWhyUnitFixed');
    } else if (outcome === 'FIXED_ON_SITE' && details.customerSigned !== true) {
      errors.customerSigned = signature;
    }
  }
  return errors;
}

function listed(statuses: readonly string[]): MessageValue {
  return statuses.length > 0 ? list(statuses) : msg('workOrders.noneWorkOrderFinished');
}

/**
 * Throws INVALID_TRANSITION, listing the allowed next states, unless the table allows `from` →
 * `to`; then INVALID_INPUT listing every detail the step still needs (signature, receipt, outcome,
 * reason), so the technician sees them all at once.
 */
export function assertWorkOrderTransition(
  from: WorkOrderStatus,
  to: WorkOrderStatus,
  details: WorkOrderTransitionDetails = {},
): void {
  const allowed = workOrderTransitionsFrom(from);
  if (!allowed.includes(to)) {
    const why = from === to ? msg('workOrders.itIsAlreadyFrom', { from }) : msg('workOrders.workOrderRulesDoAllow');
    throw new DomainError(
      'INVALID_TRANSITION',
      msg('workOrders.workOrderGoWhyAllowed', { from, to: String(to), why, listed: listed(allowed) }),
      undefined,
      { from, to, allowed },
    );
  }
  throwIfFieldErrors(detailErrors(from, to, details ?? {}), msg('workOrders.stepNeedsMoreDetailsFill'));
}

/** Where a work order came from: a repair call (叫修) or a complaint that needs a visit. */
export const WORK_ORDER_SOURCES = ['CALL', 'COMPLAINT'] as const;
export type WorkOrderSource = (typeof WORK_ORDER_SOURCES)[number];
