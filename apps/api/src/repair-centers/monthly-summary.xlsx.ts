import ExcelJS from 'exceljs';
import { addSheet, workbookBuffer } from '../common/workbook.js';
import type { CenterMonthlySummary } from './monthly-summary.service.js';

const STATUS_LABELS: Record<string, string> = {
  ACTIVE: '正常',
  RECTIFYING: '限期整改',
  SUSPENDED: '暂停',
  REVOKED: '取消授权',
  EXPIRED: '协议到期',
};
const KIND_LABELS: Record<string, string> = { PERIODIC: '定期考核', FOLLOW_UP: '整改复查' };
const RESULT_LABELS: Record<string, string> = { PASSED: '合格', FAILED: '不合格' };

/** The monthly summary as a workbook with Chinese headers, the way the centers report it on paper. */
export async function monthlySummaryWorkbook(summary: CenterMonthlySummary, status: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const center = summary.repairCenter;

  addSheet(workbook, '月度汇总', [
    { header: '项目', key: 'item', width: 24 },
    { header: '内容', key: 'value', width: 40 },
  ], [
    { item: '维修中心编码', value: center.code },
    { item: '维修中心名称', value: center.name },
    { item: '月份', value: summary.month },
    { item: '当前状态', value: STATUS_LABELS[status] ?? status },
    { item: '合作协议编号', value: center.agreementNumber },
    { item: '协议有效期', value: `${center.agreementValidFrom} 至 ${center.agreementValidTo}` },
    { item: '在岗技术员人数', value: summary.technicianCount },
    { item: '可派工技术员人数', value: summary.dispatchableTechnicianCount },
    { item: '本月到期资格证书数', value: summary.certificatesExpiringCount },
    { item: '本月考核次数', value: summary.assessments.length },
    { item: '本月状态变更次数', value: summary.statusChanges.length },
  ]);

  addSheet(workbook, '考核记录', [
    { header: '考核日期', key: 'assessedOn', width: 12 },
    { header: '类型', key: 'kind', width: 10 },
    { header: '质量鉴定水平', key: 'qualityAppraisal', width: 14 },
    { header: '实际操作能力', key: 'practicalAbility', width: 14 },
    { header: '服务态度', key: 'serviceAttitude', width: 10 },
    { header: '结果', key: 'result', width: 8 },
    { header: '整改期限', key: 'deadline', width: 12 },
    { header: '考核人', key: 'assessor', width: 16 },
    { header: '备注', key: 'notes', width: 40 },
  ], summary.assessments.map((assessment) => ({
    assessedOn: assessment.assessedOn,
    kind: KIND_LABELS[assessment.kind],
    ...assessment.scores,
    result: RESULT_LABELS[assessment.result],
    deadline: assessment.rectificationDeadline ?? '',
    assessor: assessment.assessorName,
    notes: assessment.notes ?? '',
  })));

  addSheet(workbook, '状态变更', [
    { header: '时间', key: 'at', width: 20 },
    { header: '原状态', key: 'from', width: 10 },
    { header: '新状态', key: 'to', width: 10 },
    { header: '原因', key: 'reason', width: 50 },
    { header: '操作人', key: 'actor', width: 16 },
  ], summary.statusChanges.map((change) => ({
    at: change.at,
    from: change.fromStatus ? STATUS_LABELS[change.fromStatus] : '',
    to: STATUS_LABELS[change.toStatus],
    reason: change.reason,
    actor: change.actorName,
  })));

  return workbookBuffer(workbook);
}
