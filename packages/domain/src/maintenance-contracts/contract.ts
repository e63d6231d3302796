import { hasText, isNonNegativeFen } from '../complaints/input-checks.js';
import { compareLocalDates, daysBetween, isLocalDate } from '../dates.js';
import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { normalizeSerialNumber } from '../work-orders/repeat-repair.js';
import { type Message, msg } from '../messages/index.js';

/*
 * 保养合同 (000 §5, 003 §1, DOMAIN §2): a customer's maintenance contract covers the units it
 * lists by serial number (出厂编号) from one date to another, both inclusive. A repair call for a
 * covered unit out of warranty is served under the contract (CONTRACT), not paid.
 */

export const MAX_CONTRACT_NUMBER_LENGTH = 50;
export const MAX_CONTRACT_SERIALS = 200;
export const MAX_CONTRACT_SERIAL_LENGTH = 64;
export const MAX_CUSTOMER_NAME_LENGTH = 100;
export const MAX_CUSTOMER_PHONE_LENGTH = 50;
export const MAX_CUSTOMER_ADDRESS_LENGTH = 300;

/** UPCOMING: starts later; ACTIVE: valid today; EXPIRED: its last day has passed. */
export const CONTRACT_STATUSES = ['UPCOMING', 'ACTIVE', 'EXPIRED'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** The contract's validity, both ends inclusive, as 'YYYY-MM-DD'. */
export interface ContractPeriod {
  validFrom: string;
  validTo: string;
}

/** A contract as typed on the form; any field may be missing or of the wrong type. */
export interface MaintenanceContractDraft {
  contractNumber: unknown;
  customerName: unknown;
  customerPhone: unknown;
  customerAddress: unknown;
  serialNumbers: unknown;
  validFrom: unknown;
  validTo: unknown;
  /** 年费 in fen; null when the contract states none. */
  annualFee?: unknown;
}

/** One covered unit: the serial as typed, and the key calls are matched on. */
export interface CoveredSerial {
  serialNumber: string;
  serialKey: string;
}

/** A contract ready to store: texts trimmed, serials trimmed and keyed, in the order given. */
export interface MaintenanceContractValues extends ContractPeriod {
  contractNumber: string;
  customerName: string;
  customerPhone: string;
  customerAddress: string;
  serials: CoveredSerial[];
  annualFee: number | null;
}

function requiredText(value: unknown, max: number, missing: Message, errors: FieldErrors, field: string): void {
  if (!hasText(value)) errors[field] = missing;
  else if (value.trim().length > max) errors[field] = msg('maintenanceContracts.useMostMaxCharacters', { max });
}

function serialErrors(serialNumbers: unknown, errors: FieldErrors): void {
  if (!Array.isArray(serialNumbers) || serialNumbers.length === 0) {
    errors.serialNumbers = msg('maintenanceContracts.listLeastOneSerialNumber');
    return;
  }
  if (serialNumbers.length > MAX_CONTRACT_SERIALS) {
    errors.serialNumbers = msg('maintenanceContracts.contractCoversMostMaxcontractserialsSerial', { maxContractSerials: MAX_CONTRACT_SERIALS });
    return;
  }
  const seen = new Map<string, number>();
  serialNumbers.forEach((serial, index) => {
    const field = `serialNumbers.${index}`;
    if (!hasText(serial)) {
      errors[field] = msg('maintenanceContracts.enterSerialNumberRemoveEmpty');
      return;
    }
    if (serial.trim().length > MAX_CONTRACT_SERIAL_LENGTH) {
      errors[field] = msg('maintenanceContracts.serialNumberMostMaxcontractseriallengthCharacter', { maxContractSerialLength: MAX_CONTRACT_SERIAL_LENGTH });
      return;
    }
    // "AB 1234" and "ab1234" are the same unit, as for work orders.
    const key = normalizeSerialNumber(serial);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else errors[field] = msg('maintenanceContracts.serialListedTwiceLineFirst', { serial: serial.trim(), first: first + 1 });
  });
}

/** Field errors for a contract as typed; an empty object means it can be saved. */
export function validateMaintenanceContract(draft: MaintenanceContractDraft): FieldErrors {
  const errors: FieldErrors = {};
  requiredText(draft?.contractNumber, MAX_CONTRACT_NUMBER_LENGTH, msg('maintenanceContracts.enterContractNumberPrintedContract'), errors, 'contractNumber');
  requiredText(draft?.customerName, MAX_CUSTOMER_NAME_LENGTH, msg('maintenanceContracts.enterCustomerSName'), errors, 'customerName');
  requiredText(draft?.customerPhone, MAX_CUSTOMER_PHONE_LENGTH, msg('maintenanceContracts.enterCustomerSPhoneNumber'), errors, 'customerPhone');
  // The expiry notice is mailed to the customer (003 §15), so the address is required.
  requiredText(draft?.customerAddress, MAX_CUSTOMER_ADDRESS_LENGTH, msg('maintenanceContracts.enterCustomerSAddressExpiry'), errors, 'customerAddress');
  serialErrors(draft?.serialNumbers, errors);
  const dateMessage = msg('maintenanceContracts.enterRealCalendarDateYyyy');
  const fromValid = typeof draft?.validFrom === 'string' && isLocalDate(draft.validFrom);
  const toValid = typeof draft?.validTo === 'string' && isLocalDate(draft.validTo);
  if (!fromValid) errors.validFrom = dateMessage;
  if (!toValid) errors.validTo = dateMessage;
  if (fromValid && toValid && compareLocalDates(draft.validTo as string, draft.validFrom as string) < 0) {
    errors.validTo = msg('maintenanceContracts.contractEndBeforeStartsValidfrom', { validFrom: draft.validFrom as string });
  }
  if (draft?.annualFee != null && !isNonNegativeFen(draft.annualFee)) {
    errors.annualFee = msg('maintenanceContracts.enterAnnualFeeYuanMost');
  }
  return errors;
}

/** Throws INVALID_INPUT listing every bad field; answers the values to store. */
export function assertMaintenanceContract(draft: MaintenanceContractDraft): MaintenanceContractValues {
  throwIfFieldErrors(validateMaintenanceContract(draft), msg('maintenanceContracts.maintenanceContractSavedYetCorrect'));
  const text = (value: unknown) => (value as string).trim();
  return {
    contractNumber: text(draft.contractNumber),
    customerName: text(draft.customerName),
    customerPhone: text(draft.customerPhone),
    customerAddress: text(draft.customerAddress),
    serials: (draft.serialNumbers as string[]).map((serial) => ({ serialNumber: serial.trim(), serialKey: normalizeSerialNumber(serial) })),
    validFrom: draft.validFrom as string,
    validTo: draft.validTo as string,
    annualFee: (draft.annualFee as number | null | undefined) ?? null,
  };
}

/** True on every day from the first to the last day of the contract. */
export function isContractValidOn(contract: ContractPeriod, date: string): boolean {
  return compareLocalDates(contract.validFrom, date) <= 0 && compareLocalDates(date, contract.validTo) <= 0;
}

export function contractStatusOn(contract: ContractPeriod, today: string): ContractStatus {
  if (compareLocalDates(today, contract.validFrom) < 0) return 'UPCOMING';
  return compareLocalDates(today, contract.validTo) <= 0 ? 'ACTIVE' : 'EXPIRED';
}

/** Days left on the contract: 0 on its last day, negative once it has ended. */
export function contractDaysLeft(contract: Pick<ContractPeriod, 'validTo'>, today: string): number {
  return daysBetween(today, contract.validTo);
}

/** The contract as the coverage rule reads it. */
export interface CoveringContract extends ContractPeriod {
  serials: Pick<CoveredSerial, 'serialKey'>[];
}

/**
 * The contract that covers `serialNumber` on `date` (the call date), or null. Serials match
 * whatever their spacing or case. Contracts never overlap on a unit (see
 * `overlappingCover`), so at most one matches; should stored data disagree, the one that started
 * last wins, as the newer agreement with the customer.
 */
export function coveringContract<T extends CoveringContract>(contracts: readonly T[], serialNumber: string, date: string): T | null {
  const key = normalizeSerialNumber(serialNumber);
  const matching = contracts.filter((contract) => isContractValidOn(contract, date) && contract.serials.some((serial) => serial.serialKey === key));
  matching.sort((a, b) => compareLocalDates(b.validFrom, a.validFrom));
  return matching[0] ?? null;
}

/** Another contract as the overlap rule reads it. */
export interface OtherContract extends ContractPeriod {
  contractNumber: string;
  serials: CoveredSerial[];
}

function periodsOverlap(a: ContractPeriod, b: ContractPeriod): boolean {
  return compareLocalDates(a.validFrom, b.validTo) <= 0 && compareLocalDates(b.validFrom, a.validTo) <= 0;
}

/**
 * A unit is under one contract at a time, so a call always knows which contract serves it: a
 * renewal starts after the contract it renews has ended. Throws CONFLICT naming, on each line of
 * the candidate's serials, the other contract that already covers that unit in an overlapping
 * period.
 */
export function assertNoOverlappingCover(candidate: ContractPeriod & { serials: CoveredSerial[] }, others: readonly OtherContract[]): void {
  const errors: FieldErrors = {};
  candidate.serials.forEach((serial, index) => {
    const other = others.find((contract) => periodsOverlap(candidate, contract) && contract.serials.some((covered) => covered.serialKey === serial.serialKey));
    if (other) {
      errors[`serialNumbers.${index}`] =
        msg('maintenanceContracts.serialnumberAlreadyCoveredContractContractnumber', { serialNumber: serial.serialNumber, contractNumber: other.contractNumber, validFrom: other.validFrom, validTo: other.validTo });
    }
  });
  if (Object.keys(errors).length > 0) {
    throw new DomainError('CONFLICT', msg('maintenanceContracts.someUnitsAlreadyUnderAnother'), errors);
  }
}
