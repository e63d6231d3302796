import type { EntityManager } from 'typeorm';
import { appError, notFound } from '../common/app-error.js';
import { isUuid } from '../common/ids.js';
import type { RequestContext } from '../common/request-context.js';
import { versionedWrite } from '../common/versioned-write.js';
import { COMPLAINT_AGGREGATE, storedNote } from '../complaints/complaint-changes.js';
import { assertComplaintCommand } from '../complaints/complaint-commands.js';
import { ComplaintEvent } from '../complaints/complaint-event.entity.js';
import type { Complaint } from '../complaints/complaint.entity.js';
import { complaintService } from '../complaints/complaint.service.js';
import type { AttributeComplaintInput } from './work-order.input.js';
import { msg } from '../i18n/message.js';

/*
 * The verification lives in columns the Complaint entity does not map (complaint-technician.loader.ts
 * says why), so the command writes them itself and the audit entry reads them with SQL.
 */
async function verificationOf(manager: EntityManager, complaintId: string) {
  const [row] = (await manager.query(
    'SELECT technician_id, technician_verified_at, technician_verified_by_name FROM complaint WHERE id = $1',
    [complaintId],
  )) as { technician_id: string | null; technician_verified_at: Date | null; technician_verified_by_name: string | null }[];
  return row ?? null;
}

export const complaintTechnicianService = {
  /**
   * 经核实的客户投诉 (E2): the complaint is verified against a technician, which costs them points
   * in the month of the verification. A change of the complaint like any other: under its
   * version (anyone holding it open reloads), on its timeline and in the audit log.
   */
  async attribute(context: RequestContext, input: AttributeComplaintInput): Promise<Complaint> {
    const principal = context.requirePrincipal();
    if (!isUuid(input.complaintId)) throw notFound('Complaint', input.complaintId);
    const technician = await context.loaders.technician.load(input.technicianId);
    if (!technician) throw appError('BAD_USER_INPUT', msg('apiWorkOrders.chooseExistingTechnician'), { technicianId: msg('apiWorkOrders.chooseExistingTechnician') });
    const current = await complaintService.findOrFail(context, input.complaintId);
    return versionedWrite(
      context,
      { ...COMPLAINT_AGGREGATE, auditSnapshot: (complaint, manager) => verificationOf(manager, complaint.id) },
      {
        id: current.id,
        version: current.version,
        action: 'ATTRIBUTE_TO_TECHNICIAN',
        command: 'attributeToTechnician',
        apply: async (complaint, manager) => {
          await assertComplaintCommand(context, 'attributeToTechnician', complaint);
          if ((await verificationOf(manager, complaint.id))?.technician_id === technician.id) {
            throw appError('CONFLICT', msg('apiWorkOrders.complaintCodeAlreadyVerifiedAgainst', { code: complaint.code, name: technician.name }));
          }
          await manager.query(
            'UPDATE complaint SET technician_id = $2, technician_verified_at = now(), technician_verified_by_name = $3 WHERE id = $1',
            [complaint.id, technician.id, principal.displayName],
          );
        },
        record: async (complaint, manager) => {
          await manager.insert(ComplaintEvent, {
            complaintId: complaint.id,
            repairCenterId: complaint.repairCenterId,
            actorName: principal.displayName,
            kind: 'TECHNICIAN_VERIFIED',
            ...storedNote({ code: 'TECHNICIAN_VERIFIED', values: { name: technician.name, technicianCode: technician.code } }),
          });
        },
      },
    );
  },
};
