import { formatMoney, RESPONSIBLE_UNIT_LABELS, type ResponsibleUnit } from '@aftersales/domain';
import ExcelJS from 'exceljs';
import type { RequestContext } from '../../common/request-context.js';
import { addSheet, workbookBuffer } from '../../common/workbook.js';
import type { ExcelFile } from '../../common/xlsx-export.js';
import { ledgerService } from './ledger.service.js';

const REASON_LABELS: Record<string, string> = { LATE_FORWARD: '延误转交', LATE_HANDLING: '延误处理' };
const unitLabel = (unit: ResponsibleUnit) => RESPONSIBLE_UNIT_LABELS[unit]?.zh ?? unit;
const yuan = (fen: number) => Number(formatMoney(fen));

/** GET /exports/return-exchange-ledger.xlsx?month=YYYY-MM: the monthly 退赔换 ledger with Chinese headers. */
export async function ledgerFile(context: RequestContext, query: Record<string, string>): Promise<ExcelFile> {
  const month = query.month ?? '';
  const ledger = await ledgerService.forMonth(context, month);
  const workbook = new ExcelJS.Workbook();
  addSheet(
    workbook,
    '责任单位汇总',
    [
      { header: '责任单位', key: 'unit', width: 16 },
      { header: '损失分摊(元)', key: 'lossShare', width: 14 },
      { header: '处理费用(元)', key: 'handlingCost', width: 14 },
      { header: '罚款(元)', key: 'penalties', width: 12 },
      { header: '合计(元)', key: 'total', width: 12 },
    ],
    ledger.rows.map((row) => ({
      unit: unitLabel(row.unit),
      lossShare: yuan(row.lossShare),
      handlingCost: yuan(row.handlingCost),
      penalties: yuan(row.penalties),
      total: yuan(row.total),
    })),
  );
  addSheet(
    workbook,
    '投诉明细',
    [
      { header: '投诉编号', key: 'code', width: 18 },
      { header: '客户', key: 'customer', width: 20 },
      { header: '直接损失(元)', key: 'loss', width: 14 },
      { header: '处理费用(元)', key: 'cost', width: 14 },
      { header: '处理方式', key: 'resolution', width: 10 },
      { header: '责任划分', key: 'responsibility', width: 36 },
    ],
    ledger.complaints.map((complaint) => ({
      code: complaint.code,
      customer: complaint.customerName,
      loss: yuan(complaint.directLoss ?? 0),
      cost: yuan(complaint.handlingCost ?? 0),
      resolution: complaint.resolutionKind ?? '',
      responsibility: complaint.responsibility.map((share) => `${unitLabel(share.unit)} ${share.sharePercent}%`).join('，'),
    })),
  );
  addSheet(
    workbook,
    '罚款',
    [
      { header: '时间', key: 'at', width: 20 },
      { header: '责任单位', key: 'unit', width: 14 },
      { header: '原因', key: 'reason', width: 12 },
      { header: '金额(元)', key: 'amount', width: 10 },
    ],
    ledger.penalties.map((penalty) => ({
      at: penalty.at,
      unit: unitLabel(penalty.unit),
      reason: REASON_LABELS[penalty.reason] ?? penalty.reason,
      amount: yuan(penalty.amount),
    })),
  );
  return { fileName: `退赔换台帐-${month}.xlsx`, content: await workbookBuffer(workbook) };
}
