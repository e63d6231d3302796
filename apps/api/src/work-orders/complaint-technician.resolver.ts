import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { recordAudit } from '../audit/audit.service.js';
import { appError, notFound } from '../common/app-error.js';
import { isUuid } from '../common/ids.js';
import type { RequestContext } from '../common/request-context.js';
import { ComplaintEvent } from '../complaints/complaint-event.entity.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { Technician } from '../technicians/technician.entity.js';
import { AttributeComplaintInput } from './work-order.input.js';
import { msg } from '../i18n/message.js';

/**
 * 经核实的客户投诉 (E2): the complaint is verified against a technician, which costs them points in
 * the month of the verification. Kept beside the work orders, whose technicians it concerns; the
 * complaint's own files stay as they are.
 */
async function attributeComplaint(context: RequestContext, input: AttributeComplaintInput): Promise<Complaint> {
  const principal = context.requirePrincipal();
  if (!isUuid(input.complaintId)) throw notFound('Complaint', input.complaintId);
  const technician = await context.loaders.technician.load(input.technicianId);
  if (!technician) throw appError('BAD_USER_INPUT', msg('apiWorkOrders.chooseExistingTechnician'), { technicianId: msg('apiWorkOrders.chooseExistingTechnician') });
  return context.transaction(async (manager) => {
    const complaint = await manager.findOne(Complaint, { where: { id: input.complaintId }, lock: { mode: 'pessimistic_write' } });
    if (!complaint) throw notFound('Complaint', input.complaintId);
    if (complaint.status === 'REJECTED') {
      throw appError('CONFLICT', msg('apiWorkOrders.complaintCodeRejectedSoVerified', { code: complaint.code }));
    }
    const [before] = (await manager.query(
      'SELECT technician_id, technician_verified_at, technician_verified_by_name FROM complaint WHERE id = $1',
      [complaint.id],
    )) as { technician_id: string | null }[];
    if (before?.technician_id === technician.id) {
      throw appError('CONFLICT', msg('apiWorkOrders.complaintCodeAlreadyVerifiedAgainst', { code: complaint.code, name: technician.name }));
    }
    // The version moves too, so anyone holding the complaint open reloads before changing it.
    const [after] = (await manager.query(
      `UPDATE complaint SET technician_id = $2, technician_verified_at = now(), technician_verified_by_name = $3,
              version = version + 1, updated_at = now()
        WHERE id = $1
        RETURNING technician_id, technician_verified_at, technician_verified_by_name`,
      [complaint.id, technician.id, principal.displayName],
    )) as [Record<string, unknown>[], number];
    await manager.insert(ComplaintEvent, {
      complaintId: complaint.id,
      repairCenterId: complaint.repairCenterId,
      actorName: principal.displayName,
      kind: 'TECHNICIAN_VERIFIED',
      note: `核实为技术员 ${technician.name} (${technician.code}) 的责任`,
    });
    await recordAudit(manager, principal, {
      action: 'ATTRIBUTE_TO_TECHNICIAN',
      entityType: 'Complaint',
      entityId: complaint.id,
      before: before ?? null,
      after: after?.[0] ?? null,
      repairCenterId: complaint.repairCenterId,
    });
    return manager.findOneByOrFail(Complaint, { id: complaint.id });
  });
}

@Resolver(() => Complaint)
export class ComplaintTechnicianResolver {
  @Authorized('complaints.investigate')
  @Mutation(() => Complaint, { description: '投诉核实到技术员 (E2: −15 points in the month of the verification)' })
  attributeComplaintToTechnician(@Ctx() context: RequestContext, @Arg('input', () => AttributeComplaintInput) input: AttributeComplaintInput) {
    return attributeComplaint(context, input);
  }

  @FieldResolver(() => Technician, { nullable: true, description: 'The technician the complaint was verified against' })
  async technician(@Root() complaint: Complaint, @Ctx() context: RequestContext) {
    const verification = await context.loaders.complaintTechnician.load(complaint.id);
    return verification ? context.loaders.technician.load(verification.technicianId) : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: '核实时间' })
  async technicianVerifiedAt(@Root() complaint: Complaint, @Ctx() context: RequestContext) {
    return (await context.loaders.complaintTechnician.load(complaint.id))?.verifiedAt ?? null;
  }
}
