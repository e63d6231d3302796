import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IsNotEmpty, MaxLength, IsOptional } from 'class-validator';
import type { RequestContext } from '../common/request-context.js';
import { LocalDateScalar } from '../common/scalars.js';
import { CapaRequest, CapaStatusEnum } from './capa/capa-request.entity.js';
import { AdvanceCapaInput, IssueCapaInput } from './capa/capa.input.js';
import { capaService } from './capa/capa.service.js';
import { Complaint } from './complaint.entity.js';
import { QualityReport, qualityReportService } from './report/quality-report.service.js';
import { VisitRequest } from './visits/visit-request.entity.js';
import { visitService } from './visits/visit.service.js';
import type { CapaStatus } from '@aftersales/domain';
import { msg, validationMessage } from '../i18n/message.js';

@InputType({ description: '出差申请' })
class VisitRequestInput {
  @Field(() => LocalDateScalar) plannedOn: string;

  @Field(() => String)
  @IsNotEmpty({ ...validationMessage(msg('apiComplaints.sayWhatVisit')) })
  @MaxLength(500)
  purpose: string;
}

@InputType()
class VisitDecisionInput {
  @Field(() => Boolean) approve: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

/** What follows a complaint: corrective actions, on-site visits, and the monthly quality report. */
@Resolver(() => Complaint)
export class ComplaintFollowUpResolver {
  @Authorized('complaints.investigate')
  @Mutation(() => CapaRequest, { description: '下发纠正预防措施要求 to a responsible department' })
  issueCapa(@Ctx() context: RequestContext, @Arg('complaintId', () => ID) complaintId: string, @Arg('input', () => IssueCapaInput) input: IssueCapaInput) {
    return capaService.issue(context, complaintId, input);
  }

  @Authorized('complaints.investigate')
  @Mutation(() => CapaRequest, { description: '原因分析 / 措施 / 效果验证 (ineffective → new analysis)' })
  advanceCapa(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => AdvanceCapaInput) input: AdvanceCapaInput) {
    return capaService.advance(context, id, input);
  }

  @Authorized('complaints.read')
  @Query(() => [CapaRequest], { name: 'capaRequests', description: '纠正预防措施 (open ones unless a status is given)' })
  listCapaRequests(@Ctx() context: RequestContext, @Arg('status', () => CapaStatusEnum, { nullable: true }) status?: CapaStatus | null) {
    return capaService.list(context, status);
  }

  @Authorized('complaints.handle')
  @Mutation(() => VisitRequest, { description: '申请出差 for an on-site visit; the approver follows the region' })
  requestVisit(@Ctx() context: RequestContext, @Arg('complaintId', () => ID) complaintId: string, @Arg('input', () => VisitRequestInput) input: VisitRequestInput) {
    return visitService.request(context, complaintId, input);
  }

  @Authorized('complaints.read')
  @Mutation(() => VisitRequest, { description: '审批出差申请 (CS_MANAGER for LOCAL, DIRECTOR elsewhere)' })
  decideVisit(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => VisitDecisionInput) input: VisitDecisionInput) {
    return visitService.decide(context, id, input);
  }

  @Authorized('complaints.read')
  @Query(() => QualityReport, { description: '产品质量信息月报; XLSX at /exports/quality-report.xlsx?month=' })
  qualityReport(@Ctx() context: RequestContext, @Arg('month', () => String, { description: 'YYYY-MM' }) month: string) {
    return qualityReportService.forMonth(context, month);
  }

  @FieldResolver(() => [CapaRequest], { description: '纠正预防措施' })
  capaRequests(@Root() complaint: Complaint, @Ctx() context: RequestContext) {
    return context.loaders.capaRequestsOfComplaint.load(complaint.id);
  }

  @FieldResolver(() => [VisitRequest], { description: '出差申请' })
  visitRequests(@Root() complaint: Complaint, @Ctx() context: RequestContext) {
    return context.loaders.visitRequestsOfComplaint.load(complaint.id);
  }
}
