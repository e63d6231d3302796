import { effectiveCenterStatus } from '@aftersales/domain';
import type { ExcelFile } from '../common/xlsx-export.js';
import type { RequestContext } from '../common/request-context.js';
import { monthlySummaryService } from './monthly-summary.service.js';
import { monthlySummaryWorkbook } from './monthly-summary.xlsx.js';

/** GET /exports/center-monthly-summary.xlsx?repairCenterId=…&month=YYYY-MM */
export async function monthlySummaryFile(context: RequestContext, query: Record<string, string>): Promise<ExcelFile> {
  const month = query.month ?? '';
  const summary = await monthlySummaryService.summarize(context, query.repairCenterId ?? '', month);
  const status = effectiveCenterStatus(summary.repairCenter, await context.loaders.today());
  return {
    fileName: `维修中心月度汇总-${summary.repairCenter.code}-${month}.xlsx`,
    content: await monthlySummaryWorkbook(summary, status),
  };
}
