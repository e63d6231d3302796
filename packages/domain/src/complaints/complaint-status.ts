import { DomainError, throwIfFieldErrors } from '../errors.js';
import { type CommandTable, defineLifecycle } from '../lifecycle/command-table.js';
import { refusalFrom } from '../lifecycle/refusal-from.js';
import { type ExtendableComplaint, replyExtensionRefusal } from './reply-extension.js';
import { hasText, isInstant } from './input-checks.js';
import { type ComplaintTier, requiresOfficeMeetingApproval, validateEspeciallyMajorFlag } from './tier.js';
import { list, msg, type MessageValue } from '../messages/index.js';

/** The lifecycle of a complaint (DOMAIN §3.6). */
export const COMPLAINT_STATUSES = [
  'RECEIVED',
  'ACKNOWLEDGED',
  'INVESTIGATING',
  'RESPONSIBILITY_DETERMINED',
  'RESOLVING',
  'RESOLVED',
  'CLOSED',
  'REJECTED',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** Still waiting for a resolution: anything before RESOLVED and not rejected. */
const OPEN_STATUSES: readonly ComplaintStatus[] = [
  'RECEIVED',
  'ACKNOWLEDGED',
  'INVESTIGATING',
  'RESPONSIBILITY_DETERMINED',
  'RESOLVING',
];

/** What the complaint commands' guards read of the complaint. */
export interface CommandedComplaint extends ResolvableComplaint, ExtendableComplaint {
  code: string;
  faultCause: string | null;
  serviceType: string | null;
  resolutionKind: string | null;
  responsibility: readonly unknown[];
}

export interface ComplaintCommandContext {
  complaint: CommandedComplaint;
  /** The clock and the effective reply deadline now (effectiveReplyDeadline), for agreeReplyExtension. */
  reply: { now: Date; due: Date; timeZone: string };
}

const ALL: readonly ComplaintStatus[] = COMPLAINT_STATUSES;
const REJECTABLE: readonly ComplaintStatus[] = ['RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING', 'RESPONSIBILITY_DETERMINED'];
const NOT_FINAL: readonly ComplaintStatus[] = COMPLAINT_STATUSES.filter((status) => status !== 'CLOSED' && status !== 'REJECTED');

/*
 * One step at a time, so no check is skipped: a complaint is acknowledged to the customer (the
 * 24-hour first response, 004 §4.5), investigated, its responsibility determined (001 §3), then
 * resolved (退、赔、换) and closed after the customer callback. It may be rejected, with a reason,
 * only before resolution starts: once RESOLVING, the company has accepted it, and a complaint
 * that turns out unfounded ends as resolved with resolution NONE. CLOSED and REJECTED are final;
 * a customer who is still unsatisfied complains again, which counts towards escalation (000 §3).
 * The commands without a `to` keep the state: the investigation's findings, the split, the
 * resolution, the office meeting's approval (001 §2.2), the crisis mark, the forwarding to the
 * technical center, the 转派, the purchaser's consent to a later reply, the technician verified.
 */
export const COMPLAINT_LIFECYCLE = defineLifecycle('complaint', COMPLAINT_STATUSES, {
  acknowledge: { from: ['RECEIVED'], to: 'ACKNOWLEDGED', permission: 'complaints.handle' },
  startInvestigation: { from: ['ACKNOWLEDGED'], to: 'INVESTIGATING', permission: 'complaints.handle' },
  determineResponsibility: {
    from: ['INVESTIGATING'],
    to: 'RESPONSIBILITY_DETERMINED',
    permission: 'complaints.handle',
    guard: ({ complaint }) =>
      complaint.faultCause && complaint.responsibility.length > 0
        ? null
        : { code: 'CONFLICT', message: msg('complaints.recordInvestigationFaultCauseLoss') },
  },
  startResolving: { from: ['RESPONSIBILITY_DETERMINED'], to: 'RESOLVING', permission: 'complaints.handle' },
  resolve: {
    from: ['RESOLVING'],
    to: 'RESOLVED',
    permission: 'complaints.handle',
    raises: 'complaint.resolved',
    guard: ({ complaint }) =>
      complaint.resolutionKind
        ? refusalFrom(() => assertCanResolve(complaint))
        : { code: 'CONFLICT', message: msg('complaints.chooseHowComplaintResolvedFirst') },
  },
  close: { from: ['RESOLVED'], to: 'CLOSED', permission: 'complaints.handle' },
  reject: { from: REJECTABLE, to: 'REJECTED', permission: 'complaints.handle' },
  recordInvestigation: { from: ['INVESTIGATING', 'RESPONSIBILITY_DETERMINED'], permission: 'complaints.investigate' },
  setResponsibility: { from: ['INVESTIGATING', 'RESPONSIBILITY_DETERMINED', 'RESOLVING'], permission: 'complaints.investigate' },
  setResolution: {
    from: ['RESPONSIBILITY_DETERMINED', 'RESOLVING'],
    permission: 'complaints.investigate',
    guard: ({ complaint }) => (complaint.faultCause && complaint.serviceType ? null : { code: 'CONFLICT', message: msg('complaints.recordInvestigationFirst') }),
  },
  approveOfficeMeeting: {
    from: ALL,
    permission: 'complaints.approve',
    guard: ({ complaint }) => {
      if (!requiresOfficeMeetingApproval(complaint)) {
        return { code: 'CONFLICT', message: msg('complaints.onlyEspeciallyMajorCriticalComplaint') };
      }
      return complaint.officeMeetingApprovedAt ? { code: 'CONFLICT', message: msg('complaints.officeMeetingAlreadyApprovedComplaint') } : null;
    },
  },
  setSpecialCase: { from: NOT_FINAL, permission: 'complaints.handle' },
  recordForwarding: { from: OPEN_STATUSES, permission: 'complaints.handle', raises: 'complaint.forwarded' },
  reroute: { from: OPEN_STATUSES, permission: 'complaints.route' },
  agreeReplyExtension: {
    from: OPEN_STATUSES,
    permission: 'complaints.handle',
    guard: ({ complaint, reply }) => replyExtensionRefusal(complaint, reply.now, reply.due, reply.timeZone),
  },
  attributeToTechnician: { from: COMPLAINT_STATUSES.filter((status) => status !== 'REJECTED'), permission: 'complaints.investigate' },
} satisfies CommandTable<ComplaintStatus, string, ComplaintCommandContext>);
export type ComplaintCommand = keyof typeof COMPLAINT_LIFECYCLE.commands;

/** The state table, derived from the commands (the shape the other lifecycles' documentation uses). */
export const COMPLAINT_TRANSITIONS: { [S in ComplaintStatus]: { to: readonly ComplaintStatus[] } } = Object.fromEntries(
  COMPLAINT_STATUSES.map((status) => [status, { to: COMPLAINT_LIFECYCLE.transitions[status] }]),
) as { [S in ComplaintStatus]: { to: readonly ComplaintStatus[] } };

/** The command that moves a complaint from `from` to `to`, or null when none does. */
export function complaintCommandTo(from: ComplaintStatus, to: ComplaintStatus): ComplaintCommand | null {
  const commands = Object.keys(COMPLAINT_LIFECYCLE.commands) as ComplaintCommand[];
  return commands.find((command) => COMPLAINT_LIFECYCLE.commands[command].to === to && (COMPLAINT_LIFECYCLE.commands[command].from as readonly string[]).includes(from)) ?? null;
}


export function isComplaintStatus(value: unknown): value is ComplaintStatus {
  return typeof value === 'string' && (COMPLAINT_STATUSES as readonly string[]).includes(value);
}

/**
 * True until the complaint is resolved or rejected. A RESOLVED complaint awaiting its callback
 * is no longer open: the customer has had the company's answer, so it neither counts towards
 * escalation nor stays on the work list.
 */
export function isOpenComplaint(status: ComplaintStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

function assertStoredStatus(from: ComplaintStatus): void {
  // `from` comes from the stored record, so anything else is corrupt data, not a user's choice.
  if (!isComplaintStatus(from)) {
    throw new DomainError('INVALID_INPUT', msg('complaints.complaintStatus', { from: String(from) }), undefined, { from });
  }
}

export function complaintTransitionsFrom(from: ComplaintStatus): ComplaintStatus[] {
  assertStoredStatus(from);
  return [...COMPLAINT_TRANSITIONS[from].to];
}

function listed(statuses: readonly string[]): MessageValue {
  return statuses.length > 0 ? list(statuses) : msg('complaints.noneComplaintFinished');
}

/**
 * Throws INVALID_TRANSITION, listing the allowed next states, unless the table allows `from` →
 * `to`; a move to REJECTED also needs a reason (INVALID_INPUT on `reason`), since the customer
 * is told why.
 */
export function assertComplaintTransition(
  from: ComplaintStatus,
  to: ComplaintStatus,
  details: { reason?: string | null } = {},
): void {
  const allowed = complaintTransitionsFrom(from);
  if (!allowed.includes(to)) {
    const why = from === to ? msg('complaints.itIsAlreadyFrom', { from }) : msg('complaints.complaintRulesDoAllow');
    throw new DomainError(
      'INVALID_TRANSITION',
      msg('complaints.complaintGoWhyAllowedNext', { from, to: String(to), why, listed: listed(allowed) }),
      undefined,
      { from, to, allowed },
    );
  }
  if (to === 'REJECTED' && !hasText(details.reason)) {
    throw new DomainError('INVALID_INPUT', msg('complaints.giveReasonRejectingComplaintCustomer'), {
      reason: msg('complaints.enterWhyComplaintRejected'),
    });
  }
}

export interface ResolvableComplaint {
  tier: ComplaintTier;
  especiallyMajor: boolean;
  /** When the company office meeting (办公会) approved the handling proposal; null until it has. */
  officeMeetingApprovedAt: Date | null;
}

/**
 * Guard for RESOLVING → RESOLVED. 001 §2.2 puts the handling proposal of an especially major
 * complaint before the office meeting, so such a complaint cannot count as resolved on a
 * proposal the meeting has not approved (CONFLICT). The flag is valid on CRITICAL only; a flag
 * left on a lower tier is refused as INVALID_INPUT rather than silently ignored.
 */
export function assertCanResolve(complaint: ResolvableComplaint): void {
  throwIfFieldErrors(validateEspeciallyMajorFlag(complaint));
  const approvedAt = complaint.officeMeetingApprovedAt;
  if (approvedAt != null && !isInstant(approvedAt)) {
    throw new DomainError('INVALID_INPUT', msg('complaints.officeMeetingApprovalTimeValid'), {
      officeMeetingApprovedAt: msg('complaints.enterValidDateTime'),
    });
  }
  if (requiresOfficeMeetingApproval(complaint) && approvedAt == null) {
    throw new DomainError(
      'CONFLICT',
      msg('complaints.complaintEspeciallyMajorCompanyOffice'),
      undefined,
      { missing: 'officeMeetingApprovedAt' },
    );
  }
}
