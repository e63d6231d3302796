import { compareLocalDates, daysInMonth, isLocalDate } from '../dates.js';
import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { defineLifecycle, type Refusal } from '../lifecycle/command-table.js';
import { hasText, isNonNegativeInteger, isOneOf } from './input-checks.js';
import { centerLocation } from './stock-locations.js';
import type { PartUsage } from './usage.js';
import { list, msg } from '../messages/index.js';

/*
 * A quarter is a 'YYYY-Qn' string ("2026-Q4"), the write-off period of 004 §6.3 (每季度 … 核销),
 * for the same reason months are strings: it names calendar days, not a span of instants.
 */
const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

function quarterParts(quarter: string): { year: number; quarter: number } | null {
  const match = typeof quarter === 'string' ? QUARTER_PATTERN.exec(quarter) : null;
  if (!match) return null;
  const year = Number(match[1]);
  return year >= 1 ? { year, quarter: Number(match[2]) } : null;
}

/** True only for 'YYYY-Qn' with n 1–4 in years 0001–9999. */
export function isQuarter(s: string): boolean {
  return quarterParts(s) !== null;
}

/** First and last calendar day of a quarter, both inclusive: 2026-Q4 → 2026-10-01..2026-12-31. */
export function quarterRange(quarter: string): { first: string; last: string } {
  const parts = quarterParts(quarter);
  if (!parts) {
    throw new DomainError(
      'INVALID_INPUT',
      msg('parts.quarterQuarterEnterYyyyQn', { quarter: String(quarter) }),
      { quarter: msg('parts.enterQuarterYyyyQn2026') },
      { quarter },
    );
  }
  const year = String(parts.year).padStart(4, '0');
  const firstMonth = (parts.quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const pad = (value: number) => String(value).padStart(2, '0');
  return { first: `${year}-${pad(firstMonth)}-01`, last: `${year}-${pad(lastMonth)}-${pad(daysInMonth(parts.year, lastMonth))}` };
}

/** The quarter a calendar date falls in: 2026-11-30 → 2026-Q4. */
export function quarterOf(date: string): string {
  if (typeof date !== 'string' || !isLocalDate(date)) {
    throw new DomainError(
      'INVALID_INPUT',
      msg('parts.dateDateEnterRealCalendar', { date: String(date) }),
      { date: msg('parts.enterRealCalendarDateYyyy') },
      { date },
    );
  }
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** A write-off is OPEN while it is reconciled, CLOSED once archived (核销凭证存档, 004 §6.3). */
export const WRITE_OFF_STATUSES = ['OPEN', 'CLOSED'] as const;
export type WriteOffStatus = (typeof WRITE_OFF_STATUSES)[number];

/** What the write-off's guards read: its differences as now counted (null where the command does not need them). */
export interface WriteOffCommandContext {
  summary: Pick<WriteOffSummary, 'quarter' | 'canClose' | 'blockingPartIds'> | null;
}

function unexplainedDifferences({ summary }: WriteOffCommandContext): Refusal | null {
  if (summary === null) return { code: 'CONFLICT', message: msg('parts.writeOffSDifferencesBeen') };
  if (summary.canClose) return null;
  return {
    code: 'CONFLICT',
    message: msg('parts.writeOffQuarterCloseExplain', { quarter: summary.quarter, blockingPartIds: list(summary.blockingPartIds) }),
  };
}

/**
 * The write-off's commands (004 §6.3): while OPEN, CS records the counts and the old parts
 * returned, and closes it once every difference is zero or explained. CLOSED is final: the voucher
 * is archived, and a later finding goes into the next quarter's write-off.
 */
export const WRITE_OFF_LIFECYCLE = defineLifecycle<WriteOffStatus, 'recordCounts' | 'returnOldParts' | 'close', WriteOffCommandContext>(
  'write-off',
  WRITE_OFF_STATUSES,
  {
    recordCounts: { from: ['OPEN'], permission: 'parts.writeOff' },
    returnOldParts: { from: ['OPEN'], permission: 'parts.writeOff' },
    close: { from: ['OPEN'], to: 'CLOSED', permission: 'parts.writeOff', raises: 'write_off.closed', guard: unexplainedDifferences },
  },
);

export function assertWriteOffTransition(from: WriteOffStatus, to: WriteOffStatus): void {
  if (!isOneOf(WRITE_OFF_STATUSES, from)) {
    throw new DomainError('INVALID_INPUT', msg('parts.writeOffStatus', { from: String(from) }), undefined, { from });
  }
  const allowed = [...WRITE_OFF_LIFECYCLE.transitions[from]];
  if (!allowed.includes(to)) {
    const listed = allowed.length > 0 ? allowed.join(', ') : msg('parts.noneClosedWriteOffFinal');
    throw new DomainError(
      'INVALID_TRANSITION',
      msg('parts.writeOffGoAllowedNext', { from, to: String(to), listed }),
      undefined,
      { from, to, allowed },
    );
  }
}

/** Guard for every change to a write-off and its counts: a closed one is immutable (CONFLICT). */
export function assertWriteOffOpen(writeOff: { status: WriteOffStatus }): void {
  if (writeOff?.status !== 'OPEN') {
    throw new DomainError(
      'CONFLICT',
      msg('parts.writeOffClosedVoucherArchived'),
      undefined,
      { status: writeOff?.status },
    );
  }
}

/** One part's counts at the center for the quarter. */
export interface WriteOffPartCount {
  partId: string;
  /** Pieces that came in during the quarter: receipts of requisitions, local purchases, transfers in. */
  received: number;
  /** Counted on hand (盘点) on the quarter's first and last day. */
  onHandAtStart: number;
  onHandAtEnd: number;
  /** Pieces that left other than by use: scrapped with their appraisal, or transferred away. */
  scrapped?: number;
  transferredOut?: number;
  /** Old parts the center handed back in the quarter for recovery (收回旧件). */
  oldPartsReturned: number;
  /** Why a difference is what it is, e.g. an old part kept by the customer; it lets the write-off close. */
  explanation?: string | null;
}

export interface WriteOffInput {
  centerId: string;
  quarter: string;
  parts: readonly WriteOffPartCount[];
  /** The center's usage records dated in the quarter. */
  usages: readonly PartUsage[];
}

export interface WriteOffLine {
  partId: string;
  received: number;
  /** From the usage records: only a recorded replacement counts as used (004 §6.3: 根据记录情况进行核销). */
  used: number;
  scrapped: number;
  transferredOut: number;
  onHandChange: number;
  oldPartsReturned: number;
  /**
   * received − used − scrapped − transferred out − on-hand change: above 0, pieces unaccounted for;
   * below 0, pieces with no receipt.
   */
  stockDifference: number;
  /** used − old parts returned: above 0, old parts not recovered; below, old parts with no usage record. */
  oldPartDifference: number;
  explanation: string | null;
  /** A difference nobody has explained yet. */
  blocking: boolean;
}

export interface WriteOffSummary {
  centerId: string;
  quarter: string;
  first: string;
  last: string;
  lines: WriteOffLine[];
  /** No blocking line: every difference is zero or explained. */
  canClose: boolean;
  blockingPartIds: string[];
}

const COUNT_FIELDS = ['received', 'onHandAtStart', 'onHandAtEnd', 'oldPartsReturned'] as const;

function validateWriteOffInput(input: WriteOffInput, first: string, last: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!Array.isArray(input.parts)) errors.parts = msg('parts.giveCountsEachPartList');
  if (!Array.isArray(input.usages)) errors.usages = msg('parts.giveUsageRecordsQuarterList');
  const seen = new Map<string, number>();
  (Array.isArray(input.parts) ? input.parts : []).forEach((part, index) => {
    const prefix = `parts.${index}`;
    if (!hasText(part?.partId)) errors[`${prefix}.partId`] = msg('parts.choosePart');
    else if (seen.has(part.partId)) errors[`${prefix}.partId`] = msg('parts.partAlreadyCountedRowGet', { get: (seen.get(part.partId) ?? 0) + 1 });
    else seen.set(part.partId, index);
    for (const field of COUNT_FIELDS) {
      if (!isNonNegativeInteger(part?.[field])) errors[`${prefix}.${field}`] = msg('parts.enterWholeNumberPieces0');
    }
    for (const field of ['scrapped', 'transferredOut'] as const) {
      if (part?.[field] != null && !isNonNegativeInteger(part[field])) {
        errors[`${prefix}.${field}`] = msg('parts.enterWholeNumberPieces0');
      }
    }
  });
  const location = centerLocation(input.centerId);
  (Array.isArray(input.usages) ? input.usages : []).forEach((usage, index) => {
    const prefix = `usages.${index}`;
    if (usage?.location !== location) errors[`${prefix}.location`] = msg('parts.usageLocationSLeaveOut', { location });
    if (typeof usage?.usedOn !== 'string' || !isLocalDate(usage.usedOn)) errors[`${prefix}.usedOn`] = msg('parts.usageValidDate');
    else if (compareLocalDates(usage.usedOn, first) < 0 || compareLocalDates(usage.usedOn, last) > 0) {
      errors[`${prefix}.usedOn`] = msg('parts.usageDatedUsedonOutsideQuarter', { usedOn: usage.usedOn, quarter: input.quarter });
    }
    if (!hasText(usage?.partId)) errors[`${prefix}.partId`] = msg('parts.usageNamesPart');
    if (!hasText(usage?.workOrderId) || !hasText(usage?.serialNumber)) {
      errors[`${prefix}.workOrderId`] = msg('parts.usageWithoutWorkOrderSerial');
    }
    if (!Number.isSafeInteger(usage?.quantity) || usage.quantity < 1) errors[`${prefix}.quantity`] = msg('parts.usageValidQuantity');
  });
  return errors;
}

/**
 * The quarterly write-off of one center (核销, 004 §6.3, DOMAIN §6): per part, parts received,
 * parts used by the usage records, and old parts returned, with the two differences flagged.
 * Readings: on-hand counts are physical counts, so the ledger is checked against the shelf; a part
 * used but not listed in `parts` gets a line with nothing received or on hand, so its use is still
 * reconciled; and a difference does not stop the write-off for good — once someone explains it,
 * the write-off can close, since an old part the customer kept will never come back.
 */
export function computeWriteOff(input: WriteOffInput): WriteOffSummary {
  if (!hasText(input?.centerId)) {
    throw new DomainError('INVALID_INPUT', msg('parts.chooseRepairCenterWriteOff'), { centerId: msg('parts.chooseRepairCenter') });
  }
  const { first, last } = quarterRange(input.quarter);
  throwIfFieldErrors(validateWriteOffInput(input, first, last), msg('parts.writeOffCountsValidCorrect'));

  const usedByPart = new Map<string, number>();
  for (const usage of input.usages) usedByPart.set(usage.partId, (usedByPart.get(usage.partId) ?? 0) + usage.quantity);
  const counts: WriteOffPartCount[] = [...input.parts];
  for (const partId of usedByPart.keys()) {
    if (!counts.some((part) => part.partId === partId)) {
      counts.push({ partId, received: 0, onHandAtStart: 0, onHandAtEnd: 0, oldPartsReturned: 0 });
    }
  }

  const lines = counts.map((part): WriteOffLine => {
    const used = usedByPart.get(part.partId) ?? 0;
    const scrapped = part.scrapped ?? 0;
    const transferredOut = part.transferredOut ?? 0;
    const onHandChange = part.onHandAtEnd - part.onHandAtStart;
    const stockDifference = part.received - used - scrapped - transferredOut - onHandChange;
    const oldPartDifference = used - part.oldPartsReturned;
    const explanation = hasText(part.explanation) ? part.explanation.trim() : null;
    const blocking = (stockDifference !== 0 || oldPartDifference !== 0) && explanation == null;
    return {
      partId: part.partId,
      received: part.received,
      used,
      scrapped,
      transferredOut,
      onHandChange,
      oldPartsReturned: part.oldPartsReturned,
      stockDifference,
      oldPartDifference,
      explanation,
      blocking,
    };
  });
  const blockingPartIds = lines.filter((line) => line.blocking).map((line) => line.partId);
  return { centerId: input.centerId, quarter: input.quarter, first, last, lines, canClose: blockingPartIds.length === 0, blockingPartIds };
}

/**
 * Old parts the closing of a write-off settles for a line (OLD_PART_WRITTEN_OFF): an explained
 * positive old-part difference — old parts used and not recovered, e.g. kept by the customer — up
 * to what the center still holds (some may already have gone back under another quarter's
 * write-off). A negative difference is old parts returned with no usage record: nothing is held
 * for it, so it settles nothing; an unexplained one blocks the closing instead.
 */
export function oldPartsToWriteOff(line: Pick<WriteOffLine, 'oldPartDifference' | 'explanation'>, oldPartsHeld: number): number {
  if (!isNonNegativeInteger(oldPartsHeld)) {
    throw new DomainError('INVALID_INPUT', msg('parts.numberOldPartsHeldMust'), {
      oldPartsHeld: msg('parts.enterWholeNumber0More'),
    });
  }
  if (!hasText(line?.explanation) || !Number.isSafeInteger(line.oldPartDifference) || line.oldPartDifference <= 0) return 0;
  return Math.min(line.oldPartDifference, oldPartsHeld);
}

/**
 * Guard for OPEN → CLOSED: INVALID_TRANSITION when already closed, CONFLICT naming the parts whose
 * differences still need an explanation.
 */
export function assertCanCloseWriteOff(writeOff: { status: WriteOffStatus }, summary: WriteOffSummary): void {
  assertWriteOffTransition(writeOff?.status, 'CLOSED');
  const refusal = unexplainedDifferences({ summary });
  if (refusal) throw new DomainError(refusal.code, refusal.message, undefined, { blockingPartIds: [...summary.blockingPartIds] });
}
