import ExcelJS from 'exceljs';
import { addSheet, workbookBuffer } from '../../common/workbook.js';
import type { ExcelFile } from '../../common/xlsx-export.js';
import type { RequestContext } from '../../common/request-context.js';
import { writeOffService } from './write-off.service.js';
import { msg } from '../../i18n/message.js';

const STATUS_LABELS: Record<string, string> = { OPEN: '核销中', CLOSED: '已核销存档' };
const DESTINATION_LABELS: Record<string, string> = { HEAD_OFFICE: '客户服务部', FACTORY: '制造单元' };

/** GET /exports/parts-write-off.xlsx?id=… — the voucher (核销凭证) as CS files it, Chinese headers. */
export async function writeOffFile(context: RequestContext, query: Record<string, string>): Promise<ExcelFile> {
  const writeOff = await writeOffService.findOrFail(context, query.id ?? '');
  const reading = await writeOffService.reading(context, writeOff);
  const center = await context.loaders.repairCenter.load(writeOff.repairCenterId);
  const returns = await writeOffService.oldPartReturns(context, writeOff);
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();

  addSheet(workbook, '核销凭证', [
    { header: '项目', key: 'item', width: 18 },
    { header: '内容', key: 'value', width: 40 },
  ], [
    { item: '核销单号', value: writeOff.code },
    { item: '维修中心', value: center ? `${center.code} ${center.name}` : writeOff.repairCenterId },
    { item: '季度', value: msg('apiParts.quarterFirstLast', { quarter: writeOff.quarter, first: reading.first, last: reading.last }) },
    { item: '状态', value: STATUS_LABELS[writeOff.status] ?? writeOff.status },
    { item: '开单人', value: writeOff.openedByName },
    { item: '核销人', value: writeOff.closedByName ?? '' },
    { item: '核销时间', value: writeOff.closedAt ? writeOff.closedAt.toISOString() : '' },
    { item: '关闭领用单数', value: writeOff.voucher?.requisitionIds.length ?? '' },
  ]);

  addSheet(workbook, '核销明细', [
    { header: '配件编号', key: 'partNumber', width: 14 },
    { header: '配件名称', key: 'partName', width: 20 },
    { header: '季初在库', key: 'onHandAtStart', width: 10 },
    { header: '本季收入', key: 'received', width: 10 },
    { header: '本季使用', key: 'used', width: 10 },
    { header: '报废', key: 'scrapped', width: 8 },
    { header: '调出', key: 'transferredOut', width: 8 },
    { header: '季末在库', key: 'onHandAtEnd', width: 10 },
    { header: '库存差异', key: 'stockDifference', width: 10 },
    { header: '旧件返还', key: 'oldPartsReturned', width: 10 },
    { header: '旧件差异', key: 'oldPartDifference', width: 10 },
    { header: '旧件核销', key: 'oldPartsWrittenOff', width: 10 },
    { header: '旧件在存', key: 'oldPartsHeld', width: 10 },
    { header: '差异说明', key: 'explanation', width: 40 },
  ], reading.lines.map((line) => ({ ...line, explanation: line.explanation ?? '' })));

  addSheet(workbook, '旧件返还', [
    { header: '时间', key: 'at', width: 22 },
    { header: '配件编号', key: 'partNumber', width: 14 },
    { header: '数量', key: 'quantity', width: 8 },
    { header: '返还至', key: 'to', width: 12 },
    { header: '经办人', key: 'actorName', width: 16 },
  ], returns.map((movement) => ({
    at: movement.at.toISOString(),
    partNumber: reading.lines.find((line) => line.partId === movement.partId)?.partNumber ?? movement.partId,
    quantity: movement.quantity,
    to: DESTINATION_LABELS[movement.toLocation ?? ''] ?? movement.toLocation,
    actorName: movement.actorName,
  })));

  return { fileName: `配件核销-${center?.code ?? 'center'}-${writeOff.quarter}.xlsx`, content: await workbookBuffer(workbook) };
}
