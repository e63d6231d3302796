import { defineLifecycle } from '../lifecycle/command-table.js';
import type { Role } from '../roles.js';
import { msg } from '../messages/index.js';

/** 出差申请 for an on-site visit (004 §4.5): PENDING until its approver decides. */
export const VISIT_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** Who decides: the approver the region named when the request was made (travelApprover), or ADMIN. */
export interface VisitDecision {
  approverRole: Role;
  actorRole: Role | null;
}

function approverRefusal({ approverRole, actorRole }: VisitDecision) {
  if (actorRole === null || actorRole === approverRole || actorRole === 'ADMIN') return null;
  const approver = approverRole === 'CS_MANAGER' ? 'CS department leader' : 'after-sales director';
  return { code: 'FORBIDDEN' as const, message: msg('complaints.travelRequestApprovedApprover', { approver }) };
}

/*
 * A request is decided once, by the approver its region names; any signed-in reader of complaints
 * may hold that role, so the guard, not the permission, says who decides.
 */
export const VISIT_LIFECYCLE = defineLifecycle<VisitStatus, 'approve' | 'reject', VisitDecision>('travel request', VISIT_STATUSES, {
  approve: { from: ['PENDING'], to: 'APPROVED', permission: 'complaints.read', guard: approverRefusal },
  reject: { from: ['PENDING'], to: 'REJECTED', permission: 'complaints.read', guard: approverRefusal },
});
