import { assertCapaTransition, CAPA_LIFECYCLE, type CapaStatus, canIssueCapa, capaCommandTo, throwIfFieldErrors, validateCapaContent } from '@aftersales/domain';
import { In, Not } from 'typeorm';
import { actorOf } from '../../auth/actor.js';
import { recordAudit, snapshot } from '../../audit/audit.service.js';
import { appError, notFound } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { trimmedOrNull } from '../../common/input-rules.js';
import type { RequestContext } from '../../common/request-context.js';
import { complaintService } from '../complaint.service.js';
import { ComplaintEvent } from '../complaint-event.entity.js';
import { CapaRequest } from './capa-request.entity.js';
import type { AdvanceCapaInput, IssueCapaInput } from './capa.input.js';
import { msg } from '../../i18n/message.js';

export const capaService = {
  /** The requests with `status`, or every one still open (not verified effective), oldest first. */
  async list(context: RequestContext, status?: CapaStatus | null): Promise<CapaRequest[]> {
    const manager = await context.manager();
    return manager.find(CapaRequest, { where: { status: status ?? Not(In(['VERIFIED_EFFECTIVE'])) }, order: { createdAt: 'ASC' } });
  },

  /** Only for company-caused complaints: some unit inside the company bears a share. */
  async issue(context: RequestContext, complaintId: string, input: IssueCapaInput): Promise<CapaRequest> {
    const complaint = await complaintService.findOrFail(context, complaintId);
    if (!canIssueCapa(complaint.responsibility)) {
      throw appError('CONFLICT', msg('apiComplaints.correctiveActionRequestedCompanyCaused'));
    }
    if (!complaint.responsibility.some((share) => share.unit === input.responsibleUnit)) {
      throw appError('BAD_USER_INPUT', msg('apiComplaints.askUnitBearsShareResponsibility'), { responsibleUnit: msg('apiComplaints.chooseResponsibleUnitComplaint') });
    }
    const principal = context.requirePrincipal();
    return context.transaction(async (manager) => {
      const request = await manager.save(
        manager.create(CapaRequest, {
          complaintId: complaint.id,
          repairCenterId: complaint.repairCenterId,
          responsibleUnit: input.responsibleUnit,
          status: 'ISSUED',
          issuedByName: principal.displayName,
        }),
      );
      await manager.insert(ComplaintEvent, {
        complaintId: complaint.id,
        repairCenterId: complaint.repairCenterId,
        actorName: principal.displayName,
        kind: 'CAPA_ISSUED',
        note: input.responsibleUnit,
      });
      await recordAudit(manager, principal, { action: 'CREATE', entityType: 'CapaRequest', entityId: request.id, after: request, repairCenterId: complaint.repairCenterId });
      return request;
    });
  },

  /** Analysis, actions, verification; an ineffective verification sends it back to analysis. */
  async advance(context: RequestContext, id: string, input: AdvanceCapaInput): Promise<CapaRequest> {
    if (!isUuid(id)) throw notFound('CapaRequest', id);
    const principal = context.requirePrincipal();
    return context.transaction(async (manager) => {
      const request = await manager.findOne(CapaRequest, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw notFound('CapaRequest', id);
      // The move itself (its words name both states), then the command's permission.
      assertCapaTransition(request.status, input.to);
      CAPA_LIFECYCLE.assertCommand(capaCommandTo(request.status, input.to)!, request.status, actorOf(principal), undefined);
      const before = snapshot(request);
      if (request.status === 'VERIFIED_INEFFECTIVE') {
        // Ineffective actions mean the analysis was wrong: start it again, not from the old text.
        if (!trimmedOrNull(input.rootCause)) {
          throw appError('BAD_USER_INPUT', msg('apiComplaints.actionsWereIneffectiveWriteNew'), { rootCause: msg('apiComplaints.enterNewAnalysis') });
        }
        Object.assign(request, { correctiveAction: null, preventiveAction: null, verificationNote: null });
      }
      for (const field of ['rootCause', 'correctiveAction', 'preventiveAction', 'verificationNote'] as const) {
        const value = trimmedOrNull(input[field]);
        if (value) request[field] = value;
      }
      throwIfFieldErrors(validateCapaContent(input.to, request));
      request.status = input.to;
      const saved = await manager.save(request);
      await manager.insert(ComplaintEvent, {
        complaintId: request.complaintId,
        repairCenterId: request.repairCenterId,
        actorName: principal.displayName,
        kind: `CAPA_${input.to}`,
        note: request.responsibleUnit,
      });
      await recordAudit(manager, principal, { action: `CAPA_${input.to}`, entityType: 'CapaRequest', entityId: id, before, after: saved, repairCenterId: request.repairCenterId });
      return saved;
    });
  },
};
