import { formatMoney } from '@aftersales/domain';
import ExcelJS from 'exceljs';
import type { RequestContext } from '../../common/request-context.js';
import type { ExcelFile } from '../../common/xlsx-export.js';
import { ledgerService } from './ledger.service.js';

const UNIT_LABELS: Record<string, string> = {
  PRODUCTION: '生产车间',
  QUALITY_INSPECTION: '质检处',
  CARRIER: '承运单位',
  MATERIALS: '物资处',
  SALES: '销售处',
  CUSTOMER: '用户',
  TECH_CENTER: '技术中心',
  RESEARCH_DEVELOPMENT: '研发部门',
  COMPANY: '公司',
};
const REASON_LABELS: Record<string, string> = { LATE_FORWARD: '延误转交', LATE_HANDLING: '延误处理' };

/** GET /exports/return-exchange-ledger.xlsx?month=YYYY-MM: the monthly 退赔换 ledger with Chinese headers. */
export async function ledgerFile(context: RequestContext, query: Record<string, string>): Promise<ExcelFile> {
  const month = query.month ?? '';
  const ledger = await ledgerService.forMonth(context, month);
  const workbook = new ExcelJS.Workbook();
  const money = (fen: number) => Number(formatMoney(fen));

  const summary = workbook.addWorksheet('责任单位汇总');
  summary.columns = [
    { header: '责任单位', key: 'unit', width: 16 },
    { header: '损失分摊(元)', key: 'lossShare', width: 14 },
    { header: '处理费用(元)', key: 'handlingCost', width: 14 },
    { header: '罚款(元)', key: 'penalties', width: 12 },
    { header: '合计(元)', key: 'total', width: 12 },
  ];
  for (const row of ledger.rows) {
    summary.addRow({ unit: UNIT_LABELS[row.unit] ?? row.unit, lossShare: money(row.lossShare), handlingCost: money(row.handlingCost), penalties: money(row.penalties), total: money(row.total) });
  }

  const details = workbook.addWorksheet('投诉明细');
  details.columns = [
    { header: '投诉编号', key: 'code', width: 18 },
    { header: '客户', key: 'customer', width: 20 },
    { header: '直接损失(元)', key: 'loss', width: 14 },
    { header: '处理费用(元)', key: 'cost', width: 14 },
    { header: '处理方式', key: 'resolution', width: 10 },
    { header: '责任划分', key: 'responsibility', width: 36 },
  ];
  for (const complaint of ledger.complaints) {
    details.addRow({
      code: complaint.code,
      customer: complaint.customerName,
      loss: money(complaint.directLoss ?? 0),
      cost: money(complaint.handlingCost ?? 0),
      resolution: complaint.resolutionKind ?? '',
      responsibility: complaint.responsibility.map((share) => `${UNIT_LABELS[share.unit] ?? share.unit} ${share.sharePercent}%`).join('，'),
    });
  }

  const fines = workbook.addWorksheet('罚款');
  fines.columns = [
    { header: '时间', key: 'at', width: 20 },
    { header: '责任单位', key: 'unit', width: 14 },
    { header: '原因', key: 'reason', width: 12 },
    { header: '金额(元)', key: 'amount', width: 10 },
  ];
  for (const penalty of ledger.penalties) {
    fines.addRow({ at: penalty.at, unit: UNIT_LABELS[penalty.unit] ?? penalty.unit, reason: REASON_LABELS[penalty.reason] ?? penalty.reason, amount: money(penalty.amount) });
  }
  for (const sheet of [summary, details, fines]) sheet.getRow(1).font = { bold: true };
  return { fileName: `退赔换台帐-${month}.xlsx`, content: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
