import type { FieldErrors } from '../errors.js';
import { msg } from '../messages/index.js';

/** Head office's tuning of the repair-center rules (DOMAIN: every number is a default). */
export interface RepairCenterSettings {
  /** Each assessment item must reach this score, 0–100. */
  assessmentPassMark: number;
  /** Calendar days a center gets to rectify after a failed assessment (限期整改). */
  rectificationDays: number;
  /** How many days before an agreement ends the dashboard starts warning. */
  agreementExpiryWarningDays: number;
}

export const DEFAULT_REPAIR_CENTER_SETTINGS: RepairCenterSettings = {
  assessmentPassMark: 60,
  rectificationDays: 30,
  agreementExpiryWarningDays: 30,
};

export const MIN_SETTING_DAYS = 1;
export const MAX_SETTING_DAYS = 365;

function isIntegerBetween(value: unknown, min: number, max: number): boolean {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** Field errors for edited settings; an empty object means they can be saved. */
export function validateRepairCenterSettings(s: RepairCenterSettings): FieldErrors {
  const errors: FieldErrors = {};
  if (!isIntegerBetween(s?.assessmentPassMark, 0, 100)) {
    errors.assessmentPassMark = msg('repairCenters.enterWholeNumberPoints0');
  }
  // Zero days would leave no time to rectify, and a warning on the last day comes too late to renew.
  const daysMessage = msg('repairCenters.enterWholeNumberDaysMinsettingdays', { minSettingDays: MIN_SETTING_DAYS, maxSettingDays: MAX_SETTING_DAYS });
  if (!isIntegerBetween(s?.rectificationDays, MIN_SETTING_DAYS, MAX_SETTING_DAYS)) errors.rectificationDays = daysMessage;
  if (!isIntegerBetween(s?.agreementExpiryWarningDays, MIN_SETTING_DAYS, MAX_SETTING_DAYS)) {
    errors.agreementExpiryWarningDays = daysMessage;
  }
  return errors;
}
