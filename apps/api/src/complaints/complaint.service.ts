import type { GraphQLResolveInfo } from 'graphql';
import type { Message } from '@aftersales/domain';
import {
  assertComplaintTransition,
  complaintCommandTo,
  complaintDeadlines,
  defaultResponsibilityScenario,
  formatReplyDeadline,
  isQualityFault,
  planReplyExtension,
  planReroute,
  RESPONSIBLE_UNIT_LABELS,
  serviceTypeFor,
  severityTier,
  surveyComplaintTier,
  throwIfFieldErrors,
  validateEspeciallyMajorFlag,
  validateResolution,
  validateResponsibility,
  validateReplyExtension,
  validateReroute,
  type ComplaintStatus,
  type FaultCause,
  type ResponsibilityScenario,
} from '@aftersales/domain';
import { type EntityManager, In, Not } from 'typeorm';
import { assessPenalties } from './ledger/penalty-assessment.js';
import { appError, notFound } from '../common/app-error.js';
import { applySearch } from '../common/audited-records.js';
import { isUuid } from '../common/ids.js';
import { trimmedOrNull } from '../common/input-rules.js';
import { pageOfList, type SyncPageArgs } from '../common/incremental-sync.js';
import type { RequestContext } from '../common/request-context.js';
import { surveyComplaintSeverityOf } from '../surveys/survey-complaint-severity.js';
import { changeComplaint } from './complaint-changes.js';
import { assertComplaintCommand } from './complaint-commands.js';
import { Complaint } from './complaint.entity.js';
import {
  ComplaintOrder,
  type ComplaintFilter,
  type ForwardingInput,
  type InvestigationInput,
  type ReplyExtensionInput,
  type RerouteComplaintInput,
  type ResolutionInput,
  type ResponsibilityInput,
  type SpecialCaseInput,
  type TransitionComplaintInput,
  type VersionedInput,
} from './complaint.input.js';
import { onlyPartnersCenter } from '../common/tenant-filter.js';
import { START_OF_DAY, START_OF_NEXT_DAY } from '../common/local-day-range.js';
import { msg } from '../i18n/message.js';

const FINISHED: ComplaintStatus[] = ['RESOLVED', 'CLOSED', 'REJECTED'];

/** Ids of open complaints past a deadline, judged by the domain's deadline rules and calendar. */
async function overdueIds(context: RequestContext): Promise<string[]> {
  const manager = await context.manager();
  const [settings, calendar] = await Promise.all([context.loaders.complaintSettings(), context.loaders.calendar()]);
  const open = await manager.find(Complaint, {
    select: { id: true, receivedAt: true, tier: true, contractReplyTerm: true, replyExtendedTo: true, firstRespondedAt: true, repliedAt: true },
    where: { status: Not(In(FINISHED)) },
  });
  const now = new Date();
  return open.filter((complaint) => complaintDeadlines(complaint, now, settings, calendar).overdue).map((complaint) => complaint.id);
}

export const complaintService = {
  /** `asked`: the GraphQL field of the list, so its rows are read with only the columns it asks for. */
  async list(context: RequestContext, page: SyncPageArgs, filter: ComplaintFilter = {}, order = ComplaintOrder.WORK_LIST, asked?: GraphQLResolveInfo) {
    const manager = await context.manager();
    const query = applySearch(
      manager.createQueryBuilder(Complaint, 'complaint'),
      ['complaint.code', 'complaint.customerName', 'complaint.customerPhone', 'complaint.serialNumber'],
      filter.search,
    );
    const idFilter = (column: string, value: string | null | undefined) => {
      if (value) query.andWhere(`complaint.${column} = :${column}`, { [column]: isUuid(value) ? value : null });
    };
    onlyPartnersCenter(query, context, 'complaint.repairCenterId');
    idFilter('regionId', filter.regionId);
    idFilter('repairCenterId', filter.repairCenterId);
    idFilter('modelId', filter.modelId);
    if (filter.status) query.andWhere('complaint.status = :status', { status: filter.status });
    if (filter.tier) query.andWhere('complaint.tier = :tier', { tier: filter.tier });
    if (filter.specialCase != null) query.andWhere('complaint.specialCase = :specialCase', { specialCase: filter.specialCase });
    const timeZone = filter.receivedFrom || filter.receivedTo ? (await context.loaders.calendarSettings()).timeZone : null;
    // Local days as a range of instants, so that the index on received_at serves it.
    if (filter.receivedFrom) query.andWhere(`complaint.receivedAt >= ${START_OF_DAY(':from')}`, { zone: timeZone, from: filter.receivedFrom });
    if (filter.receivedTo) query.andWhere(`complaint.receivedAt < ${START_OF_NEXT_DAY(':to')}`, { zone: timeZone, to: filter.receivedTo });
    if (filter.overdue != null) {
      const ids = await overdueIds(context);
      query.andWhere(filter.overdue ? 'complaint.id = ANY(:ids)' : 'NOT (complaint.id = ANY(:ids))', { ids });
    }
    if (order === ComplaintOrder.WORK_LIST) {
      // Crises first, then open work by how soon its reply is due: the domain's effective reply
      // deadline, stored on every write (see reply-due.ts).
      query
        .orderBy('complaint.specialCase', 'DESC')
        .addOrderBy(`CASE WHEN complaint.status IN ('RESOLVED', 'CLOSED', 'REJECTED') THEN 1 ELSE 0 END`, 'ASC')
        .addOrderBy('complaint.replyDueAt', 'ASC');
    } else {
      query.orderBy('complaint.receivedAt', order === ComplaintOrder.RECEIVED_ASC ? 'ASC' : 'DESC');
    }
    return pageOfList(query.addOrderBy('complaint.code', 'ASC'), page, { alias: 'complaint', name: 'complaints', asked });
  },

  async findOrFail(context: RequestContext, id: string): Promise<Complaint> {
    if (!isUuid(id)) throw notFound('Complaint', id);
    const complaint = await (await context.manager()).findOneBy(Complaint, { id });
    if (!complaint) throw notFound('Complaint', id);
    return complaint;
  },

  transition(context: RequestContext, id: string, input: TransitionComplaintInput) {
    return changeComplaint(context, id, input.version, async (complaint, manager) => {
      // The move itself (and a rejection's reason), then the command's permission and guards.
      assertComplaintTransition(complaint.status, input.to, { reason: input.reason });
      const command = complaintCommandTo(complaint.status, input.to)!;
      await assertComplaintCommand(context, command, complaint);
      const now = new Date();
      if (input.to === 'RESOLVED') {
        complaint.repliedAt ??= now;
        complaint.resolvedAt = now;
      }
      if (input.to === 'ACKNOWLEDGED') complaint.firstRespondedAt ??= now;
      if (input.to === 'REJECTED') {
        complaint.rejectionReason = trimmedOrNull(input.reason);
        complaint.repliedAt ??= now;
      }
      complaint.status = input.to;
      const fined = complaint.repliedAt ? await this.assessPenalties(context, manager, complaint) : [];
      const note = [
        trimmedOrNull(input.note),
        input.to === 'REJECTED' ? trimmedOrNull(input.reason) : null,
        fined.length ? `罚款 ${fined.join(', ')}` : null,
      ]
        .filter(Boolean)
        .join('；');
      return { command, kind: 'TRANSITION', toStatus: input.to, note: note || null };
    });
  },

  investigate(context: RequestContext, id: string, input: InvestigationInput) {
    return changeComplaint(context, id, input.version, async (complaint, manager) => {
      await assertComplaintCommand(context, 'recordInvestigation', complaint);
      const settings = await context.loaders.complaintSettings();
      const lossTier = severityTier({ directLoss: input.directLoss, responsibilityClear: input.responsibilityClear }, settings);
      // A survey complaint CS judged major stays before the VP whatever the loss (003 §20).
      const surveySeverity = await surveyComplaintSeverityOf(manager, complaint.id);
      const tier = surveySeverity ? surveyComplaintTier(lossTier, surveySeverity) : lossTier;
      const especiallyMajor = input.especiallyMajor ?? false;
      throwIfFieldErrors(validateEspeciallyMajorFlag({ tier, especiallyMajor }));
      const previousTier = complaint.tier;
      Object.assign(complaint, {
        faultCause: input.faultCause,
        qualityFault: isQualityFault(input.faultCause),
        serviceType: serviceTypeFor({ cause: input.faultCause, warrantyStatus: complaint.warrantyStatus, contractCustomer: input.contractCustomer ?? false }),
        directLoss: input.directLoss,
        responsibilityClear: input.responsibilityClear,
        tier,
        especiallyMajor,
        officeMeetingApprovedAt: especiallyMajor ? complaint.officeMeetingApprovedAt : null,
      });
      const tierNote = previousTier === tier ? null : `等级 ${previousTier} → ${tier}`;
      const keptNote = tier === lossTier ? null : `损失对应 ${lossTier}，调查投诉为重大，等级保持 ${tier}`;
      return { command: 'recordInvestigation', kind: 'INVESTIGATION', note: [tierNote, keptNote, trimmedOrNull(input.note)].filter(Boolean).join('；') || null };
    });
  },

  setResponsibility(context: RequestContext, id: string, input: ResponsibilityInput) {
    const shares = input.shares.map(({ unit, sharePercent }) => ({ unit, sharePercent }));
    throwIfFieldErrors(validateResponsibility(shares, 'shares'));
    return changeComplaint(context, id, input.version, async (complaint) => {
      await assertComplaintCommand(context, 'setResponsibility', complaint);
      complaint.responsibility = shares;
      return { command: 'setResponsibility', kind: 'RESPONSIBILITY', note: shares.map((share) => `${RESPONSIBLE_UNIT_LABELS[share.unit].zh} ${share.sharePercent}%`).join('，') };
    });
  },

  setResolution(context: RequestContext, id: string, input: ResolutionInput) {
    return changeComplaint(context, id, input.version, async (complaint) => {
      await assertComplaintCommand(context, 'setResolution', complaint);
      const compensation = input.compensation ?? null;
      throwIfFieldErrors(
        validateResolution({ kind: input.kind, compensation, serviceType: complaint.serviceType!, cause: complaint.faultCause! }),
      );
      complaint.resolutionKind = input.kind;
      complaint.compensation = input.kind === 'COMPENSATE' ? compensation : null;
      complaint.handlingCost = input.handlingCost ?? complaint.handlingCost;
      return { command: 'setResolution', kind: 'RESOLUTION', note: trimmedOrNull(input.note) };
    });
  },

  approveOfficeMeeting(context: RequestContext, id: string, input: VersionedInput) {
    return changeComplaint(context, id, input.version, async (complaint) => {
      await assertComplaintCommand(context, 'approveOfficeMeeting', complaint);
      complaint.officeMeetingApprovedAt = new Date();
      return { command: 'approveOfficeMeeting', kind: 'OFFICE_MEETING_APPROVAL', note: trimmedOrNull(input.note) };
    });
  },

  setSpecialCase(context: RequestContext, id: string, input: SpecialCaseInput) {
    const reason = trimmedOrNull(input.reason);
    if (input.specialCase && !reason) {
      throw appError('BAD_USER_INPUT', msg('apiComplaints.sayWhyCrisisMediaLawsuit'), { reason: msg('apiComplaints.enterReason') });
    }
    return changeComplaint(context, id, input.version, async (complaint) => {
      await assertComplaintCommand(context, 'setSpecialCase', complaint);
      complaint.specialCase = input.specialCase;
      complaint.specialCaseReason = input.specialCase ? reason : null;
      return { command: 'setSpecialCase', kind: 'SPECIAL_CASE', note: input.specialCase ? reason : '取消重大危机' };
    });
  },

  /**
   * 转派: another handling department for an open complaint, with the reason on the timeline
   * (from → to：reason) and in the audit log. The request's own mistakes are reported before the
   * version is compared, so a reader fixing a form is not sent to reload first.
   */
  reroute(context: RequestContext, id: string, input: RerouteComplaintInput) {
    throwIfFieldErrors(validateReroute(input), msg('apiComplaints.chooseDepartmentSayWhyComplaint'));
    return changeComplaint(context, id, input.version, async (complaint) => {
      await assertComplaintCommand(context, 'reroute', complaint);
      const move = planReroute(complaint, input);
      complaint.handlingDepartment = move.to;
      complaint.routingOverrideReason = move.routingOverrideReason;
      return { command: 'reroute', kind: 'REROUTED', note: { code: 'REROUTED', values: { from: move.from, to: move.to, reason: move.reason } } };
    });
  },

  /**
   * 采购人同意延期答复 (002 §(九)(3) 5)): the purchaser's contact agreed, before the reply
   * deadline passed, to a later reply; who, when (now), why and the new time are kept on the
   * complaint, the timeline and the audit log. After the deadline the reply is late: CONFLICT.
   */
  agreeReplyExtension(context: RequestContext, id: string, input: ReplyExtensionInput) {
    throwIfFieldErrors(validateReplyExtension(input), msg('apiComplaints.giveNewReplyTimePurchaser'));
    return changeComplaint(context, id, input.version, async (complaint) => {
      await assertComplaintCommand(context, 'agreeReplyExtension', complaint);
      const [settings, calendar] = await Promise.all([context.loaders.complaintSettings(), context.loaders.calendar()]);
      const extension = planReplyExtension(complaint, input, new Date(), settings, calendar);
      complaint.replyExtendedTo = extension.newDueAt;
      complaint.replyExtensionAgreedBy = extension.agreedByName;
      complaint.replyExtensionAgreedAt = extension.agreedAt;
      complaint.replyExtensionReason = extension.reason;
      const at = (instant: Date) => formatReplyDeadline(instant, calendar.timeZone);
      return {
        command: 'agreeReplyExtension',
        kind: 'REPLY_EXTENDED',
        note: {
          code: 'REPLY_EXTENDED',
          values: { agreedBy: extension.agreedByName, previousDue: at(extension.previousDue), newDue: at(extension.newDueAt), reason: extension.reason },
        },
      };
    });
  },

  /** When the information reached the technical center, and from which unit (001 §2.1: within 72 h). */
  recordForwarding(context: RequestContext, id: string, input: ForwardingInput) {
    return changeComplaint(context, id, input.version, async (complaint, manager) => {
      await assertComplaintCommand(context, 'recordForwarding', complaint);
      if (input.forwardedAt.getTime() < complaint.receivedAt.getTime() || input.forwardedAt.getTime() > Date.now()) {
        throw appError('BAD_USER_INPUT', msg('apiComplaints.forwardingTimeMustLieBetween'), { forwardedAt: msg('apiComplaints.betweenReceiptNow') });
      }
      complaint.forwardedAt = input.forwardedAt;
      complaint.forwardingUnit = input.forwardingUnit;
      const fined = await this.assessPenalties(context, manager, complaint);
      return { command: 'recordForwarding', kind: 'FORWARDED', note: [trimmedOrNull(input.note), fined.length ? `罚款 ${fined.join(', ')}` : null].filter(Boolean).join('；') || null };
    });
  },

  async assessPenalties(context: RequestContext, manager: EntityManager, complaint: Complaint) {
    const [settings, calendar] = await Promise.all([context.loaders.complaintSettings(), context.loaders.calendar()]);
    return assessPenalties(manager, complaint, settings, calendar);
  },

  /** The default split from the settings' rules table, for the cause or a named situation. */
  async proposedResponsibility(context: RequestContext, faultCause: FaultCause, scenario?: ResponsibilityScenario | null) {
    const chosen = scenario ?? defaultResponsibilityScenario(faultCause);
    const { responsibilityRules } = await context.loaders.complaintSettings();
    return chosen ? [...responsibilityRules[chosen]] : [];
  },
};
