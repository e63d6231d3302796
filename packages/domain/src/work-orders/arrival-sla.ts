import { addWorkingHours, type BusinessCalendarConfig } from '../calendar.js';
import { isInstant, isOneOf } from '../complaints/input-checks.js';
import { DomainError } from '../errors.js';
import { AREA_TYPES, type AreaType } from '../reference.js';
import { assertWorkOrderSettings, type WorkOrderSettings } from './settings.js';
import { msg } from '../messages/index.js';

const MS_PER_MINUTE = 60_000;

function assertInstant(instant: Date, field: string): void {
  if (!isInstant(instant)) {
    throw new DomainError('INVALID_INPUT', msg('workOrders.fieldValidDateTimePass', { field }), {
      [field]: msg('workOrders.enterValidDateTime'),
    });
  }
}

/**
 * When the technician must be on site (003 §14): 叫修时间至抵达服务时间不得逾上班时间内六小时或七小时,
 * i.e. within 6 working hours of the call in the city (URBAN) and 7 in the suburbs (SUBURBAN).
 * Only working time counts, on the business calendar: a call at lunch, in the evening, at the
 * weekend or on a holiday starts counting at the next working period, and a make-up working day
 * (调休) counts like any working day. The due time is the earliest instant the hours are used up,
 * so it may be the end of a period (an urban call at 11:00 on a Monday is due at 18:00 that day,
 * not at 09:00 the next).
 */
export function arrivalDue(
  calledAt: Date,
  areaType: AreaType,
  calendar: BusinessCalendarConfig,
  settings: WorkOrderSettings,
): Date {
  assertInstant(calledAt, 'calledAt');
  if (!isOneOf(AREA_TYPES, areaType)) {
    throw new DomainError('INVALID_INPUT', msg('workOrders.areatypeAreaTypeUseUrban', { areaType: String(areaType) }), {
      areaType: msg('workOrders.chooseUrbanSuburbanSite'),
    });
  }
  assertWorkOrderSettings(settings);
  return addWorkingHours(calledAt, settings.arrivalHours[areaType], calendar);
}

/**
 * Minutes the technician arrived after `due`; 0 when on time, an arrival exactly at the due time
 * included. These are elapsed minutes, as the customer waited them: whether the arrival was late
 * is what counts for the score, and the minutes are there to show how late. Part-minutes round
 * up, so an arrival one second late shows as 1 minute late, never as on time.
 */
export function arrivalLateness(due: Date, arrivedAt: Date): number {
  assertInstant(due, 'due');
  assertInstant(arrivedAt, 'arrivedAt');
  const late = arrivedAt.getTime() - due.getTime();
  return late > 0 ? Math.ceil(late / MS_PER_MINUTE) : 0;
}

export function isArrivalOnTime(due: Date, arrivedAt: Date): boolean {
  return arrivalLateness(due, arrivedAt) === 0;
}
