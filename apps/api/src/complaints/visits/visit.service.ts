import { travelApprover, VISIT_LIFECYCLE } from '@aftersales/domain';
import { actorOf } from '../../auth/actor.js';
import { recordAudit, snapshot } from '../../audit/audit.service.js';
import { notFound } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { trimmed, trimmedOrNull } from '../../common/input-rules.js';
import type { RequestContext } from '../../common/request-context.js';
import { ComplaintEvent } from '../complaint-event.entity.js';
import { complaintService } from '../complaint.service.js';
import { VisitRequest } from './visit-request.entity.js';
import { msg } from '../../i18n/message.js';

export const visitService = {
  /** The approver follows the complaint's region: the CS leader at home, the director elsewhere. */
  async request(context: RequestContext, complaintId: string, input: { plannedOn: string; purpose: string }): Promise<VisitRequest> {
    const complaint = await complaintService.findOrFail(context, complaintId);
    const region = await context.loaders.region.load(complaint.regionId);
    if (!region) throw notFound('Region', complaint.regionId);
    const principal = context.requirePrincipal();
    return context.transaction(async (manager) => {
      const visit = await manager.save(
        manager.create(VisitRequest, {
          complaintId,
          repairCenterId: complaint.repairCenterId,
          plannedOn: input.plannedOn,
          purpose: trimmed(input.purpose),
          zone: region.zone,
          approverRole: travelApprover(region.zone),
          status: 'PENDING',
          requestedByName: principal.displayName,
        }),
      );
      await manager.insert(ComplaintEvent, {
        complaintId,
        repairCenterId: complaint.repairCenterId,
        actorName: principal.displayName,
        kind: 'VISIT_REQUESTED',
        note: `${input.plannedOn} ${visit.purpose}`,
      });
      await recordAudit(manager, principal, { action: 'CREATE', entityType: 'VisitRequest', entityId: visit.id, after: visit, repairCenterId: complaint.repairCenterId });
      return visit;
    });
  },

  async decide(context: RequestContext, id: string, input: { approve: boolean; note?: string | null }): Promise<VisitRequest> {
    if (!isUuid(id)) throw notFound('VisitRequest', id);
    const principal = context.requirePrincipal();
    return context.transaction(async (manager) => {
      const visit = await manager.findOne(VisitRequest, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!visit) throw notFound('VisitRequest', id);
      VISIT_LIFECYCLE.assertCommand(input.approve ? 'approve' : 'reject', visit.status, actorOf(principal), {
        approverRole: visit.approverRole,
        actorRole: principal.role,
      });
      const before = snapshot(visit);
      Object.assign(visit, {
        status: input.approve ? 'APPROVED' : 'REJECTED',
        decidedByName: principal.displayName,
        decisionNote: trimmedOrNull(input.note),
        decidedAt: new Date(),
      });
      const saved = await manager.save(visit);
      await manager.insert(ComplaintEvent, {
        complaintId: visit.complaintId,
        repairCenterId: visit.repairCenterId,
        actorName: principal.displayName,
        kind: input.approve ? 'VISIT_APPROVED' : 'VISIT_REJECTED',
        note: trimmedOrNull(input.note),
      });
      await recordAudit(manager, principal, { action: saved.status, entityType: 'VisitRequest', entityId: id, before, after: saved, repairCenterId: visit.repairCenterId });
      return saved;
    });
  },
};
