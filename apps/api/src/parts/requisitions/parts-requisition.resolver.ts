import { pendingApprovals, requiredApprovals, requisitionValue, type Role } from '@aftersales/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Reads } from '../../common/columns-asked.js';
import { ConnectionType } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { MoneyScalar } from '../../common/scalars.js';
import { Complaint } from '../../complaints/complaint.entity.js';
import { WarrantyResult } from '../../reference-data/product-units/product-unit.resolver.js';
import { RepairCenter } from '../../repair-centers/repair-center.entity.js';
import { RoleEnum } from '../../users/user.entity.js';
import { WorkOrder } from '../../work-orders/work-order.entity.js';
import { PartsWriteOff } from '../write-offs/parts-write-off.entity.js';
import { PartsRequisitionLine } from './parts-requisition-line.entity.js';
import { PartsRequisition } from './parts-requisition.entity.js';
import { PartsShipment } from './parts-shipment.entity.js';
import { allowedActions } from './requisition-actions.js';
import { RequisitionApproval } from './requisition-approval.entity.js';
import { approveRequisition, rejectRequisition, submitRequisition } from './requisition-approvals.js';
import { signedRoles } from './requisition-commands.js';
import { createRequisition, discardRequisition, updateRequisition } from './requisition-drafting.js';
import { RequisitionActionEnum } from './requisition-enums.js';
import { backorderRequisition, receiveRequisition, shipRequisition } from './requisition-fulfilment.js';
import { requisitionQueries } from './requisition-queries.js';
import { warrantyOfRepair } from './requisition-sources.js';
import {
  ApprovedQuantityInput,
  BackorderLineInput,
  ReceiveLineInput,
  RequisitionFilter,
  RequisitionInput,
  RequisitionPageArgs,
  ShipLineInput,
} from './requisition.input.js';

const PartsRequisitionConnection = ConnectionType(PartsRequisition, 'PartsRequisition');

/** The signatures so far, once per requisition however many fields ask. */
async function signed(context: RequestContext, requisition: PartsRequisition) {
  return signedRoles(await context.loaders.approvalsOfRequisition.load(requisition.id));
}

@Resolver(() => PartsRequisition)
export class PartsRequisitionResolver {
  @Authorized('parts.read')
  @Query(() => PartsRequisitionConnection, { description: '三包配件领用单列表, newest first (a partner sees its own center’s)' })
  partsRequisitions(
    @Ctx() context: RequestContext,
    @Args(() => RequisitionPageArgs) page: RequisitionPageArgs,
    @Arg('filter', () => RequisitionFilter, { nullable: true }) filter?: RequisitionFilter,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return requisitionQueries.list(context, page, filter ?? {}, info);
  }

  @Authorized('parts.read')
  @Query(() => PartsRequisition, { nullable: true, description: '领用单详情' })
  partsRequisition(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return requisitionQueries.findOrFail(context, id);
  }

  @Authorized('parts.request')
  @Mutation(() => PartsRequisition, { description: '填写领用单 (DRAFT); a REPAIR line for a unit out of 三包 is refused: it is a paid part' })
  createRequisition(@Ctx() context: RequestContext, @Arg('input', () => RequisitionInput) input: RequisitionInput) {
    return createRequisition(context, input);
  }

  @Authorized('parts.request')
  @Mutation(() => PartsRequisition, { description: '修改领用单 (DRAFT only): header and lines as a whole' })
  updateRequisition(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => RequisitionInput) input: RequisitionInput,
  ) {
    return updateRequisition(context, id, version, input);
  }

  @Authorized('parts.request')
  @Mutation(() => PartsRequisition, { description: '提交 for approval (checked again as it stands)' })
  submitRequisition(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return submitRequisition(context, id, version);
  }

  @Authorized('parts.request')
  @Mutation(() => PartsRequisition, { description: '删除草稿 Discard a DRAFT (→ DISCARDED, final; the record and its code stay)' })
  discardRequisition(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return discardRequisition(context, id, version);
  }

  @Authorized('parts.approve')
  @Mutation(() => PartsRequisition, { description: '审批: the next signer signs, may reduce quantities; the last signature → APPROVED' })
  approveRequisition(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('quantities', () => [ApprovedQuantityInput], { nullable: true, description: 'Reduced quantities { lineId, quantity }' })
    quantities?: ApprovedQuantityInput[] | null,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ) {
    return approveRequisition(context, id, version, quantities ?? [], note);
  }

  @Authorized('parts.approve')
  @Mutation(() => PartsRequisition, { description: '驳回 with the reason (by the signer whose turn it is); final' })
  rejectRequisition(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
  ) {
    return rejectRequisition(context, id, version, reason);
  }

  @Authorized('parts.fulfil')
  @Mutation(() => PartsRequisition, { description: '发货 from the manufacturing unit’s stock (SHIP movements, FIFO); partial → BACKORDERED' })
  shipRequisition(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('carrier', () => String) carrier: string,
    @Arg('trackingNumber', () => String) trackingNumber: string,
    @Arg('lines', () => [ShipLineInput]) lines: ShipLineInput[],
  ) {
    return shipRequisition(context, id, version, { carrier, trackingNumber, lines });
  }

  @Authorized('parts.fulfil')
  @Mutation(() => PartsRequisition, { description: '缺货排产: production order number and expected date for lines without stock → BACKORDERED' })
  backorderRequisition(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('lines', () => [BackorderLineInput]) lines: BackorderLineInput[],
  ) {
    return backorderRequisition(context, id, version, lines);
  }

  @Authorized('parts.receive')
  @Mutation(() => PartsRequisition, { description: '收货确认: the pieces that arrived enter the destination’s stock; a difference needs a note' })
  receiveRequisition(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('lines', () => [ReceiveLineInput]) lines: ReceiveLineInput[],
  ) {
    return receiveRequisition(context, id, version, lines);
  }

  @FieldResolver(() => RepairCenter, { nullable: true, description: 'The center the parts are for; null: head office' })
  @Reads('repairCenterId')
  repairCenter(@Root() requisition: PartsRequisition, @Ctx() context: RequestContext) {
    return requisition.repairCenterId ? context.loaders.repairCenter.load(requisition.repairCenterId) : null;
  }

  @FieldResolver(() => WorkOrder, { nullable: true })
  @Reads('workOrderId')
  workOrder(@Root() requisition: PartsRequisition, @Ctx() context: RequestContext) {
    return requisition.workOrderId ? context.loaders.workOrder.load(requisition.workOrderId) : null;
  }

  @FieldResolver(() => Complaint, { nullable: true })
  @Reads('complaintId')
  complaint(@Root() requisition: PartsRequisition, @Ctx() context: RequestContext) {
    return requisition.complaintId ? context.loaders.complaint.load(requisition.complaintId) : null;
  }

  @FieldResolver(() => WarrantyResult, { nullable: true, description: 'REPAIR: the unit’s 三包 status on the work order’s call (or the complaint’s receipt)' })
  warranty(@Root() requisition: PartsRequisition, @Ctx() context: RequestContext) {
    return requisition.purpose === 'REPAIR' ? warrantyOfRepair(context, requisition) : null;
  }

  @FieldResolver(() => [PartsRequisitionLine])
  @Reads('id')
  lines(@Root() requisition: PartsRequisition, @Ctx() context: RequestContext) {
    return context.loaders.linesOfRequisition.load(requisition.id);
  }

  @FieldResolver(() => MoneyScalar, { description: 'Σ quantity × unit cost (the approved quantities once cut)' })
  async value(@Root() requisition: PartsRequisition, @Ctx() context: RequestContext) {
    return requisitionValue(await context.loaders.linesOfRequisition.load(requisition.id));
  }

  @FieldResolver(() => [RoleEnum], { description: 'Who signs it, in order: CS_MANAGER [, DIRECTOR above the threshold or for STOCKING]' })
  async requiredApprovals(@Root() requisition: PartsRequisition, @Ctx() context: RequestContext): Promise<Role[]> {
    const [lines, settings] = await Promise.all([context.loaders.linesOfRequisition.load(requisition.id), context.loaders.partsSettings()]);
    return requiredApprovals({ purpose: requisition.purpose, lines }, settings);
  }

  @FieldResolver(() => [RoleEnum], { description: 'Signatures still missing, in order (none once decided)' })
  async pendingApprovals(@Root() requisition: PartsRequisition, @Ctx() context: RequestContext): Promise<Role[]> {
    if (requisition.status !== 'DRAFT' && requisition.status !== 'SUBMITTED') return [];
    const [lines, settings, given] = await Promise.all([
      context.loaders.linesOfRequisition.load(requisition.id),
      context.loaders.partsSettings(),
      signed(context, requisition),
    ]);
    return pendingApprovals({ purpose: requisition.purpose, lines }, given, settings);
  }

  @FieldResolver(() => [RequisitionApproval], { description: '审批记录, in signing order' })
  @Reads('id')
  approvals(@Root() requisition: PartsRequisition, @Ctx() context: RequestContext) {
    return context.loaders.approvalsOfRequisition.load(requisition.id);
  }

  @FieldResolver(() => [PartsShipment], { description: '发货记录, oldest first' })
  @Reads('id')
  shipments(@Root() requisition: PartsRequisition, @Ctx() context: RequestContext) {
    return context.loaders.shipmentsOfRequisition.load(requisition.id);
  }

  @FieldResolver(() => PartsWriteOff, { nullable: true, description: 'The quarterly write-off that closed it' })
  @Reads('writeOffId')
  writeOff(@Root() requisition: PartsRequisition, @Ctx() context: RequestContext) {
    return requisition.writeOffId ? context.loaders.partsWriteOff.load(requisition.writeOffId) : null;
  }

  @FieldResolver(() => [RequisitionActionEnum], { description: 'What you may do with it now' })
  async allowedActions(@Root() requisition: PartsRequisition, @Ctx() context: RequestContext) {
    const [lines, approvals, settings] = await Promise.all([
      context.loaders.linesOfRequisition.load(requisition.id),
      context.loaders.approvalsOfRequisition.load(requisition.id),
      context.loaders.partsSettings(),
    ]);
    return allowedActions(context.requirePrincipal(), requisition, lines, approvals, settings);
  }
}
