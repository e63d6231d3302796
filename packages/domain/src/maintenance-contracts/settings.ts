import { isIntegerBetween } from '../complaints/input-checks.js';
import { type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { msg } from '../messages/index.js';

/** Head office's tuning of the maintenance-contract rules (DOMAIN: every number is a default). */
export interface MaintenanceContractSettings {
  /**
   * Days before a contract's last day from which it is "expiring" and its expiry notice is due
   * (003 §15: 保养合同期满前一个月, a month taken as 30 days).
   */
  renewalNoticeDays: number;
}

export const DEFAULT_MAINTENANCE_CONTRACT_SETTINGS: MaintenanceContractSettings = {
  renewalNoticeDays: 30,
};

/** A notice more than a year ahead is a typing mistake, and one on the last day comes too late. */
export const MAX_RENEWAL_NOTICE_DAYS = 365;

/** Field errors for edited settings; an empty object means they can be saved. */
export function validateMaintenanceContractSettings(s: MaintenanceContractSettings): FieldErrors {
  const errors: FieldErrors = {};
  if (!isIntegerBetween(s?.renewalNoticeDays, 1, MAX_RENEWAL_NOTICE_DAYS)) {
    errors.renewalNoticeDays = msg('maintenanceContracts.enterWholeNumberDays1', { maxRenewalNoticeDays: MAX_RENEWAL_NOTICE_DAYS });
  }
  return errors;
}

/** Throws INVALID_INPUT listing every bad setting. */
export function assertMaintenanceContractSettings(s: MaintenanceContractSettings): void {
  throwIfFieldErrors(validateMaintenanceContractSettings(s), msg('maintenanceContracts.maintenanceContractSettingsValidCorrect'));
}
