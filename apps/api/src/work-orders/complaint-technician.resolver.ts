import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Reads } from '../common/columns-asked.js';
import type { RequestContext } from '../common/request-context.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { Technician } from '../technicians/technician.entity.js';
import { complaintTechnicianService } from './complaint-technician.service.js';
import { AttributeComplaintInput } from './work-order.input.js';
import { msg } from '../i18n/message.js';

@Resolver(() => Complaint)
export class ComplaintTechnicianResolver {
  @Authorized('complaints.investigate')
  @Mutation(() => Complaint, { description: '投诉核实到技术员 (E2: −15 points in the month of the verification)' })
  attributeComplaintToTechnician(@Ctx() context: RequestContext, @Arg('input', () => AttributeComplaintInput) input: AttributeComplaintInput) {
    return complaintTechnicianService.attribute(context, input);
  }

  @FieldResolver(() => Technician, { nullable: true, description: 'The technician the complaint was verified against' })
  @Reads('technicianId')
  technician(@Root() complaint: Complaint, @Ctx() context: RequestContext) {
    return complaint.technicianId ? context.loaders.technician.load(complaint.technicianId) : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: '核实时间' })
  async technicianVerifiedAt(@Root() complaint: Complaint, @Ctx() context: RequestContext) {
    return (await context.loaders.complaintTechnician.load(complaint.id))?.verifiedAt ?? null;
  }
}
