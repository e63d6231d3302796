import { Arg, Args, Authorized, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from 'type-graphql';
import { applySearch } from '../common/audited-records.js';
import { ConnectionType, PageArgs, paginate } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { Region } from '../reference-data/regions/region.entity.js';
import { RepairCenter } from './repair-center.entity.js';

const RepairCenterConnection = ConnectionType(RepairCenter, 'RepairCenter');

@InputType()
export class RepairCenterFilter {
  @Field(() => String, { nullable: true })
  search?: string | null;
}

@Resolver(() => RepairCenter)
export class RepairCenterResolver {
  @Authorized('referenceData.read')
  @Query(() => RepairCenterConnection, { description: '维修中心列表 (a partner sees only its own center)' })
  async repairCenters(
    @Ctx() context: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => RepairCenterFilter, { nullable: true }) filter?: RepairCenterFilter,
  ) {
    const principal = context.requirePrincipal();
    const manager = await context.manager();
    const query = applySearch(
      manager.createQueryBuilder(RepairCenter, 'center'),
      ['center.code', 'center.name'],
      filter?.search,
    );
    if (principal.role === 'PARTNER') query.andWhere('center.id = :own', { own: principal.repairCenterId });
    return paginate(query.orderBy('center.code'), page);
  }

  @FieldResolver(() => Region)
  region(@Root() center: RepairCenter, @Ctx() context: RequestContext) {
    return context.loaders.region.load(center.regionId);
  }
}
