import ExcelJS from 'exceljs';
import type { RequestContext } from '../../common/request-context.js';
import { addSheet, workbookBuffer } from '../../common/workbook.js';
import type { ExcelFile } from '../../common/xlsx-export.js';
import { type QualityReport, qualityReportService } from './quality-report.service.js';

type Breakdown = 'byModel' | 'byCause' | 'byTier' | 'byRegion' | 'byCenter' | 'topFaults';

const BREAKDOWN_SHEETS: [Breakdown, string, string][] = [
  ['byModel', '按型号', '型号'],
  ['byCause', '按故障原因', '故障原因'],
  ['byTier', '按等级', '等级'],
  ['byRegion', '按地区', '地区'],
  ['byCenter', '按维修中心', '维修中心'],
  ['topFaults', '主要故障', '故障描述'],
];

/** GET /exports/quality-report.xlsx?month=YYYY-MM: 产品质量信息月报 with Chinese headers. */
export async function qualityReportFile(context: RequestContext, query: Record<string, string>): Promise<ExcelFile> {
  const month = query.month ?? '';
  const report: QualityReport = await qualityReportService.forMonth(context, month);
  const workbook = new ExcelJS.Workbook();
  addSheet(
    workbook,
    '概况',
    [
      { header: '项目', key: 'item', width: 20 },
      { header: '数值', key: 'value', width: 16 },
    ],
    [
      { item: '月份', value: month },
      { item: '投诉总数', value: report.total },
      { item: '未关闭的纠正措施', value: report.openCorrections.length },
    ],
  );
  for (const [field, title, header] of BREAKDOWN_SHEETS) {
    addSheet(
      workbook,
      title,
      [
        { header: '编码', key: 'key', width: 20 },
        { header, key: 'label', width: 40 },
        { header: '件数', key: 'count', width: 8 },
      ],
      report[field].map((item) => ({ ...item })),
    );
  }
  return { fileName: `产品质量信息月报-${month}.xlsx`, content: await workbookBuffer(workbook) };
}
