import { DomainError, type FieldErrors } from '../errors.js';
import { defineLifecycle } from '../lifecycle/command-table.js';
import { isOneOf } from './input-checks.js';
import type { ResponsibilityShare, ResponsibleUnit } from './responsibility.js';
import { type Message, list, msg } from '../messages/index.js';

/**
 * A corrective and preventive action request (纠正预防措施, 002 §(九)): the quality department
 * issues it to the responsible department, which analyses the root cause and records corrective
 * and preventive actions; the quality department then verifies them.
 */
export const CAPA_STATUSES = ['ISSUED', 'ANALYZED', 'ACTIONS_RECORDED', 'VERIFIED_EFFECTIVE', 'VERIFIED_INEFFECTIVE'] as const;
export type CapaStatus = (typeof CAPA_STATUSES)[number];

/*
 * Ineffective actions send the request back to a new analysis, as often as it takes, until a
 * verification finds them effective (002 §(九): 效果验证); VERIFIED_EFFECTIVE is final. The
 * quality side (complaints.investigate) records every step; what each step must have written
 * down is validateCapaContent's.
 */
export const CAPA_LIFECYCLE = defineLifecycle('corrective-action request', CAPA_STATUSES, {
  analyze: { from: ['ISSUED'], to: 'ANALYZED', permission: 'complaints.investigate' },
  recordActions: { from: ['ANALYZED'], to: 'ACTIONS_RECORDED', permission: 'complaints.investigate' },
  verifyEffective: { from: ['ACTIONS_RECORDED'], to: 'VERIFIED_EFFECTIVE', permission: 'complaints.investigate' },
  verifyIneffective: { from: ['ACTIONS_RECORDED'], to: 'VERIFIED_INEFFECTIVE', permission: 'complaints.investigate' },
  reanalyze: { from: ['VERIFIED_INEFFECTIVE'], to: 'ANALYZED', permission: 'complaints.investigate' },
});
export type CapaCommand = keyof typeof CAPA_LIFECYCLE.commands;

/** The state table, derived from the commands. */
export const CAPA_TRANSITIONS: { [S in CapaStatus]: { to: readonly CapaStatus[] } } = Object.fromEntries(
  CAPA_STATUSES.map((status) => [status, { to: CAPA_LIFECYCLE.transitions[status] }]),
) as { [S in CapaStatus]: { to: readonly CapaStatus[] } };

/** The command that moves a request from `from` to `to`, or null when none does. */
export function capaCommandTo(from: CapaStatus, to: CapaStatus): CapaCommand | null {
  const { commands } = CAPA_LIFECYCLE;
  return (Object.keys(commands) as CapaCommand[]).find((command) => commands[command].to === to && (commands[command].from as readonly string[]).includes(from)) ?? null;
}

export function isCapaStatus(value: unknown): value is CapaStatus {
  return isOneOf(CAPA_STATUSES, value);
}

export function assertCapaTransition(from: CapaStatus, to: CapaStatus): void {
  if (!isCapaStatus(from)) {
    throw new DomainError('INVALID_INPUT', msg('complaints.correctiveActionStatus', { from: String(from) }), undefined, { from });
  }
  const allowed = [...CAPA_TRANSITIONS[from].to];
  if (!allowed.includes(to)) {
    const listed = allowed.length > 0 ? allowed.join(', ') : msg('complaints.noneVerifiedEffectiveFinal');
    throw new DomainError(
      'INVALID_TRANSITION',
      msg('complaints.correctiveActionRequestGoAllowed', { from, to: String(to), listed }),
      undefined,
      { from, to, allowed },
    );
  }
}

/** Units outside the company: a complaint they alone caused has no department to correct. */
const EXTERNAL_UNITS: readonly ResponsibleUnit[] = ['CUSTOMER', 'CARRIER'];

/**
 * 002 §(九) issues a request only for complaints the company caused: some unit inside the company
 * bears a share. A customer's misuse or a carrier's damage is claimed or explained, not corrected.
 */
export function canIssueCapa(shares: readonly ResponsibilityShare[]): boolean {
  return shares.some((share) => share.sharePercent > 0 && !EXTERNAL_UNITS.includes(share.unit));
}

export interface CapaContent {
  rootCause?: string | null;
  correctiveAction?: string | null;
  preventiveAction?: string | null;
  /** What the verification checked and found. */
  verificationNote?: string | null;
}

/** Text that says something: at least one letter or digit, so "-" or "/" does not pass as an analysis. */
function isMeaningful(text: unknown): boolean {
  return typeof text === 'string' && /[\p{L}\p{N}]/u.test(text);
}

const REQUIRED_CONTENT: { [S in CapaStatus]: readonly (keyof CapaContent)[] } = {
  ISSUED: [],
  ANALYZED: ['rootCause'],
  ACTIONS_RECORDED: ['rootCause', 'correctiveAction', 'preventiveAction'],
  VERIFIED_EFFECTIVE: ['rootCause', 'correctiveAction', 'preventiveAction', 'verificationNote'],
  VERIFIED_INEFFECTIVE: ['rootCause', 'correctiveAction', 'preventiveAction', 'verificationNote'],
};

const CONTENT_MESSAGES: Record<keyof CapaContent, Message> = {
  rootCause: msg('complaints.describeRootCauseFoundAnalysis'),
  correctiveAction: msg('complaints.describeCorrectiveActionTakenNonconformity'),
  preventiveAction: msg('complaints.describePreventiveActionStopsHappening'),
  verificationNote: msg('complaints.describeWhatVerificationCheckedFound'),
};

/**
 * Field errors for moving a request to `status`: everything that state stands on must be written
 * down. After an ineffective verification the request goes back to ANALYZED, and the caller
 * passes the new analysis.
 */
export function validateCapaContent(status: CapaStatus, content: CapaContent): FieldErrors {
  const errors: FieldErrors = {};
  if (!isCapaStatus(status)) return { status: msg('complaints.chooseOneCapastatuses', { capaStatuses: list(CAPA_STATUSES) }) };
  for (const field of REQUIRED_CONTENT[status]) {
    if (!isMeaningful(content?.[field])) errors[field] = CONTENT_MESSAGES[field];
  }
  return errors;
}
