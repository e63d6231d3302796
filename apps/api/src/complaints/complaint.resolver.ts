import {
  COMPLAINT_LIFECYCLE,
  complaintDeadlines,
  type FaultCause,
  type ReplyDeadlineSource,
  type ResponsibilityScenario,
} from '@aftersales/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Reads } from '../common/columns-asked.js';
import { commandEnum } from '../common/command-enum.js';
import { ConnectionType } from '../common/pagination.js';
import { SyncPageArgs } from '../common/incremental-sync.js';
import type { RequestContext } from '../common/request-context.js';
import { LocalDateScalar } from '../common/scalars.js';
import { ProductModel } from '../reference-data/product-models/product-model.entity.js';
import { ProductUnit } from '../reference-data/product-units/product-unit.entity.js';
import { WarrantyResult } from '../reference-data/product-units/product-unit.resolver.js';
import { Region } from '../reference-data/regions/region.entity.js';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { ComplaintStatusEnum, DeadlineStateEnum, FaultCauseEnum, ReplyDeadlineSourceEnum, ResponsibilityScenarioEnum } from './complaint-enums.js';
import { ComplaintEvent } from './complaint-event.entity.js';
import { allowedComplaintCommands } from './complaint-commands.js';
import { registerComplaint } from './complaint-registration.js';
import { Complaint, ResponsibilityShare } from './complaint.entity.js';
import {
  ComplaintFilter,
  ComplaintOrder,
  ForwardingInput,
  InvestigationInput,
  RegisterComplaintInput,
  ReplyExtensionInput,
  RerouteComplaintInput,
  ResolutionInput,
  ResponsibilityInput,
  SpecialCaseInput,
  TransitionComplaintInput,
  VersionedInput,
} from './complaint.input.js';
import { complaintService } from './complaint.service.js';
import { ComplaintPenalty } from './ledger/complaint-penalty.entity.js';
import { ledgerService, ReturnExchangeLedger } from './ledger/ledger.service.js';
import { checkWarranty, WarrantyCheck } from './warranty-check.js';
import type { DeadlineState } from '@aftersales/domain';

const ComplaintConnection = ConnectionType(Complaint, 'Complaint');
const ComplaintActionEnum = commandEnum(COMPLAINT_LIFECYCLE, 'ComplaintAction', '投诉操作: the commands of the complaint lifecycle');

@ObjectType({ description: '期限 One deadline of a complaint' })
export class DeadlineSummary {
  @Field(() => Date)
  due: Date;

  @Field(() => Date, { nullable: true })
  doneAt: Date | null;

  @Field(() => DeadlineStateEnum)
  state: DeadlineState;

  @Field(() => Int, { nullable: true, description: 'Minutes late (so far, or when done late)' })
  overdueMinutes: number | null;
}

@ObjectType({ description: '首次响应 (24 h) and 答复 (by tier, the contractual term or an agreed delay) deadlines' })
export class ComplaintDeadlines {
  @Field(() => DeadlineSummary)
  firstResponse: DeadlineSummary;

  @Field(() => DeadlineSummary, { description: '答复期限: the effective one, the earlier of the tier’s and the contractual term, or the agreed delay' })
  reply: DeadlineSummary;

  @Field(() => ReplyDeadlineSourceEnum, { description: 'Where reply.due comes from' })
  replySource: ReplyDeadlineSource;

  @Field(() => Date, { description: 'The tier’s reply deadline, whatever applies' })
  tierReplyDue: Date;

  @Field(() => Date, { nullable: true, description: '合同答复期限: null without a contractual reply term' })
  contractReplyDue: Date | null;

  @Field(() => Boolean)
  overdue: boolean;
}

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Authorized('complaints.read')
  @Query(() => ComplaintConnection, { description: '投诉列表 (a partner sees its own center’s)' })
  complaints(
    @Ctx() context: RequestContext,
    @Args(() => SyncPageArgs) page: SyncPageArgs,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('orderBy', () => ComplaintOrder, { nullable: true }) orderBy?: ComplaintOrder,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return complaintService.list(context, page, filter, orderBy ?? ComplaintOrder.WORK_LIST, info);
  }

  @Authorized('complaints.read')
  @Query(() => Complaint, { description: '投诉详情' })
  complaint(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return complaintService.findOrFail(context, id);
  }

  @Authorized('complaints.read')
  @Query(() => WarrantyCheck, { description: '三包查询 by serial, or by model + purchase date' })
  warrantyCheck(
    @Ctx() context: RequestContext,
    @Arg('serialNumber', () => String, { nullable: true }) serialNumber?: string | null,
    @Arg('modelId', () => ID, { nullable: true }) modelId?: string | null,
    @Arg('purchaseDate', () => LocalDateScalar, { nullable: true }) purchaseDate?: string | null,
    @Arg('component', () => String, { nullable: true }) component?: string | null,
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf?: string | null,
  ) {
    return checkWarranty(context, { serialNumber, modelId, purchaseDate, component, asOf });
  }

  @Authorized('complaints.read')
  @Query(() => [ResponsibilityShare], { description: '建议责任划分 from the cause (or a named scenario), per settings' })
  proposedResponsibility(
    @Ctx() context: RequestContext,
    @Arg('faultCause', () => FaultCauseEnum) faultCause: FaultCause,
    @Arg('scenario', () => ResponsibilityScenarioEnum, { nullable: true }) scenario?: ResponsibilityScenario | null,
  ) {
    return complaintService.proposedResponsibility(context, faultCause, scenario);
  }

  @Authorized('complaints.register')
  @Mutation(() => Complaint, { description: '登记投诉' })
  registerComplaint(@Ctx() context: RequestContext, @Arg('input', () => RegisterComplaintInput) input: RegisterComplaintInput) {
    return registerComplaint(context, input);
  }

  @Authorized('complaints.handle')
  @Mutation(() => Complaint, { description: '推进投诉状态 (CONFLICT names the allowed next states)' })
  transitionComplaint(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => TransitionComplaintInput) input: TransitionComplaintInput,
  ) {
    return complaintService.transition(context, id, input);
  }

  @Authorized('complaints.investigate')
  @Mutation(() => Complaint, { description: '记录调查结果: cause → quality fault → service type; loss → tier' })
  recordInvestigation(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => InvestigationInput) input: InvestigationInput) {
    return complaintService.investigate(context, id, input);
  }

  @Authorized('complaints.investigate')
  @Mutation(() => Complaint, { description: '划分责任 (shares sum to 100)' })
  setResponsibility(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => ResponsibilityInput) input: ResponsibilityInput) {
    return complaintService.setResponsibility(context, id, input);
  }

  @Authorized('complaints.investigate')
  @Mutation(() => Complaint, { description: '处理方式 退 / 赔 / 换 / 修' })
  setResolution(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => ResolutionInput) input: ResolutionInput) {
    return complaintService.setResolution(context, id, input);
  }

  @Authorized('complaints.approve')
  @Mutation(() => Complaint, { description: '办公会审批 of an especially major complaint' })
  approveOfficeMeeting(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => VersionedInput) input: VersionedInput) {
    return complaintService.approveOfficeMeeting(context, id, input);
  }

  @Authorized('complaints.handle')
  @Mutation(() => Complaint, { description: '登记转交技术中心 (a late forward is fined)' })
  recordForwarding(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => ForwardingInput) input: ForwardingInput) {
    return complaintService.recordForwarding(context, id, input);
  }

  @Authorized('complaints.route')
  @Mutation(() => Complaint, { description: '转派 to another handling department (open complaints; a reason is required)' })
  rerouteComplaint(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => RerouteComplaintInput) input: RerouteComplaintInput) {
    return complaintService.reroute(context, id, input);
  }

  @Authorized('complaints.handle')
  @Mutation(() => Complaint, { description: '记录采购人同意延期答复 (before the reply deadline passes; CONFLICT afterwards)' })
  agreeComplaintReplyExtension(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => ReplyExtensionInput) input: ReplyExtensionInput) {
    return complaintService.agreeReplyExtension(context, id, input);
  }

  @Authorized('complaints.read')
  @Query(() => ReturnExchangeLedger, { description: '退赔换台帐 of a month; XLSX at /exports/return-exchange-ledger.xlsx?month=' })
  returnExchangeLedger(@Ctx() context: RequestContext, @Arg('month', () => String, { description: 'YYYY-MM' }) month: string) {
    return ledgerService.forMonth(context, month);
  }

  @FieldResolver(() => [ComplaintPenalty], { description: '罚款' })
  penalties(@Root() complaint: Complaint, @Ctx() context: RequestContext) {
    return context.loaders.complaintPenalties.load(complaint.id);
  }

  @Authorized('complaints.handle')
  @Mutation(() => Complaint, { description: '标记 / 取消重大危机 (SPECIAL_CASE)' })
  setSpecialCase(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => SpecialCaseInput) input: SpecialCaseInput) {
    return complaintService.setSpecialCase(context, id, input);
  }

  @FieldResolver(() => Region)
  @Reads('regionId')
  region(@Root() complaint: Complaint, @Ctx() context: RequestContext) {
    return context.loaders.region.load(complaint.regionId);
  }

  @FieldResolver(() => RepairCenter, { nullable: true })
  @Reads('repairCenterId')
  repairCenter(@Root() complaint: Complaint, @Ctx() context: RequestContext) {
    return complaint.repairCenterId ? context.loaders.repairCenter.load(complaint.repairCenterId) : null;
  }

  @FieldResolver(() => ProductModel)
  @Reads('modelId')
  model(@Root() complaint: Complaint, @Ctx() context: RequestContext) {
    return context.loaders.productModel.load(complaint.modelId);
  }

  @FieldResolver(() => ProductUnit, { nullable: true })
  @Reads('productUnitId')
  productUnit(@Root() complaint: Complaint, @Ctx() context: RequestContext) {
    return complaint.productUnitId ? context.loaders.productUnit.load(complaint.productUnitId) : null;
  }

  @FieldResolver(() => Boolean, { description: '未登记的出厂编号' })
  @Reads('productUnitId')
  unknownSerial(@Root() complaint: Complaint) {
    return complaint.productUnitId === null;
  }

  @FieldResolver(() => WarrantyResult, { description: '三包状态 on the received date' })
  @Reads('warrantyStatus', 'warrantyEndDate', 'warrantyMonths', 'warrantyComponent')
  warranty(@Root() complaint: Complaint): WarrantyResult {
    return {
      status: complaint.warrantyStatus,
      endDate: complaint.warrantyEndDate,
      months: complaint.warrantyMonths,
      component: complaint.warrantyComponent,
    };
  }

  @FieldResolver(() => ComplaintDeadlines)
  async deadlines(@Root() complaint: Complaint, @Ctx() context: RequestContext) {
    const [settings, calendar] = await Promise.all([context.loaders.complaintSettings(), context.loaders.calendar()]);
    return complaintDeadlines(complaint, new Date(), settings, calendar);
  }

  @FieldResolver(() => [ComplaintActionEnum.enumObject], {
    description: 'What this viewer may do with the complaint now (the domain’s command table: state, permission and guards)',
  })
  async allowedActions(@Root() complaint: Complaint, @Ctx() context: RequestContext) {
    return ComplaintActionEnum.valuesOf(await allowedComplaintCommands(context, complaint));
  }

  @FieldResolver(() => [ComplaintStatusEnum], { description: 'The next states this viewer may move the complaint to' })
  async allowedTransitions(@Root() complaint: Complaint, @Ctx() context: RequestContext) {
    const allowed = await allowedComplaintCommands(context, complaint);
    return allowed.flatMap((command) => COMPLAINT_LIFECYCLE.commands[command].to ?? []);
  }

  @FieldResolver(() => Boolean, { description: '可转派: this viewer may move the complaint to another department now' })
  async canReroute(@Root() complaint: Complaint, @Ctx() context: RequestContext) {
    return (await allowedComplaintCommands(context, complaint)).includes('reroute');
  }

  @FieldResolver(() => Boolean, { description: '可记录采购人同意延期: this viewer may record the purchaser’s consent to a later reply now' })
  async canAgreeReplyExtension(@Root() complaint: Complaint, @Ctx() context: RequestContext) {
    return (await allowedComplaintCommands(context, complaint)).includes('agreeReplyExtension');
  }

  @FieldResolver(() => [ComplaintEvent], { description: '处理记录, oldest first' })
  timeline(@Root() complaint: Complaint, @Ctx() context: RequestContext) {
    return context.loaders.complaintTimeline.load(complaint.id);
  }
}
