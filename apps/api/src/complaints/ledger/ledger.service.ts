import { allocateLoss, ledgerTotals, monthRange, type ResponsibleUnit } from '@aftersales/domain';
import { Field, ObjectType } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { MoneyScalar } from '../../common/scalars.js';
import { ResponsibleUnitEnum } from '../complaint-enums.js';
import { Complaint } from '../complaint.entity.js';
import { ComplaintPenalty } from './complaint-penalty.entity.js';

@ObjectType({ description: '退赔换台帐 One responsible unit’s month' })
export class LedgerRow {
  @Field(() => ResponsibleUnitEnum) unit: ResponsibleUnit;
  @Field(() => MoneyScalar, { description: '损失分摊' }) lossShare: number;
  @Field(() => MoneyScalar, { description: '处理费用' }) handlingCost: number;
  @Field(() => MoneyScalar, { description: '罚款' }) penalties: number;
  @Field(() => MoneyScalar) total: number;
}

@ObjectType({ description: '退赔换明细台帐 (001 §1.5): losses, handling costs and fines per responsible unit' })
export class ReturnExchangeLedger {
  @Field(() => String) month: string;
  @Field(() => [LedgerRow]) rows: LedgerRow[];
  @Field(() => [Complaint], { description: 'Complaints resolved in the month' }) complaints: Complaint[];
  @Field(() => [ComplaintPenalty], { description: 'Fines incurred in the month' }) penalties: ComplaintPenalty[];
}

export const ledgerService = {
  async forMonth(context: RequestContext, month: string): Promise<ReturnExchangeLedger> {
    const { first, last } = monthRange(month);
    const manager = await context.manager();
    const { timeZone } = await context.loaders.calendarSettings();
    const inMonth = (column: string) => `(${column} AT TIME ZONE :zone)::date BETWEEN :first AND :last`;
    const complaints = await manager
      .createQueryBuilder(Complaint, 'complaint')
      .where(inMonth('complaint.resolvedAt'), { zone: timeZone, first, last })
      .orderBy('complaint.resolvedAt')
      .getMany();
    const penalties = await manager
      .createQueryBuilder(ComplaintPenalty, 'penalty')
      .where(inMonth('penalty.at'), { zone: timeZone, first, last })
      .orderBy('penalty.at')
      .getMany();
    const divided = complaints.filter((complaint) => complaint.responsibility.length > 0);
    const rows = ledgerTotals({
      lossShares: divided.flatMap((complaint) => allocateLoss(complaint.directLoss ?? 0, complaint.responsibility)),
      handlingCosts: divided.flatMap((complaint) => allocateLoss(complaint.handlingCost ?? 0, complaint.responsibility)),
      penalties,
    });
    return { month, rows, complaints, penalties };
  },
};
