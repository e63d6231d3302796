import { assertLocalDate, compareLocalDates } from '../dates.js';
import { DomainError } from '../errors.js';
import { defineLifecycle } from '../lifecycle/command-table.js';
import type { RepairCenterStatus } from '../reference.js';
import { type Message, type MessageValue, list, msg } from '../messages/index.js';

/**
 * The statuses head office records (DOMAIN §4). EXPIRED is never stored: it follows from the
 * agreement's end date, so storing it would go stale the day the agreement is renewed.
 */
export const RECORDED_CENTER_STATUSES = ['ACTIVE', 'RECTIFYING', 'SUSPENDED', 'REVOKED'] as const satisfies readonly RepairCenterStatus[];
export type RecordedCenterStatus = (typeof RECORDED_CENTER_STATUSES)[number];

/*
 * The center's commands (DOMAIN §4, 004 §5.4). Head office suspends, reinstates a suspended center
 * or revokes any center not yet revoked, by hand (repairCenters.manage). Rectification belongs to
 * assessments (repairCenters.assess): a failed assessment opens it and only a passing follow-up
 * closes it. A suspended center is not put under rectification: it is reinstated or revoked.
 * Revocation is final (004 §5.4 withdraws the authorization); a center that comes back signs a new
 * agreement and is created afresh, and a revoked center is not assessed any more.
 */
export const CENTER_LIFECYCLE = defineLifecycle<
  RecordedCenterStatus,
  'openRectification' | 'closeRectification' | 'reinstate' | 'suspend' | 'revoke' | 'recordAssessment',
  void
>('repair center', RECORDED_CENTER_STATUSES, {
  openRectification: { from: ['ACTIVE'], to: 'RECTIFYING', permission: 'repairCenters.assess', raises: 'repair_center.status_changed' },
  closeRectification: { from: ['RECTIFYING'], to: 'ACTIVE', permission: 'repairCenters.assess', raises: 'repair_center.status_changed' },
  reinstate: { from: ['SUSPENDED'], to: 'ACTIVE', permission: 'repairCenters.manage', raises: 'repair_center.status_changed' },
  suspend: { from: ['ACTIVE', 'RECTIFYING'], to: 'SUSPENDED', permission: 'repairCenters.manage', raises: 'repair_center.status_changed' },
  // Also the rectification job's (no actor) once a rectification deadline has passed.
  revoke: { from: ['ACTIVE', 'RECTIFYING', 'SUSPENDED'], to: 'REVOKED', permission: 'repairCenters.manage', raises: 'repair_center.status_changed' },
  recordAssessment: { from: ['ACTIVE', 'RECTIFYING', 'SUSPENDED'], permission: 'repairCenters.assess' },
});
export type CenterCommand = keyof typeof CENTER_LIFECYCLE.commands;

/**
 * The reasons the system itself records in a center's status history, stored as codes and worded
 * in the reader's language: the new authorization, a failed assessment, a passing follow-up, a
 * missed rectification deadline (the rectification job's revocation). A person's reason is kept as
 * typed.
 */
export const SYSTEM_CENTER_STATUS_REASONS = ['AUTHORIZED', 'ASSESSMENT_FAILED', 'RECTIFICATION_PASSED', 'RECTIFICATION_OVERDUE'] as const;
export type SystemCenterStatusReason = (typeof SYSTEM_CENTER_STATUS_REASONS)[number];

/** Why a recorded status changed, as the `repair_center.status_changed` event tells partners: by head office's hand, or a system reason. */
export const CENTER_STATUS_REASON_CODES = ['BY_HAND', ...SYSTEM_CENTER_STATUS_REASONS] as const;
export type CenterStatusReasonCode = (typeof CENTER_STATUS_REASON_CODES)[number];

/** The commands head office gives by hand, each by the status it leads to. */
export const MANUAL_CENTER_COMMANDS = { ACTIVE: 'reinstate', SUSPENDED: 'suspend', REVOKED: 'revoke' } as const satisfies Record<string, CenterCommand>;

/** The statuses head office may choose by hand; RECTIFYING comes only from assessments. */
export const MANUAL_CENTER_STATUSES = ['ACTIVE', 'SUSPENDED', 'REVOKED'] as const satisfies readonly RecordedCenterStatus[];
export type ManualCenterStatus = (typeof MANUAL_CENTER_STATUSES)[number];

export function isRecordedCenterStatus(value: unknown): value is RecordedCenterStatus {
  return typeof value === 'string' && (RECORDED_CENTER_STATUSES as readonly string[]).includes(value);
}

function assertRecordedFrom(from: RecordedCenterStatus): void {
  // `from` comes from the stored record, so anything else is corrupt data, not a user's choice.
  if (!isRecordedCenterStatus(from)) {
    throw new DomainError('INVALID_INPUT', msg('repairCenters.recordedRepairCenterStatus', { from: String(from) }), undefined, {
      from,
    });
  }
}

function listed(statuses: readonly string[]): MessageValue {
  return statuses.length > 0 ? list(statuses) : msg('repairCenters.noneRevokedFinal');
}

function refuse(from: string, to: string, allowed: readonly RecordedCenterStatus[], why: Message): never {
  throw new DomainError(
    'INVALID_TRANSITION',
    msg('repairCenters.repairCenterGoWhyAllowed', { from, to, why, listed: listed(allowed) }),
    undefined,
    { from, to, allowed: [...allowed] },
  );
}

function checkAgainst(from: RecordedCenterStatus, to: RecordedCenterStatus, allowed: readonly RecordedCenterStatus[]): void {
  if (from === to) refuse(from, to, allowed, msg('repairCenters.itIsAlreadyFrom', { from }));
  if ((to as string) === 'EXPIRED') {
    refuse(from, to, allowed, msg('repairCenters.expiredFollowsAgreementSEnd'));
  }
  if (!allowed.includes(to)) refuse(from, to, allowed, msg('repairCenters.statusRulesDoAllow'));
}

/** Throws INVALID_TRANSITION, listing the allowed next states, unless the table allows `from` → `to`. */
export function assertCenterTransition(from: RecordedCenterStatus, to: RecordedCenterStatus): void {
  assertRecordedFrom(from);
  checkAgainst(from, to, CENTER_LIFECYCLE.transitions[from]);
}

/** The states head office may move a center to by hand from `from`. */
export function manualCenterTransitionsFrom(from: RecordedCenterStatus): RecordedCenterStatus[] {
  assertRecordedFrom(from);
  return MANUAL_CENTER_STATUSES.filter((to) => CENTER_LIFECYCLE.commands[MANUAL_CENTER_COMMANDS[to]].from.includes(from));
}

/**
 * A change of status made by hand: suspend, reinstate a suspended center, or revoke any center
 * not yet revoked. Rectification belongs to assessments (004 §5.4): a failed assessment opens it
 * and only a passing follow-up closes it, so a person cannot skip the follow-up by setting ACTIVE.
 * The allowed states reported are the manual ones, since that is what the person can choose.
 */
export function assertManualCenterTransition(from: RecordedCenterStatus, to: RecordedCenterStatus): void {
  const allowed = manualCenterTransitionsFrom(from);
  if (to === 'RECTIFYING' && from !== 'RECTIFYING' && from !== 'REVOKED') {
    refuse(from, to, allowed, msg('repairCenters.centerPutUnderRectificationOnly'));
  }
  if (from === 'RECTIFYING' && to === 'ACTIVE') {
    refuse(from, to, allowed, msg('repairCenters.rectificationClosedOnlyPassingFollow'));
  }
  checkAgainst(from, to, allowed);
}

/**
 * The status the center has on `today`. An agreement that ended before today makes the center
 * EXPIRED whatever head office recorded, except REVOKED, which is final and says more. The last
 * day of the agreement is still covered.
 */
export function effectiveCenterStatus(
  center: { recordedStatus: RecordedCenterStatus; agreementValidTo: string },
  today: string,
): RepairCenterStatus {
  assertRecordedFrom(center.recordedStatus);
  assertLocalDate(center.agreementValidTo, 'agreementValidTo');
  assertLocalDate(today, 'today');
  if (center.recordedStatus === 'REVOKED') return 'REVOKED';
  if (compareLocalDates(center.agreementValidTo, today) < 0) return 'EXPIRED';
  return center.recordedStatus;
}

/** Only an ACTIVE center receives new work orders and parts (DOMAIN §4). */
export function canReceiveWork(center: { recordedStatus: RecordedCenterStatus; agreementValidTo: string }, today: string): boolean {
  return effectiveCenterStatus(center, today) === 'ACTIVE';
}

export function assertCanReceiveWork(
  center: { recordedStatus: RecordedCenterStatus; agreementValidTo: string },
  today: string,
): void {
  const status = effectiveCenterStatus(center, today);
  if (status !== 'ACTIVE') {
    throw new DomainError(
      'CONFLICT',
      msg('repairCenters.repairCenterStatusOnlyActive', { status }),
      undefined,
      { status },
    );
  }
}
