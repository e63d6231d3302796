import type { SurveyComplaintSeverity } from '@aftersales/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '../common/pagination.js';
import { SyncPageArgs } from '../common/incremental-sync.js';
import type { RequestContext } from '../common/request-context.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { Technician } from '../technicians/technician.entity.js';
import { WorkOrder } from '../work-orders/work-order.entity.js';
import { publicSurveyService } from './public-survey.service.js';
import { PublicSurvey, SurveyLink } from './survey-link.js';
import { SurveyComplaintSeverityEnum } from './survey-enums.js';
import { Survey } from './survey.entity.js';
import { RecordSurveyInput, SubmitPublicSurveyInput, SurveyFilter } from './survey.input.js';
import { surveyService } from './survey.service.js';

const SurveyConnection = ConnectionType(Survey, 'Survey');

@Resolver(() => Survey)
export class SurveyResolver {
  @Authorized('workOrders.read')
  @Query(() => SurveyConnection, { description: '客户意见调查, newest first (a partner sees its own center’s)' })
  surveys(
    @Ctx() context: RequestContext,
    @Args(() => SyncPageArgs) page: SyncPageArgs,
    @Arg('filter', () => SurveyFilter, { nullable: true }) filter?: SurveyFilter,
  ) {
    return surveyService.list(context, page, filter ?? {});
  }

  @Authorized('surveys.enter')
  @Mutation(() => Survey, { description: '录入回访结果 (CALLBACK) of a completed work order' })
  recordSurvey(@Ctx() context: RequestContext, @Arg('input', () => RecordSurveyInput) input: RecordSurveyInput) {
    return surveyService.record(context, input);
  }

  @Authorized('surveys.enter')
  @Mutation(() => SurveyLink, { description: '生成调查链接: one-time, 14 days; the token is shown only now' })
  createSurveyLink(@Ctx() context: RequestContext, @Arg('workOrderId', () => ID) workOrderId: string) {
    return surveyService.createLink(context, workOrderId);
  }

  @Authorized('complaints.register')
  @Mutation(() => Complaint, { description: '由调查投诉登记投诉: registers the survey’s complaint and links it; MAJOR (重大) goes to the VP in charge' })
  openComplaintFromSurvey(
    @Ctx() context: RequestContext,
    @Arg('surveyId', () => ID) surveyId: string,
    @Arg('severity', () => SurveyComplaintSeverityEnum, {
      defaultValue: 'ORDINARY',
      description: '投诉性质: ORDINARY 一般 (服务部处理并告知客户结果) or MAJOR 重大 (登记为 MAJOR 等级，报分管副总)',
    })
    severity: SurveyComplaintSeverity,
  ) {
    return surveyService.openComplaint(context, surveyId, severity);
  }

  @Query(() => PublicSurvey, { nullable: true, description: '客户调查页 (no sign-in); NOT_FOUND for an unknown, expired or used link' })
  publicSurvey(@Ctx() context: RequestContext, @Arg('token', () => String) token: string) {
    return publicSurveyService.show(context, token);
  }

  @Mutation(() => Boolean, { description: '客户提交调查 (no sign-in, one time)' })
  submitPublicSurvey(@Ctx() context: RequestContext, @Arg('input', () => SubmitPublicSurveyInput) input: SubmitPublicSurveyInput) {
    return publicSurveyService.submit(context, input);
  }

  @FieldResolver(() => WorkOrder)
  workOrder(@Root() survey: Survey, @Ctx() context: RequestContext) {
    return context.loaders.workOrder.load(survey.workOrderId);
  }

  @FieldResolver(() => Technician, { nullable: true })
  technician(@Root() survey: Survey, @Ctx() context: RequestContext) {
    return survey.technicianId ? context.loaders.technician.load(survey.technicianId) : null;
  }

  @FieldResolver(() => Complaint, { nullable: true, description: 'The complaint opened from this survey' })
  complaint(@Root() survey: Survey, @Ctx() context: RequestContext) {
    return survey.complaintId ? context.loaders.complaint.load(survey.complaintId) : null;
  }
}
