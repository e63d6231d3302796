import { hasText, isOneOf } from '../complaints/input-checks.js';
import { addDays, compareLocalDates, isLocalDate } from '../dates.js';
import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { defineLifecycle } from '../lifecycle/command-table.js';
import { contractDaysLeft, type ContractPeriod, type CoveredSerial } from './contract.js';
import { msg } from '../messages/index.js';
import type { PartnerEventType } from '../partner-events/partner-events.js';

/*
 * 保养到期通知书 (003 §15): a month before a maintenance contract ends, the service center or
 * branch fills in the expiry notice, mails it to the customer and sends someone to win the
 * renewal. The notice is recorded once (when, how, who); the renewal's outcome once: RENEWED with
 * the new contract, or DECLINED with the customer's reason.
 */

/** 寄送 by letter, 派员 on a visit, or by phone. */
export const RENEWAL_NOTICE_METHODS = ['LETTER', 'VISIT', 'PHONE'] as const;
export type RenewalNoticeMethod = (typeof RENEWAL_NOTICE_METHODS)[number];

export const RENEWAL_OUTCOMES = ['RENEWED', 'DECLINED'] as const;
export type RenewalOutcome = (typeof RENEWAL_OUTCOMES)[number];

/** Where the contract stands on its renewal: nothing yet, notified, or decided. */
export const RENEWAL_STATES = ['NONE', 'NOTICE_SENT', 'RENEWED', 'DECLINED'] as const;
export type RenewalState = (typeof RENEWAL_STATES)[number];

export const MAX_RENEWAL_SENT_BY_LENGTH = 100;
export const MAX_RENEWAL_NOTE_LENGTH = 500;

/** The part of a contract the renewal rules read. */
export interface RenewalRecord extends ContractPeriod {
  renewalNoticeSentOn: string | null;
  renewalNoticeMethod?: RenewalNoticeMethod | null;
  renewalOutcome: RenewalOutcome | null;
}

export function renewalStateOf(contract: Pick<RenewalRecord, 'renewalNoticeSentOn' | 'renewalOutcome'>): RenewalState {
  if (contract.renewalOutcome) return contract.renewalOutcome;
  return contract.renewalNoticeSentOn ? 'NOTICE_SENT' : 'NONE';
}

/**
 * A maintenance contract's commands, over its renewal state (its UPCOMING/ACTIVE/EXPIRED status
 * follows from its dates, not from commands): head office edits it at any time, records the one
 * expiry notice while nothing is recorded yet, and records the one renewal outcome (renewed by
 * another contract, or declined) before or after the notice. RENEWED and DECLINED are final.
 */
export const CONTRACT_LIFECYCLE = defineLifecycle<RenewalState, 'edit' | 'recordRenewalNotice' | 'recordRenewed' | 'recordDeclined', void>(
  'maintenance contract',
  RENEWAL_STATES,
  {
    edit: { from: RENEWAL_STATES, permission: 'contracts.manage' },
    recordRenewalNotice: { from: ['NONE'], to: 'NOTICE_SENT', permission: 'contracts.manage' },
    recordRenewed: { from: ['NONE', 'NOTICE_SENT'], to: 'RENEWED', permission: 'contracts.manage' },
    recordDeclined: { from: ['NONE', 'NOTICE_SENT'], to: 'DECLINED', permission: 'contracts.manage' },
  },
);
export type ContractCommand = keyof typeof CONTRACT_LIFECYCLE.commands;

/** The day the expiry notice is due: `noticeDays` before the contract's last day. */
export function renewalNoticeDueOn(contract: Pick<ContractPeriod, 'validTo'>, noticeDays: number): string {
  return addDays(contract.validTo, -noticeDays);
}

/**
 * 即将到期: the contract ends within `noticeDays` (its last day included, not once ended) and
 * nobody has acted yet: no notice recorded, and no renewal decided (a customer may renew before
 * any notice). Such contracts are the ones someone must notify now.
 */
export function isContractExpiring(contract: RenewalRecord, today: string, noticeDays: number): boolean {
  if (!Number.isSafeInteger(noticeDays) || noticeDays < 0) {
    throw new DomainError('INVALID_INPUT', msg('maintenanceContracts.noticePeriodMustWholeNumber', { noticeDays: String(noticeDays) }), {
      noticeDays: msg('maintenanceContracts.enterWholeNumberDays0'),
    });
  }
  const left = contractDaysLeft(contract, today);
  return left >= 0 && left <= noticeDays && renewalStateOf(contract) === 'NONE';
}

/**
 * The event raised when a contract enters the warning window: the expiry job raises it once per
 * contract and last day (a contract whose end date moves may warn again for the new day), the
 * first time `isContractExpiring` holds. It is the clock's, not a command's.
 */
export const CONTRACT_EXPIRING_EVENT = 'maintenance_contract.expiring' as const satisfies PartnerEventType;

/** A renewal notice as typed. */
export interface RenewalNoticeDraft {
  sentOn: unknown;
  method: unknown;
  sentBy: unknown;
  note?: unknown;
}

export interface RenewalNoticeValues {
  sentOn: string;
  method: RenewalNoticeMethod;
  sentBy: string;
  note: string | null;
}

function optionalNote(note: unknown, errors: FieldErrors): void {
  if (note != null && typeof note !== 'string') errors.note = msg('maintenanceContracts.enterNoteText');
  else if (typeof note === 'string' && note.trim().length > MAX_RENEWAL_NOTE_LENGTH) {
    errors.note = msg('maintenanceContracts.noteMostMaxrenewalnotelengthCharacters', { maxRenewalNoteLength: MAX_RENEWAL_NOTE_LENGTH });
  }
}

const trimmedNote = (note: unknown) => (typeof note === 'string' && note.trim() ? note.trim() : null);

/**
 * 记录到期通知: once per contract (CONFLICT after it was recorded, or once the renewal is decided);
 * sent on a real date, not in the future and not before the contract started; by letter, visit
 * or phone; and who sent it or went (派员). Answers the values to store, trimmed.
 */
export function assertCanRecordRenewalNotice(contract: RenewalRecord, notice: RenewalNoticeDraft, today: string): RenewalNoticeValues {
  if (contract.renewalNoticeSentOn) {
    throw new DomainError('CONFLICT', msg('maintenanceContracts.expiryNoticeAlreadyRecordedSent', { renewalNoticeSentOn: contract.renewalNoticeSentOn }), undefined, {
      sentOn: contract.renewalNoticeSentOn,
    });
  }
  if (contract.renewalOutcome) {
    throw new DomainError('CONFLICT', msg('maintenanceContracts.renewalAlreadyDecidedRenewaloutcomeExpiry', { renewalOutcome: contract.renewalOutcome }), undefined, {
      outcome: contract.renewalOutcome,
    });
  }
  const errors: FieldErrors = {};
  const { sentOn, method, sentBy } = notice ?? ({} as RenewalNoticeDraft);
  if (typeof sentOn !== 'string' || !isLocalDate(sentOn)) errors.sentOn = msg('maintenanceContracts.enterDateNoticeSentYyyy');
  else if (compareLocalDates(sentOn, today) > 0) errors.sentOn = msg('maintenanceContracts.dateFutureEnterDayNotice');
  else if (compareLocalDates(sentOn, contract.validFrom) < 0) {
    errors.sentOn = msg('maintenanceContracts.noticeSentBeforeContractStarted', { validFrom: contract.validFrom });
  }
  if (!isOneOf(RENEWAL_NOTICE_METHODS, method)) errors.method = msg('maintenanceContracts.chooseHowNoticeWentOut');
  if (!hasText(sentBy)) errors.sentBy = msg('maintenanceContracts.enterWhoSentNoticeVisited');
  else if (sentBy.trim().length > MAX_RENEWAL_SENT_BY_LENGTH) errors.sentBy = msg('maintenanceContracts.useMostMaxrenewalsentbylengthCharacters', { maxRenewalSentByLength: MAX_RENEWAL_SENT_BY_LENGTH });
  optionalNote(notice?.note, errors);
  throwIfFieldErrors(errors, msg('maintenanceContracts.expiryNoticeRecordedYetCorrect'));
  return { sentOn: sentOn as string, method: method as RenewalNoticeMethod, sentBy: (sentBy as string).trim(), note: trimmedNote(notice.note) };
}

/** The contract that renews this one, as the renewal rule reads it. */
export interface RenewingContract extends ContractPeriod {
  id: string;
  contractNumber: string;
  serials: Pick<CoveredSerial, 'serialKey'>[];
  /** The contract it already renews, if any. */
  renewsContractId: string | null;
}

export interface RenewalDecision {
  outcome: unknown;
  /** The new contract (RENEWED), loaded by the caller; null when none was named or found. */
  renewedBy?: RenewingContract | null;
  note?: unknown;
}

export interface RenewalValues {
  outcome: RenewalOutcome;
  renewedByContractId: string | null;
  note: string | null;
}

function renewingContractErrors(contract: RenewalRecord & { id: string; serials: Pick<CoveredSerial, 'serialKey'>[] }, renewedBy: RenewingContract | null | undefined, errors: FieldErrors): void {
  if (!renewedBy) {
    errors.renewedByContractId = msg('maintenanceContracts.chooseNewContractRenewsOne');
    return;
  }
  if (renewedBy.id === contract.id) {
    errors.renewedByContractId = msg('maintenanceContracts.contractRenewItselfChooseNew');
    return;
  }
  if (compareLocalDates(renewedBy.validTo, contract.validTo) <= 0) {
    errors.renewedByContractId = msg('maintenanceContracts.contractContractnumberEndsValidtoAfter', { contractNumber: renewedBy.contractNumber, validTo: renewedBy.validTo, validTo2: contract.validTo });
    return;
  }
  const keys = new Set(contract.serials.map((serial) => serial.serialKey));
  if (!renewedBy.serials.some((serial) => keys.has(serial.serialKey))) {
    errors.renewedByContractId = msg('maintenanceContracts.contractContractnumberCoversNoneContract', { contractNumber: renewedBy.contractNumber });
  }
}

/**
 * 续约结果: once per contract (CONFLICT after it was decided). RENEWED names the new contract: not
 * this one, ending after it, covering at least one of its units, and not already recorded as
 * another contract's renewal (CONFLICT). DECLINED needs the customer's reason in the note.
 */
export function assertCanRecordRenewal(contract: RenewalRecord & { id: string; serials: Pick<CoveredSerial, 'serialKey'>[] }, decision: RenewalDecision): RenewalValues {
  if (contract.renewalOutcome) {
    throw new DomainError('CONFLICT', msg('maintenanceContracts.renewalAlreadyRecordedRenewaloutcomeContract', { renewalOutcome: contract.renewalOutcome }), undefined, {
      outcome: contract.renewalOutcome,
    });
  }
  const errors: FieldErrors = {};
  const outcome = decision?.outcome;
  if (!isOneOf(RENEWAL_OUTCOMES, outcome)) errors.outcome = msg('maintenanceContracts.chooseOutcomeRenewedDeclined');
  else if (outcome === 'RENEWED') renewingContractErrors(contract, decision.renewedBy, errors);
  else if (!hasText(decision.note)) errors.note = msg('maintenanceContracts.enterWhyCustomerDeclinedRenew');
  optionalNote(decision?.note, errors);
  throwIfFieldErrors(errors, msg('maintenanceContracts.renewalRecordedYetCorrectFields'));
  const renewedBy = outcome === 'RENEWED' ? decision.renewedBy! : null;
  if (renewedBy?.renewsContractId && renewedBy.renewsContractId !== contract.id) {
    throw new DomainError('CONFLICT', msg('maintenanceContracts.contractContractnumberAlreadyRecordedRenewal', { contractNumber: renewedBy.contractNumber }), {
      renewedByContractId: msg('maintenanceContracts.contractAlreadyRenewsAnotherOne'),
    });
  }
  return { outcome: outcome as RenewalOutcome, renewedByContractId: renewedBy?.id ?? null, note: trimmedNote(decision.note) };
}
