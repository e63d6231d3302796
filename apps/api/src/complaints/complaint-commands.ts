import { COMPLAINT_LIFECYCLE, type ComplaintCommand, type ComplaintCommandContext, effectiveReplyDeadline } from '@aftersales/domain';
import { actorOf } from '../auth/actor.js';
import type { RequestContext } from '../common/request-context.js';
import type { Complaint } from './complaint.entity.js';

/** What the complaint lifecycle's guards read: the complaint and, for a later reply, the clock and its deadline. */
export async function complaintCommandContext(context: RequestContext, complaint: Complaint): Promise<ComplaintCommandContext> {
  const [settings, calendar] = await Promise.all([context.loaders.complaintSettings(), context.loaders.calendar()]);
  const due = effectiveReplyDeadline(complaint, settings, calendar).due;
  return { complaint, reply: { now: new Date(), due, timeZone: calendar.timeZone } };
}

/** The precondition of every complaint command: the domain's table, for this principal. */
export async function assertComplaintCommand(context: RequestContext, command: ComplaintCommand, complaint: Complaint): Promise<void> {
  COMPLAINT_LIFECYCLE.assertCommand(command, complaint.status, actorOf(context.requirePrincipal()), await complaintCommandContext(context, complaint));
}

// Per loaded record (so per request): the `allowed…` and `can…` fields of one complaint ask once.
const allowedOf = new WeakMap<Complaint, Promise<ComplaintCommand[]>>();

/** What this principal may do with the complaint now (the `allowed…` / `can…` fields). */
export function allowedComplaintCommands(context: RequestContext, complaint: Complaint): Promise<ComplaintCommand[]> {
  let allowed = allowedOf.get(complaint);
  if (!allowed) {
    const actor = actorOf(context.requirePrincipal());
    allowed = complaintCommandContext(context, complaint).then((guards) => COMPLAINT_LIFECYCLE.allowedCommands(complaint.status, actor, guards));
    allowedOf.set(complaint, allowed);
  }
  return allowed;
}
