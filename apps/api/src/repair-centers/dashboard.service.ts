import { MoreThan } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { DashboardNotice } from './dashboard-notice.entity.js';
import { RepairCenter } from './repair-center.entity.js';

const NOTICE_DAYS = 90;

export const dashboardService = {
  /** 协议即将到期 (or ended, not revoked) within the settings' warning days, soonest first. */
  async expiringAgreements(context: RequestContext): Promise<RepairCenter[]> {
    const manager = await context.manager();
    const today = await context.loaders.today();
    const { agreementExpiryWarningDays } = await context.loaders.repairCenterSettings();
    return manager
      .createQueryBuilder(RepairCenter, 'center')
      .where(`center.recordedStatus <> 'REVOKED'`)
      .andWhere('center.agreementValidTo <= CAST(:today AS date) + CAST(:days AS integer)', { today, days: agreementExpiryWarningDays })
      .orderBy('center.agreementValidTo')
      .getMany();
  },

  /** 通知 of the last 90 days, newest first (at most 50). */
  async notices(context: RequestContext): Promise<DashboardNotice[]> {
    const manager = await context.manager();
    return manager.find(DashboardNotice, {
      where: { at: MoreThan(new Date(Date.now() - NOTICE_DAYS * 86_400_000)) },
      order: { at: 'DESC' },
      take: 50,
    });
  },
};
