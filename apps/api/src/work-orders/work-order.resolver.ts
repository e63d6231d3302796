import { arrivalLateness, isCarriedOverCall, WORK_ORDER_LIFECYCLE } from '@aftersales/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Reads } from '../common/columns-asked.js';
import { commandEnum } from '../common/command-enum.js';
import { ConnectionType } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { ProductModel } from '../reference-data/product-models/product-model.entity.js';
import { ProductUnit } from '../reference-data/product-units/product-unit.entity.js';
import { WarrantyStatusEnum } from '../reference-data/product-units/product-unit.resolver.js';
import { Region } from '../reference-data/regions/region.entity.js';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { Survey } from '../surveys/survey.entity.js';
import { Technician } from '../technicians/technician.entity.js';
import { PaidServiceFee } from './paid-service-fee.type.js';
import { WorkOrderStatusEnum } from './work-order-enums.js';
import { allowedWorkOrderCommands } from './work-order-commands.js';
import { registerWorkOrder } from './work-order-registration.js';
import { WorkOrder } from './work-order.entity.js';
import {
  CancelWorkOrderInput,
  CompleteWorkOrderInput,
  DispatchWorkOrderInput,
  RecordWorkOrderArrivalInput,
  RegisterWorkOrderInput,
  ReturnWorkOrderUnitInput,
  ShowWorkOrderFeeInput,
  TakeBackWorkOrderUnitInput,
  WorkOrderFilter,
  WorkOrderPageArgs,
} from './work-order.input.js';
import { workOrderService } from './work-order.service.js';

const WorkOrderConnection = ConnectionType(WorkOrder, 'WorkOrder');

const WorkOrderActionEnum = commandEnum(WORK_ORDER_LIFECYCLE, 'WorkOrderAction', '派工单操作: the commands of the work-order lifecycle');

@Resolver(() => WorkOrder)
export class WorkOrderResolver {
  @Authorized('workOrders.read')
  @Query(() => WorkOrderConnection, { description: '派工单列表, newest call first (a partner sees its own center’s)' })
  workOrders(
    @Ctx() context: RequestContext,
    @Args(() => WorkOrderPageArgs) page: WorkOrderPageArgs,
    @Arg('filter', () => WorkOrderFilter, { nullable: true }) filter?: WorkOrderFilter,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return workOrderService.list(context, page, filter ?? {}, info);
  }

  @Authorized('workOrders.read')
  @Query(() => WorkOrder, { nullable: true, description: '派工单详情' })
  workOrder(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return workOrderService.findOrFail(context, id);
  }

  @Authorized('workOrders.read')
  @Query(() => [WorkOrder], { description: '待派工: every CALLED order, carried-over calls first, then by call time (003 §13)' })
  dispatchQueue(@Ctx() context: RequestContext) {
    return workOrderService.dispatchQueue(context);
  }

  @Authorized('workOrders.register')
  @Mutation(() => WorkOrder, { description: '叫修登记: code, warranty, arrival due time; earlier repairs of the same fault become repeats' })
  registerWorkOrder(@Ctx() context: RequestContext, @Arg('input', () => RegisterWorkOrderInput) input: RegisterWorkOrderInput) {
    return registerWorkOrder(context, input);
  }

  @Authorized('workOrders.dispatch')
  @Mutation(() => WorkOrder, { description: '派工: a certified technician of an ACTIVE center or head office; re-assign while DISPATCHED' })
  dispatchWorkOrder(@Ctx() context: RequestContext, @Arg('input', () => DispatchWorkOrderInput) input: DispatchWorkOrderInput) {
    return workOrderService.dispatch(context, input);
  }

  @Authorized('workOrders.record')
  @Mutation(() => WorkOrder, { description: '登记到达时间 (compared with the arrival due time)' })
  recordWorkOrderArrival(@Ctx() context: RequestContext, @Arg('input', () => RecordWorkOrderArrivalInput) input: RecordWorkOrderArrivalInput) {
    return workOrderService.recordArrival(context, input);
  }

  @Authorized('workOrders.record')
  @Mutation(() => WorkOrder, { description: '出示收费标准: PAID only, before the work; labour plus parts at cost' })
  showWorkOrderFee(@Ctx() context: RequestContext, @Arg('input', () => ShowWorkOrderFeeInput) input: ShowWorkOrderFeeInput) {
    return workOrderService.showFee(context, input);
  }

  @Authorized('workOrders.record')
  @Mutation(() => WorkOrder, { description: '带回修理: receipt number and customer signature' })
  takeBackWorkOrderUnit(@Ctx() context: RequestContext, @Arg('input', () => TakeBackWorkOrderUnitInput) input: TakeBackWorkOrderUnitInput) {
    return workOrderService.takeBack(context, input);
  }

  @Authorized('workOrders.record')
  @Mutation(() => WorkOrder, { description: '送回: customer signature, receipt taken back and voided' })
  returnWorkOrderUnit(@Ctx() context: RequestContext, @Arg('input', () => ReturnWorkOrderUnitInput) input: ReturnWorkOrderUnitInput) {
    return workOrderService.returnUnit(context, input);
  }

  @Authorized('workOrders.record')
  @Mutation(() => WorkOrder, { description: '完工: outcome, first-time fix, and the survey to call back' })
  completeWorkOrder(@Ctx() context: RequestContext, @Arg('input', () => CompleteWorkOrderInput) input: CompleteWorkOrderInput) {
    return workOrderService.complete(context, input);
  }

  @Authorized('workOrders.register')
  @Mutation(() => WorkOrder, { description: '取消叫修 (before anyone is on site), with the reason' })
  cancelWorkOrder(@Ctx() context: RequestContext, @Arg('input', () => CancelWorkOrderInput) input: CancelWorkOrderInput) {
    return workOrderService.cancel(context, input);
  }

  @FieldResolver(() => Complaint, { nullable: true, description: 'The complaint the visit serves (source COMPLAINT)' })
  @Reads('complaintId')
  complaint(@Root() order: WorkOrder, @Ctx() context: RequestContext) {
    return order.complaintId ? context.loaders.complaint.load(order.complaintId) : null;
  }

  @FieldResolver(() => Region)
  @Reads('regionId')
  region(@Root() order: WorkOrder, @Ctx() context: RequestContext) {
    return context.loaders.region.load(order.regionId);
  }

  @FieldResolver(() => ProductUnit, { nullable: true, description: 'Null for a serial head office does not know' })
  @Reads('productUnitId')
  productUnit(@Root() order: WorkOrder, @Ctx() context: RequestContext) {
    return order.productUnitId ? context.loaders.productUnit.load(order.productUnitId) : null;
  }

  @FieldResolver(() => ProductModel, { nullable: true })
  @Reads('modelId')
  model(@Root() order: WorkOrder, @Ctx() context: RequestContext) {
    return order.modelId ? context.loaders.productModel.load(order.modelId) : null;
  }

  @FieldResolver(() => RepairCenter, { nullable: true, description: 'Null: head office’s own service' })
  @Reads('repairCenterId')
  repairCenter(@Root() order: WorkOrder, @Ctx() context: RequestContext) {
    return order.repairCenterId ? context.loaders.repairCenter.load(order.repairCenterId) : null;
  }

  @FieldResolver(() => Technician, { nullable: true })
  @Reads('technicianId')
  technician(@Root() order: WorkOrder, @Ctx() context: RequestContext) {
    return order.technicianId ? context.loaders.technician.load(order.technicianId) : null;
  }

  @FieldResolver(() => WarrantyStatusEnum, { description: '三包状态 on the call date' })
  @Reads('warrantyStatus')
  warrantyStatus(@Root() order: WorkOrder) {
    return order.warrantyStatus;
  }

  @FieldResolver(() => Boolean, { description: '隔日未派: still CALLED and called before today, so dispatched first (003 §13)' })
  async carriedOver(@Root() order: WorkOrder, @Ctx() context: RequestContext) {
    if (order.status !== 'CALLED') return false;
    const [today, calendar] = await Promise.all([context.loaders.today(), context.loaders.calendar()]);
    return isCarriedOverCall(order, today, calendar.timeZone);
  }

  @FieldResolver(() => Int, { nullable: true, description: '迟到分钟: null until arrived; 0 = on time' })
  @Reads('arrivedAt', 'arrivalDueAt')
  minutesLate(@Root() order: WorkOrder) {
    return order.arrivedAt ? arrivalLateness(order.arrivalDueAt, order.arrivedAt) : null;
  }

  @FieldResolver(() => PaidServiceFee, { nullable: true, description: '收费标准 as shown to the customer (PAID)' })
  fee(@Root() order: WorkOrder) {
    return order.fee;
  }

  @FieldResolver(() => WorkOrder, { nullable: true, description: 'The later call for the same fault that made this a repeat repair' })
  repeatedBy(@Root() order: WorkOrder, @Ctx() context: RequestContext) {
    return order.repeatedByWorkOrderId ? context.loaders.workOrder.load(order.repeatedByWorkOrderId) : null;
  }

  @FieldResolver(() => [WorkOrder], { description: 'Earlier repairs this call made repeats' })
  repeatOf(@Root() order: WorkOrder, @Ctx() context: RequestContext) {
    return context.loaders.repeatsOfWorkOrder.load(order.id);
  }

  @FieldResolver(() => Survey, { nullable: true, description: '客户意见调查, once completed' })
  async survey(@Root() order: WorkOrder, @Ctx() context: RequestContext) {
    return (await context.loaders.surveysOfWorkOrder.load(order.id))[0] ?? null;
  }

  @FieldResolver(() => [WorkOrderStatusEnum], { description: 'The next states this viewer may move the work order to' })
  allowedTransitions(@Root() order: WorkOrder, @Ctx() context: RequestContext) {
    return allowedWorkOrderCommands(context, order).flatMap((command) => WORK_ORDER_LIFECYCLE.commands[command].to ?? []);
  }

  @FieldResolver(() => [WorkOrderActionEnum.enumObject], {
    description: 'What this viewer may do with the work order now (the domain’s command table: state, permission and guards)',
  })
  allowedActions(@Root() order: WorkOrder, @Ctx() context: RequestContext) {
    return WorkOrderActionEnum.valuesOf(allowedWorkOrderCommands(context, order));
  }
}
