import { canDispatch, effectiveCenterStatus, isCertificateValid } from '@aftersales/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Reads } from '../common/columns-asked.js';
import { ConnectionType } from '../common/pagination.js';
import { SyncPageArgs } from '../common/incremental-sync.js';
import type { RequestContext } from '../common/request-context.js';
import { ProductCategory } from '../reference-data/product-categories/product-category.entity.js';
import { Region } from '../reference-data/regions/region.entity.js';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { TechnicianRegionAssignment } from './technician-region-assignment.entity.js';
import { Technician } from './technician.entity.js';
import { TechnicianFilter, TechnicianInput, TechnicianRegionAssignmentInput } from './technician.input.js';
import { technicianService } from './technician.service.js';

const TechnicianConnection = ConnectionType(Technician, 'Technician');

@Resolver(() => Technician)
export class TechnicianResolver {
  @Authorized('repairCenters.read')
  @Query(() => TechnicianConnection, { description: '技术员列表 (a partner sees only its own center’s)' })
  technicians(
    @Ctx() context: RequestContext,
    @Args(() => SyncPageArgs) page: SyncPageArgs,
    @Arg('filter', () => TechnicianFilter, { nullable: true }) filter?: TechnicianFilter,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return technicianService.list(context, page, filter, info);
  }

  @Authorized('technicians.manage')
  @Mutation(() => Technician, { description: '新建技术员' })
  createTechnician(@Ctx() context: RequestContext, @Arg('input', () => TechnicianInput) input: TechnicianInput) {
    return technicianService.create(context, input);
  }

  @Authorized('technicians.manage')
  @Mutation(() => Technician, { description: '修改技术员' })
  updateTechnician(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => TechnicianInput) input: TechnicianInput,
  ) {
    return technicianService.update(context, id, input);
  }

  @Authorized('technicians.manage')
  @Mutation(() => Technician, { description: '启用 / 停用技术员 (never deleted)' })
  setTechnicianActive(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('active', () => Boolean) active: boolean,
  ) {
    return technicianService.setActive(context, id, active);
  }

  @Authorized('technicians.manage')
  @Mutation(() => TechnicianRegionAssignment, { description: '跨区域派遣 (recorded, 004 §5.2)' })
  assignTechnicianToRegion(
    @Ctx() context: RequestContext,
    @Arg('input', () => TechnicianRegionAssignmentInput) input: TechnicianRegionAssignmentInput,
  ) {
    return technicianService.assignToRegion(context, input);
  }

  @FieldResolver(() => RepairCenter, { nullable: true, description: 'The employer; null for head-office staff' })
  @Reads('repairCenterId')
  repairCenter(@Root() technician: Technician, @Ctx() context: RequestContext) {
    return technician.repairCenterId ? context.loaders.repairCenter.load(technician.repairCenterId) : null;
  }

  @FieldResolver(() => [ProductCategory], { description: '技能 (product categories)' })
  @Reads('id')
  skills(@Root() technician: Technician, @Ctx() context: RequestContext) {
    return context.loaders.skillsOfTechnician.load(technician.id);
  }

  @FieldResolver(() => Boolean, { description: '资格证书有效 today' })
  async certificateValid(@Root() technician: Technician, @Ctx() context: RequestContext) {
    return isCertificateValid(technician, await context.loaders.today());
  }

  @FieldResolver(() => Boolean, { description: '可派工: active, valid certificate, employer ACTIVE' })
  async dispatchable(@Root() technician: Technician, @Ctx() context: RequestContext) {
    const today = await context.loaders.today();
    const center = technician.repairCenterId ? await context.loaders.repairCenter.load(technician.repairCenterId) : null;
    return canDispatch(
      { ...technician, centerStatus: center ? effectiveCenterStatus(center, today) : null },
      today,
    );
  }

  @FieldResolver(() => [TechnicianRegionAssignment], { description: '跨区域派遣记录, newest first' })
  @Reads('id')
  regionAssignments(@Root() technician: Technician, @Ctx() context: RequestContext) {
    return context.loaders.assignmentsOfTechnician.load(technician.id);
  }
}

@Resolver(() => TechnicianRegionAssignment)
export class TechnicianRegionAssignmentResolver {
  @FieldResolver(() => Region)
  region(@Root() assignment: TechnicianRegionAssignment, @Ctx() context: RequestContext) {
    return context.loaders.region.load(assignment.regionId);
  }
}
