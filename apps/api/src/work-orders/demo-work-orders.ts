import { randomUUID } from 'node:crypto';
import {
  addDays,
  arrivalDue,
  type BusinessCalendarConfig,
  DEFAULT_WORK_ORDER_SETTINGS,
  evaluateWarranty,
  firstTimeFixOf,
  isWorkingDay,
  normalizeFaultCode,
  normalizeSerialNumber,
  paidServiceFee,
  toLocalDate,
  todayIn,
  workingPeriodsOn,
} from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { BusinessCalendarSettings, CalendarDay } from '../reference-data/business-calendar/business-calendar.entity.js';
import { Part } from '../reference-data/parts/part.entity.js';
import { ProductCategory } from '../reference-data/product-categories/product-category.entity.js';
import { ProductModel } from '../reference-data/product-models/product-model.entity.js';
import { ProductUnit } from '../reference-data/product-units/product-unit.entity.js';
import { Region } from '../reference-data/regions/region.entity.js';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { demoWorkOrders } from '../seed/demo-data.js';
import { Survey } from '../surveys/survey.entity.js';
import { Technician } from '../technicians/technician.entity.js';
import { WorkOrder } from './work-order.entity.js';

type Spec = ReturnType<typeof demoWorkOrders>[number];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SUPERVISOR_NAME = '吴主管';

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

async function calendarOf(manager: EntityManager): Promise<BusinessCalendarConfig> {
  const settings = await manager.findOneByOrFail(BusinessCalendarSettings, { id: 1 });
  const days = await manager.find(CalendarDay);
  return {
    timeZone: settings.timeZone,
    workingWeekdays: settings.workingWeekdays,
    workingPeriods: settings.workingPeriods,
    holidays: days.filter((day) => day.kind === 'HOLIDAY' && !day.clearedAt).map((day) => day.date),
    makeUpWorkdays: days.filter((day) => day.kind === 'WORKDAY' && !day.clearedAt).map((day) => day.date),
  };
}

/** The call time of a spec: N working days back at a clock time, or some time before now. */
function callTime(called: Spec['called'], calendar: BusinessCalendarConfig, now: Date): Date {
  if (called.minutesAgo != null) return new Date(now.getTime() - called.minutesAgo * MINUTE);
  if (called.hoursAgo != null) return new Date(now.getTime() - called.hoursAgo * HOUR);
  let date = todayIn(calendar.timeZone, now);
  for (let counted = 0; counted < (called.workingDaysAgo ?? 0); ) {
    date = addDays(date, -1);
    if (isWorkingDay(date, calendar)) counted++;
  }
  // The day's first working period anchors the wall clock in the calendar's zone.
  const firstStart = workingPeriodsOn(date, calendar)[0]!.start;
  return new Date(firstStart.getTime() + (minutesOf(called.at ?? '09:00') - minutesOf(calendar.workingPeriods[0]!.start)) * MINUTE);
}

/**
 * Loads the demo work orders and surveys (demo-data.ts `demoWorkOrders`) as the API would have
 * left them: codes, warranty and service type, arrival due times, fees for paid work, the
 * first-time-fix judgement and a survey for every completed order.
 */
export async function loadDemoWorkOrders(manager: EntityManager, now = new Date()): Promise<void> {
  const calendar = await calendarOf(manager);
  const settings = DEFAULT_WORK_ORDER_SETTINGS;
  const byCode = <T extends { id: string }>(rows: T[], key: (row: T) => string) => new Map(rows.map((row) => [key(row), row]));
  const technicians = byCode(await manager.find(Technician), (t) => t.code);
  const centers = byCode(await manager.find(RepairCenter), (c) => c.code);
  const regions = byCode(await manager.find(Region), (r) => r.code);
  const units = byCode(await manager.find(ProductUnit), (u) => u.serialNumber);
  const models = byCode(await manager.find(ProductModel), (m) => m.id);
  const categories = byCode(await manager.find(ProductCategory), (c) => c.id);
  const parts = byCode(await manager.find(Part), (p) => p.partNumber);
  const sequences = new Map<number, number>();

  const orders = demoWorkOrders().map((spec) => {
    const calledAt = callTime(spec.called, calendar, now);
    const calledOn = toLocalDate(calledAt, calendar.timeZone);
    const year = Number(calledOn.slice(0, 4));
    sequences.set(year, (sequences.get(year) ?? 0) + 1);
    const unit = units.get(spec.serialNumber)!;
    const category = categories.get(models.get(unit.modelId)!.categoryId)!;
    const warranty = evaluateWarranty({
      purchaseDate: unit.purchaseDate,
      invoiceNumber: unit.invoiceNumber,
      reportedOn: calledOn,
      warrantyMonths: category.warrantyMonths,
      componentWarranties: category.componentWarranties,
    });
    const arrivalDueAt = arrivalDue(calledAt, spec.areaType, calendar, settings);
    const technician = spec.technician ? technicians.get(spec.technician)! : null;
    const order: Partial<WorkOrder> & { id: string } = {
      id: randomUUID(),
      code: `WO-${year}-${String(sequences.get(year)).padStart(6, '0')}`,
      version: 1,
      status: technician ? 'DISPATCHED' : 'CALLED',
      source: 'CALL',
      calledAt,
      regionId: regions.get(spec.region)!.id,
      areaType: spec.areaType,
      customerName: spec.customerName,
      customerPhone: spec.customerPhone,
      customerAddress: spec.customerAddress,
      serialNumber: spec.serialNumber,
      serialKey: normalizeSerialNumber(spec.serialNumber),
      productUnitId: unit.id,
      modelId: unit.modelId,
      faultCode: spec.faultCode,
      faultKey: normalizeFaultCode(spec.faultCode),
      faultDescription: spec.faultDescription,
      warrantyStatus: warranty.status,
      serviceType: warranty.status === 'IN_WARRANTY' ? 'FREE' : 'PAID',
      repairCenterId: spec.center ? centers.get(spec.center)!.id : null,
      technicianId: technician?.id ?? null,
      arrivalDueAt,
      dispatchedAt: technician ? new Date(calledAt.getTime() + 20 * MINUTE) : null,
      dispatchedByName: technician ? SUPERVISOR_NAME : null,
      receiptVoided: false,
    };
    const { arrival, completion } = spec;
    if (!arrival || !completion) return { order, spec };
    const arrivedAt = arrival.afterDue != null
      ? new Date(arrivalDueAt.getTime() + arrival.afterDue * MINUTE)
      : new Date(calledAt.getTime() + (arrival.afterCall ?? 0) * MINUTE);
    Object.assign(order, { status: 'ARRIVED', arrivedAt });
    if (order.serviceType === 'PAID') {
      // A paid service shows the fee schedule before the work (000 §5): here, on arrival.
      const fee = paidServiceFee({
        labourHours: spec.fee?.labourHours ?? completion.labourHours,
        hourlyRate: settings.hourlyRate,
        parts: (spec.fee?.parts ?? []).map((line) => ({ ...line, unitCost: parts.get(line.partNumber)!.unitCost })),
      });
      const withIds = fee.parts.map((line) => ({ ...line, partId: parts.get(line.partNumber)!.id }));
      Object.assign(order, { fee: { ...fee, parts: withIds }, feeShownAt: arrivedAt });
    }
    let previous = arrivedAt;
    if (spec.takeBack) {
      const takenBackAt = new Date(arrivedAt.getTime() + spec.takeBack.afterArrival * MINUTE);
      const returnedAt = new Date(takenBackAt.getTime() + spec.takeBack.returnAfterHours * HOUR);
      Object.assign(order, { receiptNumber: spec.takeBack.receiptNumber, takenBackAt, returnedAt, receiptVoided: true });
      if (spec.takeBack.loaner) {
        // The customer kept a loaner while the unit was in the workshop; it came back just before the unit.
        Object.assign(order, {
          loanerDescription: spec.takeBack.loaner,
          loanerLentAt: takenBackAt,
          loanerLentSignature: spec.takeBack.signedBy,
          loanerReturnedAt: new Date(returnedAt.getTime() - 10 * MINUTE),
          loanerReturnedByName: SUPERVISOR_NAME,
        });
      }
      previous = returnedAt;
    }
    const completedAt = new Date(previous.getTime() + completion.afterPrevious * MINUTE);
    Object.assign(order, {
      status: 'COMPLETED',
      outcome: completion.outcome,
      labourHours: completion.labourHours,
      customerSignedName: completion.signedBy,
      customerSignedAt: completedAt,
      completedAt,
      reason: 'reason' in completion ? completion.reason : null,
    });
    return { order, spec };
  });

  const history = orders.map(({ order }) => ({
    id: order.id,
    serialNumber: order.serialNumber!,
    faultCode: order.faultCode!,
    status: order.status!,
    calledAt: order.calledAt!,
    completedAt: order.completedAt ?? null,
    outcome: order.outcome ?? null,
  }));
  for (const { order } of orders) {
    if (order.status !== 'COMPLETED') continue;
    const judged = firstTimeFixOf(history.find((entry) => entry.id === order.id)!, history, calendar.timeZone, settings);
    Object.assign(order, { firstTimeFix: judged.firstTimeFix, repeatedByWorkOrderId: judged.repeatedBy });
  }
  // Repeat marks point at later orders: one statement, so the foreign keys are checked at its end.
  await manager.insert(WorkOrder, orders.map(({ order }) => order));

  const surveys = orders.filter(({ order }) => order.status === 'COMPLETED').map(({ order, spec }) => {
    const answered = spec.survey;
    return {
      workOrderId: order.id,
      technicianId: order.technicianId,
      repairCenterId: order.repairCenterId,
      status: answered ? ('RESPONDED' as const) : ('PENDING' as const),
      ...(answered
        ? {
            attitude: answered.attitude,
            skill: answered.skill,
            arrivalTime: answered.arrivalTime,
            promisesHandled: answered.promisesHandled,
            channel: answered.channel,
            comments: answered.comments,
            respondedAt: new Date(order.completedAt!.getTime() + DAY),
            enteredByName: answered.channel === 'CALLBACK' ? '李客服' : null,
          }
        : {}),
    };
  });
  await manager.insert(Survey, surveys);
  for (const [year, lastSequence] of sequences) {
    await manager.query(
      `INSERT INTO work_order_code_counter (year, last_sequence) VALUES ($1, $2)
       ON CONFLICT (year) DO UPDATE SET last_sequence = GREATEST(work_order_code_counter.last_sequence, $2)`,
      [year, lastSequence],
    );
  }
}
