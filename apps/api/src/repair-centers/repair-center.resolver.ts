import { agreementDaysLeft, canReceiveWork, effectiveCenterStatus, type RepairCenterStatus } from '@aftersales/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '../common/pagination.js';
import { SyncPageArgs } from '../common/incremental-sync.js';
import type { RequestContext } from '../common/request-context.js';
import { ProductCategory } from '../reference-data/product-categories/product-category.entity.js';
import { Region } from '../reference-data/regions/region.entity.js';
import { Technician } from '../technicians/technician.entity.js';
import { CenterAssessment } from './center-assessment.entity.js';
import { CenterStatusChange } from './center-status-change.entity.js';
import { RepairCenter, RepairCenterStatusEnum } from './repair-center.entity.js';
import { ChangeRepairCenterStatusInput, RepairCenterFilter, RepairCenterInput } from './repair-center.input.js';
import { repairCenterService } from './repair-center.service.js';
import { RepairCenterActionEnum } from './repair-center-actions.js';

const RepairCenterConnection = ConnectionType(RepairCenter, 'RepairCenter');

@Resolver(() => RepairCenter)
export class RepairCenterResolver {
  @Authorized('repairCenters.read')
  @Query(() => RepairCenterConnection, { description: '维修中心列表 (a partner sees only its own center)' })
  repairCenters(
    @Ctx() context: RequestContext,
    @Args(() => SyncPageArgs) page: SyncPageArgs,
    @Arg('filter', () => RepairCenterFilter, { nullable: true }) filter?: RepairCenterFilter,
  ) {
    return repairCenterService.list(context, page, filter);
  }

  @Authorized('repairCenters.read')
  @Query(() => RepairCenter, { description: '维修中心详情' })
  repairCenter(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return repairCenterService.findOrFail(context, id);
  }

  @Authorized('repairCenters.read')
  @Query(() => RepairCenter, { description: '本中心 The calling partner’s own repair center' })
  myCenter(@Ctx() context: RequestContext) {
    return repairCenterService.mine(context);
  }

  @Authorized('repairCenters.manage')
  @Mutation(() => RepairCenter, { description: '新建维修中心' })
  createRepairCenter(@Ctx() context: RequestContext, @Arg('input', () => RepairCenterInput) input: RepairCenterInput) {
    return repairCenterService.create(context, input);
  }

  @Authorized('repairCenters.manage')
  @Mutation(() => RepairCenter, { description: '修改维修中心' })
  updateRepairCenter(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RepairCenterInput) input: RepairCenterInput,
  ) {
    return repairCenterService.update(context, id, input);
  }

  @Authorized('repairCenters.manage')
  @Mutation(() => RepairCenter, { description: '暂停 / 恢复 / 取消授权 (CONFLICT names the allowed next states)' })
  changeRepairCenterStatus(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ChangeRepairCenterStatusInput) input: ChangeRepairCenterStatusInput,
  ) {
    return repairCenterService.changeStatus(context, id, input);
  }

  @FieldResolver(() => Region)
  region(@Root() center: RepairCenter, @Ctx() context: RequestContext) {
    return context.loaders.region.load(center.regionId);
  }

  @FieldResolver(() => [ProductCategory], { description: '可服务的产品类别' })
  categories(@Root() center: RepairCenter, @Ctx() context: RequestContext) {
    return context.loaders.categoriesOfCenter.load(center.id);
  }

  @FieldResolver(() => RepairCenterStatusEnum, { description: 'Effective status: EXPIRED once the agreement has ended' })
  async status(@Root() center: RepairCenter, @Ctx() context: RequestContext): Promise<RepairCenterStatus> {
    return effectiveCenterStatus(center, await context.loaders.today());
  }

  @FieldResolver(() => Boolean, { description: 'Only an ACTIVE center receives new work orders and parts' })
  async canReceiveWork(@Root() center: RepairCenter, @Ctx() context: RequestContext) {
    return canReceiveWork(center, await context.loaders.today());
  }

  @FieldResolver(() => [RepairCenterActionEnum], { description: 'What you may do with its status now (the lifecycle’s allowed commands)' })
  allowedActions(@Root() center: RepairCenter, @Ctx() context: RequestContext) {
    return repairCenterService.allowedActions(context, center);
  }

  @FieldResolver(() => Int, { description: 'Days until the agreement ends (negative once ended)' })
  async agreementDaysLeft(@Root() center: RepairCenter, @Ctx() context: RequestContext) {
    return agreementDaysLeft(center.agreementValidTo, await context.loaders.today());
  }

  @FieldResolver(() => [Technician], { description: '本中心技术员' })
  async technicians(
    @Root() center: RepairCenter,
    @Ctx() context: RequestContext,
    @Arg('includeInactive', () => Boolean, { nullable: true }) includeInactive?: boolean | null,
  ) {
    const all = await context.loaders.techniciansOfCenter.load(center.id);
    return includeInactive ? all : all.filter((technician) => technician.active);
  }

  @FieldResolver(() => [CenterAssessment], { description: '考核记录, newest first' })
  assessments(@Root() center: RepairCenter, @Ctx() context: RequestContext) {
    return context.loaders.assessmentsOfCenter.load(center.id);
  }

  @FieldResolver(() => [CenterStatusChange], { description: '状态变更记录, newest first' })
  statusHistory(@Root() center: RepairCenter, @Ctx() context: RequestContext) {
    return context.loaders.statusHistoryOfCenter.load(center.id);
  }
}
