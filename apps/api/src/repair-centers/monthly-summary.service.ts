import { canDispatch, effectiveCenterStatus, monthRange } from '@aftersales/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { Between } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { Technician } from '../technicians/technician.entity.js';
import { CenterAssessment } from './center-assessment.entity.js';
import { CenterStatusChange } from './center-status-change.entity.js';
import { RepairCenter } from './repair-center.entity.js';
import { repairCenterService } from './repair-center.service.js';

@ObjectType({ description: '维修中心月度汇总 (004 §5.3); work-order and survey figures join as those records arrive' })
export class CenterMonthlySummary {
  @Field(() => RepairCenter)
  repairCenter: RepairCenter;

  @Field(() => String, { description: 'YYYY-MM' })
  month: string;

  @Field(() => Int, { description: 'Active technicians' })
  technicianCount: number;

  @Field(() => Int, { description: 'Technicians who may be dispatched today' })
  dispatchableTechnicianCount: number;

  @Field(() => Int, { description: 'Certificates expiring within the month' })
  certificatesExpiringCount: number;

  @Field(() => [CenterAssessment], { description: 'Assessments dated in the month' })
  assessments: CenterAssessment[];

  @Field(() => [CenterStatusChange], { description: 'Status changes in the month' })
  statusChanges: CenterStatusChange[];
}

export const monthlySummaryService = {
  async summarize(context: RequestContext, repairCenterId: string, month: string): Promise<CenterMonthlySummary> {
    const { first, last } = monthRange(month);
    const repairCenter = await repairCenterService.findOrFail(context, repairCenterId);
    const manager = await context.manager();
    const today = await context.loaders.today();
    const centerStatus = effectiveCenterStatus(repairCenter, today);
    const technicians = await manager.findBy(Technician, { repairCenterId, active: true });
    const assessments = await manager.find(CenterAssessment, {
      where: { repairCenterId, assessedOn: Between(first, last) },
      order: { assessedOn: 'ASC' },
    });
    const statusChanges = await manager
      .createQueryBuilder(CenterStatusChange, 'change')
      .where('change.repairCenterId = :repairCenterId', { repairCenterId })
      // The month in the business calendar's sense: local dates, not UTC ones.
      .andWhere(`(change.at AT TIME ZONE (SELECT time_zone FROM business_calendar_settings WHERE id = 1))::date BETWEEN :first AND :last`, {
        first,
        last,
      })
      .orderBy('change.at')
      .getMany();
    return {
      repairCenter,
      month,
      technicianCount: technicians.length,
      dispatchableTechnicianCount: technicians.filter((t) => canDispatch({ ...t, centerStatus }, today)).length,
      certificatesExpiringCount: technicians.filter(
        (t) => t.certificateExpiresOn !== null && t.certificateExpiresOn >= first && t.certificateExpiresOn <= last,
      ).length,
      assessments,
      statusChanges,
    };
  },
};
