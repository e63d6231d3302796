import { assertLocalDate, compareLocalDates, daysBetween, isLocalDate } from '../dates.js';
import { DomainError, type FieldErrors } from '../errors.js';
import { msg } from '../messages/index.js';

/** Days left on the agreement (合同): 0 on its last day, negative once it has ended. */
export function agreementDaysLeft(validTo: string, today: string): number {
  assertLocalDate(today, 'today');
  assertLocalDate(validTo, 'agreementValidTo');
  return daysBetween(today, validTo);
}

/** True from `days` days before the last day through the last day itself; false once ended. */
export function isAgreementExpiringWithin(validTo: string, today: string, days: number): boolean {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new DomainError('INVALID_INPUT', msg('repairCenters.warningPeriodMustWholeNumber', { days: String(days) }), {
      days: msg('repairCenters.enterWholeNumberDays0'),
    });
  }
  const left = agreementDaysLeft(validTo, today);
  return left >= 0 && left <= days;
}

/** True once the last day of the agreement has passed. */
export function isAgreementEnded(validTo: string, today: string): boolean {
  return agreementDaysLeft(validTo, today) < 0;
}

/**
 * Field errors for an agreement's validity; an empty object means it can be saved. A one-day
 * agreement (from = to) is allowed, since both ends are inclusive.
 */
export function validateAgreementDates(validFrom: string, validTo: string): FieldErrors {
  const errors: FieldErrors = {};
  const dateMessage = msg('repairCenters.enterRealCalendarDateYyyy');
  const fromValid = isLocalDate(validFrom);
  const toValid = isLocalDate(validTo);
  if (!fromValid) errors.agreementValidFrom = dateMessage;
  if (!toValid) errors.agreementValidTo = dateMessage;
  if (fromValid && toValid && compareLocalDates(validTo, validFrom) < 0) {
    errors.agreementValidTo = msg('repairCenters.agreementEndBeforeStartsValidfrom', { validFrom });
  }
  return errors;
}

