import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context.js';
import { CenterMonthlySummary, monthlySummaryService } from './monthly-summary.service.js';

@Resolver()
export class MonthlySummaryResolver {
  @Authorized('repairCenters.read')
  @Query(() => CenterMonthlySummary, { description: '维修中心月度汇总; XLSX at /exports/center-monthly-summary.xlsx' })
  centerMonthlySummary(
    @Ctx() context: RequestContext,
    @Arg('repairCenterId', () => ID) repairCenterId: string,
    @Arg('month', () => String, { description: 'YYYY-MM' }) month: string,
  ) {
    return monthlySummaryService.summarize(context, repairCenterId, month);
  }
}
