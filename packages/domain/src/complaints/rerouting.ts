import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { type ComplaintStatus, isOpenComplaint } from './complaint-status.js';
import { hasText, isOneOf } from './input-checks.js';
import {
  type ComplaintSubject,
  DEFAULT_COMPLAINT_ROUTES,
  HANDLING_DEPARTMENTS,
  type HandlingDepartment,
  routeComplaint,
} from './routing.js';
import { msg } from '../messages/index.js';

/** As long as the registration's routing override reason may be. */
export const REROUTE_REASON_MAX_LENGTH = 500;

/*
 * 转派: a complaint registered to the wrong department moves to the right one. It counts
 * towards the performance of the department that handles it (000 §3), so every move needs a
 * reason, even a move back to the department its subject's rule names: that undoes someone's
 * earlier decision, and the timeline must say why. Only an open complaint moves; once RESOLVED
 * the customer has had the company's answer, and whoever gave it keeps the complaint on record.
 */

export interface RerouteInput {
  handlingDepartment: HandlingDepartment;
  reason: string | null | undefined;
}

export interface ReroutableComplaint {
  status: ComplaintStatus;
  subject: ComplaintSubject;
  handlingDepartment: HandlingDepartment;
}

/** What the complaint holds after the move. */
export interface Reroute {
  from: HandlingDepartment;
  to: HandlingDepartment;
  /** The trimmed reason, for the timeline. */
  reason: string;
  /**
   * The complaint's routing override reason: this reason while the department differs from the
   * one the subject's rule names, none once it is that department again.
   */
  routingOverrideReason: string | null;
}

/** True while the complaint may move to another department: until it is resolved or rejected. */
export function canRerouteComplaint(status: ComplaintStatus): boolean {
  return isOpenComplaint(status);
}

/** Field errors of a re-route request on its own: a known department and a reason of sensible length. */
export function validateReroute(input: RerouteInput): FieldErrors {
  const errors: FieldErrors = {};
  if (!isOneOf(HANDLING_DEPARTMENTS, input.handlingDepartment)) {
    errors.handlingDepartment = msg('complaints.chooseDepartmentHandlesComplaint');
  }
  if (!hasText(input.reason)) {
    errors.reason = msg('complaints.enterWhyComplaintMovesAnother');
  } else if (input.reason.trim().length > REROUTE_REASON_MAX_LENGTH) {
    errors.reason = msg('complaints.mostReroutereasonmaxlengthCharacters', { rerouteReasonMaxLength: REROUTE_REASON_MAX_LENGTH });
  }
  return errors;
}

/**
 * Plans the move of `complaint` to `input.handlingDepartment`: INVALID_INPUT for the request's own
 * mistakes (validateReroute), CONFLICT when the complaint is no longer open or already there.
 */
export function planReroute(
  complaint: ReroutableComplaint,
  input: RerouteInput,
  routes: { [S in ComplaintSubject]: HandlingDepartment } = DEFAULT_COMPLAINT_ROUTES,
): Reroute {
  throwIfFieldErrors(validateReroute(input), msg('complaints.chooseDepartmentSayWhyComplaint'));
  if (!canRerouteComplaint(complaint.status)) {
    throw new DomainError(
      'CONFLICT',
      msg('complaints.complaintStatusOnlyComplaintStill', { status: complaint.status }),
      undefined,
      { status: complaint.status },
    );
  }
  if (input.handlingDepartment === complaint.handlingDepartment) {
    throw new DomainError(
      'CONFLICT',
      msg('complaints.complaintAlreadyHandlingdepartmentChooseAnother', { handlingDepartment: input.handlingDepartment }),
      undefined,
      { department: input.handlingDepartment },
    );
  }
  const reason = (input.reason as string).trim();
  return {
    from: complaint.handlingDepartment,
    to: input.handlingDepartment,
    reason,
    routingOverrideReason: input.handlingDepartment === routeComplaint(complaint.subject, routes) ? null : reason,
  };
}
