import { Authorized, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { MoreThan } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { DashboardNotice } from './dashboard-notice.entity.js';
import { RepairCenter } from './repair-center.entity.js';

@ObjectType({ description: '首页 What head office should look at now' })
export class Dashboard {
  @Field(() => [RepairCenter], { description: '协议即将到期 (or ended, not revoked), soonest first' })
  expiringAgreements: RepairCenter[];

  @Field(() => [DashboardNotice], { description: '通知, newest first, last 90 days' })
  notices: DashboardNotice[];
}

const NOTICE_DAYS = 90;

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Authorized('repairCenters.read')
  @Query(() => Dashboard, { description: '首页 (row-level security limits a partner to its own center)' })
  async dashboard(@Ctx() context: RequestContext): Promise<Dashboard> {
    const manager = await context.manager();
    const today = await context.loaders.today();
    const { agreementExpiryWarningDays } = await context.loaders.repairCenterSettings();
    const expiringAgreements = await manager
      .createQueryBuilder(RepairCenter, 'center')
      .where(`center.recordedStatus <> 'REVOKED'`)
      .andWhere('center.agreementValidTo <= CAST(:today AS date) + CAST(:days AS integer)', { today, days: agreementExpiryWarningDays })
      .orderBy('center.agreementValidTo')
      .getMany();
    const notices = await manager.find(DashboardNotice, {
      where: { at: MoreThan(new Date(Date.now() - NOTICE_DAYS * 86_400_000)) },
      order: { at: 'DESC' },
      take: 50,
    });
    return { expiringAgreements, notices };
  }
}

@Resolver(() => DashboardNotice)
export class DashboardNoticeResolver {
  @FieldResolver(() => RepairCenter, { nullable: true })
  repairCenter(@Root() notice: DashboardNotice, @Ctx() context: RequestContext) {
    return notice.repairCenterId ? context.loaders.repairCenter.load(notice.repairCenterId) : null;
  }
}
