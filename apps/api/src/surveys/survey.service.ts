import { type CommandedSurvey, DomainError, type Message, SURVEY_LIFECYCLE, surveyComplaintHandling, type SurveyComplaintSeverity } from '@aftersales/domain';
import { actorOf } from '../auth/actor.js';
import type { EntityManager } from 'typeorm';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { appError, notFound } from '../common/app-error.js';
import { applySearch } from '../common/audited-records.js';
import { isUuid } from '../common/ids.js';
import { pageOfList, type SyncPageArgs } from '../common/incremental-sync.js';
import type { RequestContext } from '../common/request-context.js';
import { registerComplaint } from '../complaints/complaint-registration.js';
import type { Complaint } from '../complaints/complaint.entity.js';
import type { RegisterComplaintInput } from '../complaints/complaint.input.js';
import { WorkOrder } from '../work-orders/work-order.entity.js';
import { checkedAnswers, textOrNull } from './survey-answers.js';
import { generateSurveyToken, SURVEY_LINK_DAYS, surveyUrl, type SurveyLink } from './survey-link.js';
import { Survey } from './survey.entity.js';
import type { RecordSurveyInput, SurveyFilter } from './survey.input.js';
import { onlyPartnersCenter } from '../common/tenant-filter.js';
import { msg } from '../i18n/message.js';

const CLOCK_SKEW_MS = 5 * 60_000;
const MS_PER_DAY = 86_400_000;

/** What the survey lifecycle's guards read of a survey. */
export function surveyFacts(survey: Survey, order: WorkOrder, complaintCode: string | null = null): CommandedSurvey {
  return { workOrderCode: order.code, customerComplaint: survey.customerComplaint, complaintId: survey.complaintId, complaintCode };
}

/** The survey of a completed order, locked for `command`; why not, otherwise. */
async function surveyFor(
  context: RequestContext,
  manager: EntityManager,
  workOrderId: string,
  command: 'recordCallback' | 'createLink',
): Promise<{ survey: Survey; order: WorkOrder }> {
  const order = isUuid(workOrderId) ? await manager.findOneBy(WorkOrder, { id: workOrderId }) : null;
  if (!order) throw notFound('WorkOrder', workOrderId);
  const survey = await manager.findOne(Survey, { where: { workOrderId }, lock: { mode: 'pessimistic_write' } });
  if (!survey || order.status !== 'COMPLETED') {
    throw appError('CONFLICT', msg('apiSurveys.workOrderCodeStatusSurvey', { code: order.code, status: order.status }));
  }
  SURVEY_LIFECYCLE.assertCommand(command, survey.status, actorOf(context.requirePrincipal()), surveyFacts(survey, order));
  return { survey, order };
}

/* 003 §20: who handles it and what the service dept owes the customer, by how grave CS judged it. */
const CUSTOMER_REQUEST: Record<SurveyComplaintSeverity, string> = {
  ORDINARY: '请服务部核实处理，并将处理结果以书面或电话告知客户',
  MAJOR: '情节重大，已报分管副总核阅：请提前处理，并将处理情况函告客户',
};
/** Who the complaint registered from a survey is about, what the customer said, and what is owed to them. */
function complaintFromSurvey(survey: Survey, order: WorkOrder, severity: SurveyComplaintSeverity): RegisterComplaintInput {
  return {
    channel: survey.channel === 'LINK' ? 'WEB' : 'PHONE',
    receivedAt: survey.respondedAt ?? new Date(),
    regionId: order.regionId,
    repairCenterId: order.repairCenterId,
    customerName: order.customerName,
    customerPhone: order.customerPhone,
    customerAddress: order.customerAddress,
    serialNumber: order.serialNumber,
    // A registered unit brings its own model and dates; only an unknown serial needs the order's model.
    modelId: order.productUnitId ? null : order.modelId,
    mainFault: survey.customerComplaint!,
    customerRequest: `客户意见调查中的投诉 (派工单 ${order.code})：${CUSTOMER_REQUEST[severity]}`,
    // The survey rates the technician's visit, so what the customer complains of there is the service.
    subject: 'STAFF_CONDUCT',
  } as RegisterComplaintInput;
}

export const surveyService = {
  async list(context: RequestContext, page: SyncPageArgs, filter: SurveyFilter = {}) {
    const manager = await context.manager();
    const query = applySearch(
      manager.createQueryBuilder(Survey, 'survey').innerJoin(WorkOrder, 'wo', 'wo.id = survey.workOrderId'),
      ['wo.code', 'wo.customerName', 'wo.customerPhone', 'wo.serialNumber'],
      filter.search,
    );
    const idFilter = (column: string, value: string | null | undefined) => {
      if (value) query.andWhere(`survey.${column} = :${column}`, { [column]: isUuid(value) ? value : null });
    };
    onlyPartnersCenter(query, context, 'survey.repairCenterId');
    idFilter('repairCenterId', filter.repairCenterId);
    idFilter('technicianId', filter.technicianId);
    if (filter.status) query.andWhere('survey.status = :status', { status: filter.status });
    return pageOfList(query.orderBy('survey.createdAt', 'DESC').addOrderBy('survey.id', 'ASC'), page, { alias: 'survey', name: 'surveys' });
  },

  /** 客服回访 (003 §16–19): CS calls the customer and enters the card. */
  async record(context: RequestContext, input: RecordSurveyInput): Promise<Survey> {
    const principal = context.requirePrincipal();
    const answers = checkedAnswers(input.answers);
    return context.transaction(async (manager) => {
      const { survey, order } = await surveyFor(context, manager, input.workOrderId, 'recordCallback');
      const at = input.respondedAt;
      let problem: Message | null = null;
      if (!(at instanceof Date) || Number.isNaN(at.getTime())) problem = msg('apiSurveys.enterWhenCustomerAnswered');
      else if (at.getTime() > Date.now() + CLOCK_SKEW_MS) problem = msg('apiSurveys.timeFutureEnterWhenCustomer');
      else if (order.completedAt && at.getTime() < order.completedAt.getTime()) problem = msg('apiSurveys.customerAnsweredAfterWorkOrder');
      if (problem) throw appError('BAD_USER_INPUT', problem, { respondedAt: problem });
      const before = snapshot(survey);
      await manager.update(Survey, { id: survey.id }, {
        ...answers,
        status: 'RESPONDED',
        channel: 'CALLBACK',
        comments: textOrNull(input.comments),
        customerComplaint: textOrNull(input.customerComplaint),
        respondedAt: at,
        enteredByName: principal.displayName,
      });
      const after = await manager.findOneByOrFail(Survey, { id: survey.id });
      await recordAudit(manager, principal, {
        action: 'RECORD_SURVEY',
        entityType: 'Survey',
        entityId: survey.id,
        before: { ...before, linkTokenHash: undefined },
        after: { ...after, linkTokenHash: undefined },
        repairCenterId: survey.repairCenterId,
      });
      return after;
    });
  },

  /** A one-time link for the customer to answer themselves; a new link replaces the previous one. */
  async createLink(context: RequestContext, workOrderId: string): Promise<SurveyLink> {
    const principal = context.requirePrincipal();
    return context.transaction(async (manager) => {
      const { survey } = await surveyFor(context, manager, workOrderId, 'createLink');
      const { token, hash } = generateSurveyToken();
      const expiresAt = new Date(Date.now() + SURVEY_LINK_DAYS * MS_PER_DAY);
      await manager.update(Survey, { id: survey.id }, { linkTokenHash: hash, linkExpiresAt: expiresAt });
      await recordAudit(manager, principal, {
        action: 'CREATE_SURVEY_LINK',
        entityType: 'Survey',
        entityId: survey.id,
        before: { linkExpiresAt: survey.linkExpiresAt },
        after: { linkExpiresAt: expiresAt },
        repairCenterId: survey.repairCenterId,
      });
      return { token, url: surveyUrl(token), expiresAt };
    });
  },

  /**
   * Registers the customer's survey complaint as a complaint (DOMAIN §7, 003 §20) and links it to
   * the survey. A MAJOR one is registered at the MAJOR tier, whose handling reports it to the VP in
   * charge; an ORDINARY one starts at MINOR like any complaint, until the loss is known.
   */
  async openComplaint(context: RequestContext, surveyId: string, severity: SurveyComplaintSeverity = 'ORDINARY'): Promise<Complaint> {
    const principal = context.requirePrincipal();
    const handling = surveyComplaintHandling(severity);
    if (!isUuid(surveyId)) throw notFound('Survey', surveyId);
    return context.transaction(async (manager) => {
      const survey = await manager.findOne(Survey, { where: { id: surveyId }, lock: { mode: 'pessimistic_write' } });
      if (!survey) throw notFound('Survey', surveyId);
      const order = await manager.findOneByOrFail(WorkOrder, { id: survey.workOrderId });
      const existing = survey.complaintId ? await context.loaders.complaint.load(survey.complaintId) : null;
      SURVEY_LIFECYCLE.assertCommand('openComplaint', survey.status, actorOf(principal), surveyFacts(survey, order, existing?.code ?? null));
      let complaint: Complaint;
      try {
        complaint = await registerComplaint(context, complaintFromSurvey(survey, order, severity), {
          tier: handling.minimumTier,
          survey: { workOrderCode: order.code, severity },
        });
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'INVALID_INPUT') throw error;
        // Nothing the caller typed is wrong: the work order lacks what a complaint needs of the unit.
        const missing = Object.keys(error.fieldErrors ?? {}).join(', ');
        throw appError(
          'CONFLICT',
          msg('apiSurveys.workOrderDoesHoldEverything', { missing }),
        );
      }
      await manager.update(Survey, { id: survey.id }, { complaintId: complaint.id, complaintSeverity: severity });
      await recordAudit(manager, principal, {
        action: 'OPEN_COMPLAINT',
        entityType: 'Survey',
        entityId: survey.id,
        before: { complaintId: null, complaintSeverity: null },
        after: { complaintId: complaint.id, complaintSeverity: severity },
        repairCenterId: survey.repairCenterId,
      });
      return complaint;
    });
  },
};
