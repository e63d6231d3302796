import { isIntegerBetween, recordOf } from '../complaints/input-checks.js';
import { type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { AREA_TYPES, type AreaType } from '../reference.js';
import { msg } from '../messages/index.js';

/** Head office's tuning of the work-order rules (DOMAIN: every number is a default). */
export interface WorkOrderSettings {
  /** Working hours from the call to the technician's arrival, by site (003 §14: 市区六小时, 郊区七小时). */
  arrivalHours: Record<AreaType, number>;
  /**
   * Calendar days after a completed repair within which a new call for the same fault on the same
   * unit makes it a repeat repair, not a first-time fix (003: 不允许对同一问题重复进行修复).
   */
  repeatRepairDays: number;
  /**
   * The labour rate of the paid-service fee schedule (收费标准表, 000 §5), in fen per hour. The
   * seeds give no figure; ¥80 an hour is a placeholder head office sets.
   */
  hourlyRate: number;
}

export const DEFAULT_WORK_ORDER_SETTINGS: WorkOrderSettings = {
  arrivalHours: { URBAN: 6, SUBURBAN: 7 },
  repeatRepairDays: 30,
  hourlyRate: 8_000,
};

/** ¥10,000 an hour: anything above is a typing mistake, not a fee schedule. */
export const MAX_HOURLY_RATE = 1_000_000;

/** Thirty working days of eight hours: a longer "arrival" promise is not an arrival rule. */
export const MAX_ARRIVAL_HOURS = 240;
export const MAX_REPEAT_REPAIR_DAYS = 365;


/** Field errors for edited settings; an empty object means they can be saved. */
export function validateWorkOrderSettings(s: WorkOrderSettings): FieldErrors {
  const errors: FieldErrors = {};
  const arrivalHours = recordOf(s?.arrivalHours);
  for (const areaType of AREA_TYPES) {
    const hours = arrivalHours[areaType];
    // Zero hours would make every call late the moment it is registered.
    if (!isIntegerBetween(hours, 1, MAX_ARRIVAL_HOURS)) {
      errors[`arrivalHours.${areaType}`] = msg('workOrders.enterWholeNumberWorkingHours', { maxArrivalHours: MAX_ARRIVAL_HOURS });
    }
  }
  if (!isIntegerBetween(s?.repeatRepairDays, 1, MAX_REPEAT_REPAIR_DAYS)) {
    errors.repeatRepairDays = msg('workOrders.enterWholeNumberDays1', { maxRepeatRepairDays: MAX_REPEAT_REPAIR_DAYS });
  }
  if (!isIntegerBetween(s?.hourlyRate, 0, MAX_HOURLY_RATE)) {
    errors.hourlyRate = msg('workOrders.enterHourlyRateWholeFen2', { maxHourlyRate: MAX_HOURLY_RATE });
  }
  return errors;
}

/** Throws INVALID_INPUT listing every bad setting; the rules call it before using the settings. */
export function assertWorkOrderSettings(s: WorkOrderSettings): void {
  throwIfFieldErrors(
    validateWorkOrderSettings(s),
    msg('workOrders.workOrderSettingsValidCorrect'),
  );
}
