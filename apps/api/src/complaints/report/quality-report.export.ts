import ExcelJS from 'exceljs';
import type { RequestContext } from '../../common/request-context.js';
import type { ExcelFile } from '../../common/xlsx-export.js';
import { qualityReportService, type CountItem } from './quality-report.service.js';

const SHEETS: [keyof Pick<Awaited<ReturnType<typeof qualityReportService.forMonth>>, 'byModel' | 'byCause' | 'byTier' | 'byRegion' | 'byCenter' | 'topFaults'>, string, string][] = [
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
  const report = await qualityReportService.forMonth(context, month);
  const workbook = new ExcelJS.Workbook();
  const overview = workbook.addWorksheet('概况');
  overview.columns = [
    { header: '项目', key: 'item', width: 20 },
    { header: '数值', key: 'value', width: 16 },
  ];
  overview.addRows([
    { item: '月份', value: month },
    { item: '投诉总数', value: report.total },
    { item: '未关闭的纠正措施', value: report.openCorrections.length },
  ]);
  overview.getRow(1).font = { bold: true };
  for (const [field, title, header] of SHEETS) {
    const sheet = workbook.addWorksheet(title);
    sheet.columns = [
      { header: '编码', key: 'key', width: 20 },
      { header, key: 'label', width: 40 },
      { header: '件数', key: 'count', width: 8 },
    ];
    sheet.addRows((report[field] as CountItem[]).map((item) => ({ ...item })));
    sheet.getRow(1).font = { bold: true };
  }
  return { fileName: `产品质量信息月报-${month}.xlsx`, content: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
