import { DomainError, throwIfFieldErrors } from '../errors.js';
import { hasText, isInstant } from './input-checks.js';
import { type ComplaintTier, requiresOfficeMeetingApproval, validateEspeciallyMajorFlag } from './tier.js';
import { type MessageValue, list, msg } from '../messages/index.js';

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

/*
 * One step at a time, so no check is skipped: a complaint is acknowledged to the customer (the
 * 24-hour first response, 004 §4.5), investigated, its responsibility determined (001 §3), then
 * resolved (退、赔、换) and closed after the customer callback. It may be rejected, with a reason,
 * only before resolution starts: once RESOLVING, the company has accepted it, and a complaint
 * that turns out unfounded ends as resolved with resolution NONE. CLOSED and REJECTED are final;
 * a customer who is still unsatisfied complains again, which counts towards escalation (000 §3).
 */
export const COMPLAINT_TRANSITIONS: { [S in ComplaintStatus]: { to: readonly ComplaintStatus[] } } = {
  RECEIVED: { to: ['ACKNOWLEDGED', 'REJECTED'] },
  ACKNOWLEDGED: { to: ['INVESTIGATING', 'REJECTED'] },
  INVESTIGATING: { to: ['RESPONSIBILITY_DETERMINED', 'REJECTED'] },
  RESPONSIBILITY_DETERMINED: { to: ['RESOLVING', 'REJECTED'] },
  // The office-meeting approval of an especially major complaint gates this step: see assertCanResolve.
  RESOLVING: { to: ['RESOLVED'] },
  RESOLVED: { to: ['CLOSED'] },
  CLOSED: { to: [] },
  REJECTED: { to: [] },
};

/** Still waiting for a resolution: anything before RESOLVED and not rejected. */
const OPEN_STATUSES: readonly ComplaintStatus[] = [
  'RECEIVED',
  'ACKNOWLEDGED',
  'INVESTIGATING',
  'RESPONSIBILITY_DETERMINED',
  'RESOLVING',
];

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
