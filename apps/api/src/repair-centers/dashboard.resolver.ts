import { Authorized, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context.js';
import { DashboardNotice } from './dashboard-notice.entity.js';
import { dashboardService } from './dashboard.service.js';
import { RepairCenter } from './repair-center.entity.js';
import { describeRevocationNotice } from './revocation-notice.js';

@ObjectType({ description: '首页 What head office should look at now' })
export class Dashboard {
  @Field(() => [RepairCenter], { description: '协议即将到期 (or ended, not revoked), soonest first' })
  expiringAgreements: RepairCenter[];

  @Field(() => [DashboardNotice], { description: '通知, newest first, last 90 days' })
  notices: DashboardNotice[];
}

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Authorized('repairCenters.read')
  @Query(() => Dashboard, { description: '首页 (row-level security limits a partner to its own center)' })
  async dashboard(@Ctx() context: RequestContext): Promise<Dashboard> {
    // One after the other: both share the request's database connection.
    const expiringAgreements = await dashboardService.expiringAgreements(context);
    return { expiringAgreements, notices: await dashboardService.notices(context) };
  }
}

@Resolver(() => DashboardNotice)
export class DashboardNoticeResolver {
  @FieldResolver(() => String, { description: 'The notice in the request’s language (Accept-Language) when the system composed it; stored words otherwise' })
  message(@Root() notice: DashboardNotice, @Ctx() context: RequestContext): string {
    if (notice.messageCode === 'CENTER_REVOKED' && notice.messageValues) return describeRevocationNotice(notice.messageValues, context.language);
    return notice.message ?? '';
  }

  @FieldResolver(() => RepairCenter, { nullable: true })
  repairCenter(@Root() notice: DashboardNotice, @Ctx() context: RequestContext) {
    return notice.repairCenterId ? context.loaders.repairCenter.load(notice.repairCenterId) : null;
  }
}
