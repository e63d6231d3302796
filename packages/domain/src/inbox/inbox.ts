import type { Role } from '../roles.js';

/**
 * 待办: what waits for a person, one kind per list and filter that shows those records. The API
 * counts each kind with its list's own filter; the admin links each to that list.
 */
export const INBOX_ITEM_KINDS = [
  'REQUISITIONS_TO_SIGN',
  'LOCAL_PURCHASES_TO_DECIDE',
  'REQUISITIONS_TO_SHIP',
  'REQUISITIONS_BACKORDERED',
  'REQUISITIONS_TO_RECEIVE',
  'SCORES_TO_PUBLISH',
  'SCORES_TO_ENTER',
  'LATE_SCORE_SUBMISSIONS',
  'CALLS_TO_DISPATCH',
  'WORK_ORDERS_TO_ATTEND',
  'OVERDUE_COMPLAINTS',
  'UNANSWERED_COMPLAINTS',
  'COMPLAINTS_TO_INVESTIGATE',
  'CONTRACT_NOTICES_DUE',
] as const;
export type InboxItemKind = (typeof INBOX_ITEM_KINDS)[number];

/*
 * Per role, in the order the dashboard shows them: the CS leader and the director sign
 * requisitions (the leader also local purchases, 004 §6.1); commerce ships or back-orders
 * (004 §6.2); HR publishes the submitted months; the supervisor enters D1/D2 and dispatches
 * (001 part 2 §5, 003 §3); CS answers complaints within their deadlines (004 §4.5); the technical
 * center investigates; CS sends the maintenance contracts' expiry notices (003 §15); a partner confirms receipts and attends its dispatched calls. ADMIN
 * configures and has nothing waiting.
 */
const INBOX_BY_ROLE: Record<Role, readonly InboxItemKind[]> = {
  ADMIN: [],
  CS_AGENT: ['OVERDUE_COMPLAINTS', 'UNANSWERED_COMPLAINTS', 'CONTRACT_NOTICES_DUE'],
  CS_MANAGER: ['REQUISITIONS_TO_SIGN', 'LOCAL_PURCHASES_TO_DECIDE', 'OVERDUE_COMPLAINTS', 'UNANSWERED_COMPLAINTS', 'CONTRACT_NOTICES_DUE'],
  TECH_CENTER: ['COMPLAINTS_TO_INVESTIGATE'],
  COMMERCE: ['REQUISITIONS_TO_SHIP', 'REQUISITIONS_BACKORDERED'],
  DIRECTOR: ['REQUISITIONS_TO_SIGN'],
  SUPERVISOR: ['SCORES_TO_ENTER', 'LATE_SCORE_SUBMISSIONS', 'CALLS_TO_DISPATCH'],
  HR: ['SCORES_TO_PUBLISH'],
  PARTNER: ['REQUISITIONS_TO_RECEIVE', 'WORK_ORDERS_TO_ATTEND', 'CALLS_TO_DISPATCH'],
};

export function inboxKindsFor(role: Role): readonly InboxItemKind[] {
  return INBOX_BY_ROLE[role] ?? [];
}
