import { compareLocalDates, isLocalDate } from '../dates.js';
import { DomainError, type FieldErrors } from '../errors.js';
import { hasText, isInstant, isIntegerBetween, isOneOf } from './input-checks.js';
import { type Message, type MessageValue, list, msg } from '../messages/index.js';

/** How a complaint reached the company; every call, letter and visit is recorded (000 §3). */
export const COMPLAINT_CHANNELS = ['PHONE', 'LETTER', 'VISIT', 'EMAIL', 'WEB', 'DEALER', 'REPAIR_CENTER'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** The product fields of a registered unit (出厂编号), as stored. */
export interface KnownUnitDetails {
  modelId: string | null;
  factoryDate: string | null;
  purchaseDate: string | null;
}

/**
 * A complaint as the agent registers it (顾客质量投诉登记表, 004 §4.2).
 *
 * The product is named by its serial number. When that serial is a unit head office already
 * knows, the caller passes the unit's stored details as `knownUnit`: its model and dates are the
 * complaint's, so the agent does not type them again, and the typed `modelId`, `factoryDate` and
 * `purchaseDate` are needed only where the unit record has no value (a unit sold without proof of
 * purchase has no purchase date, and the customer states one). A typed value that contradicts
 * the unit record is an error, since it usually means the serial was misheard. For an unknown
 * serial `knownUnit` is null and the three typed fields are required.
 */
export interface ComplaintRegistrationInput {
  customerName: string | null;
  customerPhone: string | null;
  /** The detailed address (详细地址), where an on-site visit would go. */
  customerAddress: string | null;
  serialNumber: string | null;
  knownUnit?: KnownUnitDetails | null;
  modelId?: string | null;
  /** 'YYYY-MM-DD'. */
  factoryDate?: string | null;
  /** 'YYYY-MM-DD', the invoice or voucher date as the customer gives it. */
  purchaseDate?: string | null;
  /** 产品主要故障. */
  mainFault: string | null;
  /** 客户要求: what the customer asks for (repair, exchange, refund, compensation…). */
  customerRequest: string | null;
  channel: ComplaintChannel | null;
  receivedAt: Date | null;
  regionId: string | null;
}

export interface ComplaintProductDetails {
  modelId: string | null;
  factoryDate: string | null;
  purchaseDate: string | null;
}

const PRODUCT_FIELDS = ['modelId', 'factoryDate', 'purchaseDate'] as const;

/** The model and dates the complaint records: the known unit's where it has them, else the typed ones. */
export function complaintProductDetails(input: ComplaintRegistrationInput): ComplaintProductDetails {
  const unit = input.knownUnit ?? null;
  const pick = (field: (typeof PRODUCT_FIELDS)[number]): string | null => {
    const stored = unit?.[field];
    if (hasText(stored)) return stored.trim();
    const typed = input[field];
    return hasText(typed) ? typed.trim() : null;
  };
  return { modelId: pick('modelId'), factoryDate: pick('factoryDate'), purchaseDate: pick('purchaseDate') };
}

const REQUIRED_TEXT: readonly [keyof ComplaintRegistrationInput, Message][] = [
  ['customerName', msg('complaints.enterCustomerSName')],
  ['customerPhone', msg('complaints.enterCustomerSPhoneNumber')],
  ['customerAddress', msg('complaints.enterCustomerSDetailedAddress')],
  ['serialNumber', msg('complaints.enterSerialNumberNameplate')],
  ['mainFault', msg('complaints.describeMainFault')],
  ['customerRequest', msg('complaints.enterWhatCustomerAsks')],
  ['regionId', msg('complaints.chooseCustomerSRegion')],
];

const PRODUCT_LABELS: Record<(typeof PRODUCT_FIELDS)[number], MessageValue> = {
  modelId: msg('complaints.modelWord'),
  factoryDate: msg('complaints.factoryDate'),
  purchaseDate: msg('complaints.purchaseDate'),
};

const PRODUCT_MESSAGES: Record<(typeof PRODUCT_FIELDS)[number], Message> = {
  modelId: msg('complaints.chooseProductModel'),
  factoryDate: msg('complaints.enterFactoryDateYyyyMm'),
  purchaseDate: msg('complaints.enterPurchaseDateInvoiceVoucher'),
};

function validateProduct(input: ComplaintRegistrationInput, errors: FieldErrors): void {
  const unit = input.knownUnit ?? null;
  for (const field of PRODUCT_FIELDS) {
    const stored = unit?.[field];
    const typed = input[field];
    const isDate = field !== 'modelId';
    if (hasText(typed) && isDate && !isLocalDate(typed.trim())) {
      errors[field] = msg('complaints.enterRealCalendarDateYyyy');
    } else if (hasText(stored) && hasText(typed) && stored.trim() !== typed.trim()) {
      const recorded = isDate ? stored.trim() : msg('complaints.differentModel');
      errors[field] =
        msg('complaints.unitSerialNumberRecordedRecorded', { recorded });
    } else if (!hasText(stored) && !hasText(typed)) {
      errors[field] = !unit
        ? PRODUCT_MESSAGES[field]
        : field === 'purchaseDate'
          ? // No purchase date on record is no proof of purchase (DOMAIN §2): the customer's stated date decides 三包.
            msg('complaints.statedPurchaseDateWanted')
          : msg('complaints.registeredUnitProductlabelsProductmessages', { productLabels: PRODUCT_LABELS[field], productMessages: PRODUCT_MESSAGES[field] });
    }
  }
  const { factoryDate, purchaseDate } = complaintProductDetails(input);
  if (
    !errors.factoryDate &&
    !errors.purchaseDate &&
    factoryDate != null &&
    purchaseDate != null &&
    isLocalDate(factoryDate) &&
    isLocalDate(purchaseDate) &&
    compareLocalDates(purchaseDate, factoryDate) < 0
  ) {
    errors.purchaseDate = msg('complaints.unitBoughtBeforeLeftFactory', { factoryDate });
  }
}

/**
 * Field errors for a new complaint (DOMAIN §3.1): one for every missing or invalid field at
 * once, so the agent on the phone can ask for all of them together. Empty means it can be saved.
 */
export function validateComplaintRegistration(input: ComplaintRegistrationInput): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, message] of REQUIRED_TEXT) {
    if (!hasText(input[field])) errors[field] = message;
  }
  validateProduct(input, errors);
  if (!isOneOf(COMPLAINT_CHANNELS, input.channel)) {
    errors.channel = msg('complaints.chooseHowComplaintCameComplaintchannels', { complaintChannels: list(COMPLAINT_CHANNELS) });
  }
  if (!isInstant(input.receivedAt)) errors.receivedAt = msg('complaints.enterWhenComplaintReceived');
  return errors;
}

export const COMPLAINT_CODE_PREFIX = 'TS';
export const MAX_COMPLAINT_SEQUENCE = 999_999;
const COMPLAINT_CODE_PATTERN = /^TS-(\d{4})-(\d{6})$/;

/**
 * The human-readable code of a complaint (投诉): `TS-2026-000123`. `year` is the year of receipt
 * in the business calendar's zone and `sequence` counts from 1 within that year. Six digits are
 * never widened: a seventh would break sorting and every code printed so far, so overflow is
 * refused.
 */
export function formatComplaintCode(year: number, sequence: number): string {
  if (!isIntegerBetween(year, 1, 9999)) {
    throw new DomainError('INVALID_INPUT', msg('complaints.yearMustWholeNumber1', { year: String(year) }), {
      year: msg('complaints.enterFourDigitYear'),
    });
  }
  if (!isIntegerBetween(sequence, 1, MAX_COMPLAINT_SEQUENCE)) {
    throw new DomainError(
      'INVALID_INPUT',
      msg('complaints.complaintNumberSequenceDoesFit', { sequence: String(sequence), maxComplaintSequence: MAX_COMPLAINT_SEQUENCE }),
      { sequence: msg('complaints.enterWholeNumber1Maxcomplaintsequence', { maxComplaintSequence: MAX_COMPLAINT_SEQUENCE }) },
      { year, sequence },
    );
  }
  return `${COMPLAINT_CODE_PREFIX}-${String(year).padStart(4, '0')}-${String(sequence).padStart(6, '0')}`;
}

/** The year and sequence of a complaint code, or null when `code` is not one. */
export function parseComplaintCode(code: string): { year: number; sequence: number } | null {
  const match = typeof code === 'string' ? COMPLAINT_CODE_PATTERN.exec(code.trim().toUpperCase()) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const sequence = Number(match[2]);
  return year >= 1 && sequence >= 1 ? { year, sequence } : null;
}
