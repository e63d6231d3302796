import type { GraphQLResolveInfo } from 'graphql';
import type { Message, MessageValue, WorkOrderCommand } from '@aftersales/domain';
import {
  assertCanDispatchTechnician,
  assertFeeShownBeforeWork,
  assertLoanerBackForUnitReturn,
  assertWorkOrderTransition,
  dispatchOrder,
  MAX_LABOUR_HOURS,
  paidServiceFee,
  throwIfFieldErrors,
  type FieldErrors,
} from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { appError, notFound } from '../common/app-error.js';
import { applySearch } from '../common/audited-records.js';
import { isUuid } from '../common/ids.js';
import { trimmedOrNull } from '../common/input-rules.js';
import { pageOfList, type SyncPageArgs } from '../common/incremental-sync.js';
import type { RequestContext } from '../common/request-context.js';
import { Survey } from '../surveys/survey.entity.js';
import { judgeFirstTimeFix, unmarkRepeatsOf } from './repeat-repairs.js';
import { changeWorkOrder } from './work-order-changes.js';
import { assertWorkOrderCommand } from './work-order-commands.js';
import { WorkOrder } from './work-order.entity.js';
import type {
  CancelWorkOrderInput,
  CompleteWorkOrderInput,
  DispatchWorkOrderInput,
  RecordWorkOrderArrivalInput,
  ReturnWorkOrderUnitInput,
  ShowWorkOrderFeeInput,
  TakeBackWorkOrderUnitInput,
  WorkOrderFilter,
} from './work-order.input.js';
import { onlyPartnersCenter } from '../common/tenant-filter.js';
import { START_OF_DAY, START_OF_NEXT_DAY } from '../common/local-day-range.js';
import { msg } from '../i18n/message.js';

/** A recorded moment "in the future" beyond a clock's drift is a typing mistake. */
const CLOCK_SKEW_MS = 5 * 60_000;
const FINISHED = ['COMPLETED', 'CANCELLED'];

const hasText = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/** The recorded time of a step: not in the future, and not before the step it follows. */
export function assertMoment(at: Date, field: string, notBefore: Date | null, previousStep: MessageValue): void {
  let message: Message | null = null;
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) message = msg('apiWorkOrders.enterValidDateTime');
  else if (at.getTime() > Date.now() + CLOCK_SKEW_MS) message = msg('apiWorkOrders.timeFutureEnterWhenHappened');
  else if (notBefore && at.getTime() < notBefore.getTime()) message = msg('apiWorkOrders.beforePreviousstepNotbefore', { previousStep, notBefore: notBefore.toISOString() });
  if (message) throw appError('BAD_USER_INPUT', message, { [field]: message });
}

function labourHoursErrors(hours: number): FieldErrors {
  const hundredths = hours * 100;
  const valid = Number.isFinite(hours) && hours >= 0 && hours <= MAX_LABOUR_HOURS && Math.abs(hundredths - Math.round(hundredths)) < 1e-6;
  return valid ? {} : { labourHours: msg('apiWorkOrders.enterLabourHours0Maxlabourhours', { maxLabourHours: MAX_LABOUR_HOURS }) };
}

/**
 * A partner's unfiltered list, or head office's list of one center, is all of one center's work
 * orders: their number is kept per center by the table's triggers (migration 1764700700000), so
 * `totalCount` reads one row instead of counting a quarter of a million. Any other filter counts.
 */
function wholeCenterCount(context: RequestContext, filter: WorkOrderFilter, manager: EntityManager): (() => Promise<number>) | null {
  const { repairCenterId, ...others } = filter;
  if (Object.values(others).some((value) => value != null)) return null;
  const partnersCenter = context.principal?.role === 'PARTNER' ? context.principal.repairCenterId : null;
  const center = partnersCenter ?? repairCenterId;
  if (!center || !isUuid(center) || (partnersCenter && repairCenterId && repairCenterId !== partnersCenter)) return null;
  return async () => {
    const [row] = await manager.query('SELECT work_orders FROM work_order_center_count WHERE repair_center_id = $1', [center]);
    return row ? Number(row.work_orders) : 0;
  };
}

export const workOrderService = {
  /** `asked`: the GraphQL field of the list, so its rows are read with only the columns it asks for. */
  async list(context: RequestContext, page: SyncPageArgs, filter: WorkOrderFilter = {}, asked?: GraphQLResolveInfo) {
    const manager = await context.manager();
    const query = applySearch(
      manager.createQueryBuilder(WorkOrder, 'wo'),
      ['wo.code', 'wo.customerName', 'wo.customerPhone', 'wo.serialNumber'],
      filter.search,
    );
    const idFilter = (column: string, value: string | null | undefined) => {
      if (value) query.andWhere(`wo.${column} = :${column}`, { [column]: isUuid(value) ? value : null });
    };
    onlyPartnersCenter(query, context, 'wo.repairCenterId');
    idFilter('repairCenterId', filter.repairCenterId);
    idFilter('technicianId', filter.technicianId);
    if (filter.statuses?.length) query.andWhere('wo.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.open != null) query.andWhere(`wo.status ${filter.open ? 'NOT IN' : 'IN'} (:...finished)`, { finished: FINISHED });
    if (filter.headOffice != null) query.andWhere(`wo.repairCenterId IS ${filter.headOffice ? '' : 'NOT '}NULL`);
    if (filter.serviceType) query.andWhere('wo.serviceType = :serviceType', { serviceType: filter.serviceType });
    if (filter.takenBack != null) query.andWhere(`wo.takenBackAt IS ${filter.takenBack ? 'NOT ' : ''}NULL`);
    if (filter.loanerOut != null) {
      query.andWhere(filter.loanerOut ? 'wo.loanerLentAt IS NOT NULL AND wo.loanerReturnedAt IS NULL' : 'NOT (wo.loanerLentAt IS NOT NULL AND wo.loanerReturnedAt IS NULL)');
    }
    if (filter.calledFrom || filter.calledTo) {
      const { timeZone } = await context.loaders.calendarSettings();
      // Local days as a range of instants, so that the index on called_at serves it.
      if (filter.calledFrom) query.andWhere(`wo.calledAt >= ${START_OF_DAY(':from')}`, { zone: timeZone, from: filter.calledFrom });
      if (filter.calledTo) query.andWhere(`wo.calledAt < ${START_OF_NEXT_DAY(':to')}`, { zone: timeZone, to: filter.calledTo });
    }
    return pageOfList(query.orderBy('wo.calledAt', 'DESC').addOrderBy('wo.code', 'DESC'), page, {
      alias: 'wo',
      name: 'work-orders',
      count: wholeCenterCount(context, filter, manager),
      asked,
    });
  },

  async findOrFail(context: RequestContext, id: string): Promise<WorkOrder> {
    const order = isUuid(id) ? await context.loaders.workOrder.load(id) : null;
    if (!order) throw notFound('WorkOrder', id);
    return order;
  },

  /** Every call waiting for a technician, in 003 §13's order: yesterday's leftovers first. */
  async dispatchQueue(context: RequestContext): Promise<WorkOrder[]> {
    const manager = await context.manager();
    const [calls, today, calendar] = await Promise.all([
      manager.find(WorkOrder, { where: { status: 'CALLED' }, order: { calledAt: 'ASC', code: 'ASC' } }),
      context.loaders.today(),
      context.loaders.calendar(),
    ]);
    return dispatchOrder(calls, today, calendar.timeZone);
  },

  /** 派工: a certified technician of an ACTIVE center, or head-office staff; the order moves to their center. */
  async dispatch(context: RequestContext, input: DispatchWorkOrderInput): Promise<WorkOrder> {
    const principal = context.requirePrincipal();
    const technician = await context.loaders.technician.load(input.technicianId);
    const partner = principal.role === 'PARTNER';
    if (partner && technician?.repairCenterId !== principal.repairCenterId) {
      // Row-level security hides other centers' staff, so "not yours" and "no such one" look alike here.
      throw appError('FORBIDDEN', msg('apiWorkOrders.repairCenterDispatchesOwnTechnicians'));
    }
    if (!technician) throw appError('BAD_USER_INPUT', msg('apiWorkOrders.chooseExistingTechnician'), { technicianId: msg('apiWorkOrders.chooseExistingTechnician') });
    const center = technician.repairCenterId ? await context.loaders.repairCenter.load(technician.repairCenterId) : null;
    assertCanDispatchTechnician(technician, center, await context.loaders.today());
    let command: WorkOrderCommand = 'dispatch';
    return changeWorkOrder(context, input.id, input.version, () => command, 'DISPATCH', (order) => {
      if (order.status !== 'DISPATCHED') {
        assertWorkOrderTransition(order.status, 'DISPATCHED');
        assertWorkOrderCommand(context, 'dispatch', order);
      } else {
        command = 'reassign';
        assertWorkOrderCommand(context, 'reassign', order);
        if (order.technicianId === technician.id) throw appError('CONFLICT', msg('apiWorkOrders.workOrderAlreadyDispatchedName', { name: technician.name }));
      }
      Object.assign(order, {
        status: 'DISPATCHED',
        technicianId: technician.id,
        repairCenterId: technician.repairCenterId,
        dispatchedAt: new Date(),
        dispatchedByName: principal.displayName,
      });
    });
  },

  recordArrival(context: RequestContext, input: RecordWorkOrderArrivalInput): Promise<WorkOrder> {
    return changeWorkOrder(context, input.id, input.version, 'recordArrival', 'ARRIVAL', (order) => {
      assertWorkOrderTransition(order.status, 'ARRIVED');
      assertWorkOrderCommand(context, 'recordArrival', order);
      assertMoment(input.arrivedAt, 'arrivedAt', order.calledAt, msg('apiWorkOrders.theCall'));
      Object.assign(order, { status: 'ARRIVED', arrivedAt: input.arrivedAt });
    });
  },

  /** 出示收费标准 (000 §5): labour at the settings' rate plus the parts at their unit cost (004 §4.9). */
  async showFee(context: RequestContext, input: ShowWorkOrderFeeInput): Promise<WorkOrder> {
    const settings = await context.loaders.workOrderSettings();
    const parts = await Promise.all(input.parts.map((line) => context.loaders.part.load(line.partId)));
    const errors: FieldErrors = {};
    parts.forEach((part, index) => {
      if (!part) errors[`parts.${index}.partId`] = msg('apiWorkOrders.chooseExistingPart');
    });
    throwIfFieldErrors(errors, msg('apiWorkOrders.somePartsDoExistChoose'));
    return changeWorkOrder(context, input.id, input.version, 'showFee', 'SHOW_FEE', (order) => {
      assertWorkOrderCommand(context, 'showFee', order);
      const fee = paidServiceFee({
        labourHours: input.labourHours,
        hourlyRate: settings.hourlyRate,
        parts: input.parts.map((line, index) => ({ partNumber: parts[index]!.partNumber, quantity: line.quantity, unitCost: parts[index]!.unitCost })),
      });
      order.fee = { ...fee, parts: fee.parts.map((line, index) => ({ ...line, partId: input.parts[index]!.partId })) };
      order.feeShownAt = new Date();
    });
  },

  /** 带回修理 (003 §6): the customer signs and gets a receipt; the unit enters the goods in/out book. */
  takeBack(context: RequestContext, input: TakeBackWorkOrderUnitInput): Promise<WorkOrder> {
    return changeWorkOrder(context, input.id, input.version, 'takeBack', 'TAKE_BACK', (order) => {
      assertWorkOrderTransition(order.status, 'TAKEN_BACK', {
        receiptNumber: input.receiptNumber,
        customerSigned: hasText(input.customerSignedName),
      });
      assertWorkOrderCommand(context, 'takeBack', order);
      assertMoment(input.at, 'at', order.arrivedAt, msg('apiWorkOrders.theArrival'));
      assertFeeShownBeforeWork(order, input.at);
      Object.assign(order, {
        status: 'TAKEN_BACK',
        receiptNumber: input.receiptNumber.trim(),
        customerSignedName: input.customerSignedName.trim(),
        customerSignedAt: input.at,
        takenBackAt: input.at,
      });
    });
  },

  /** 送回 (003 §7): the customer signs again and the receipt is taken back and voided. */
  returnUnit(context: RequestContext, input: ReturnWorkOrderUnitInput): Promise<WorkOrder> {
    return changeWorkOrder(context, input.id, input.version, 'returnUnit', 'RETURN', (order) => {
      assertWorkOrderTransition(order.status, 'RETURNED', {
        customerSigned: hasText(input.customerSignedName),
        receiptVoided: input.receiptVoided,
      });
      assertWorkOrderCommand(context, 'returnUnit', order);
      assertMoment(input.at, 'at', order.takenBackAt, msg('apiWorkOrders.takeBack'));
      // A customer never holds both: the 备用机 comes back first (returnLoaner).
      assertLoanerBackForUnitReturn(order, input.at);
      Object.assign(order, {
        status: 'RETURNED',
        receiptVoided: true,
        customerSignedName: input.customerSignedName.trim(),
        customerSignedAt: input.at,
        returnedAt: input.at,
      });
    });
  },

  /**
   * 完工: records the outcome, judges the first-time fix (NOT_FIXED, or a later call for the same
   * fault already registered) and opens the order's survey (003 §16: every call gets one).
   */
  async complete(context: RequestContext, input: CompleteWorkOrderInput): Promise<WorkOrder> {
    const [settings, calendar] = await Promise.all([context.loaders.workOrderSettings(), context.loaders.calendar()]);
    return changeWorkOrder(context, input.id, input.version, 'complete', 'COMPLETE', async (order, manager) => {
      const from = order.status;
      assertWorkOrderTransition(from, 'COMPLETED', {
        outcome: input.outcome,
        customerSigned: hasText(input.customerSignedName),
        reason: input.reason,
      });
      assertWorkOrderCommand(context, 'complete', order);
      throwIfFieldErrors(labourHoursErrors(input.labourHours));
      assertMoment(input.completedAt, 'completedAt', order.returnedAt ?? order.arrivedAt, from === 'RETURNED' ? msg('apiWorkOrders.theReturn') : msg('apiWorkOrders.theArrival'));
      // A visit that fixed nothing charged for no work; anything else is work the fee covers.
      if (input.outcome !== 'NOT_FIXED') assertFeeShownBeforeWork(order, input.completedAt);
      const signedName = trimmedOrNull(input.customerSignedName);
      Object.assign(order, {
        status: 'COMPLETED',
        outcome: input.outcome,
        labourHours: input.labourHours,
        completedAt: input.completedAt,
        reason: trimmedOrNull(input.reason) ?? order.reason,
        ...(signedName ? { customerSignedName: signedName, customerSignedAt: input.completedAt } : {}),
      });
      const judged = await judgeFirstTimeFix(manager, order, calendar.timeZone, settings);
      order.firstTimeFix = judged.firstTimeFix;
      order.repeatedByWorkOrderId = judged.repeatedBy;
      await manager.insert(Survey, {
        workOrderId: order.id,
        technicianId: order.technicianId,
        repairCenterId: order.repairCenterId,
        status: 'PENDING',
      });
    });
  },

  /** 取消, before anyone is on site; repeats this call had made are judged again without it. */
  async cancel(context: RequestContext, input: CancelWorkOrderInput): Promise<WorkOrder> {
    const principal = context.requirePrincipal();
    const [settings, calendar] = await Promise.all([context.loaders.workOrderSettings(), context.loaders.calendar()]);
    return context.transaction(async (manager) => {
      const cancelled = await changeWorkOrder(context, input.id, input.version, 'cancel', 'CANCEL', (order) => {
        assertWorkOrderTransition(order.status, 'CANCELLED', { reason: input.reason });
        assertWorkOrderCommand(context, 'cancel', order);
        Object.assign(order, { status: 'CANCELLED', cancelledAt: new Date(), reason: input.reason.trim() });
      });
      await unmarkRepeatsOf(manager, principal, cancelled, calendar.timeZone, settings);
      return cancelled;
    });
  },
};
