import { isUuid } from '../common/ids.js';
import ExcelJS from 'exceljs';
import { SCORE_DIMENSION_LABELS, SCORE_ITEM_LABELS, type ScoreStatus, type TechnicianGrade } from '@aftersales/domain';
import { appError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { csvFile } from '../common/csv-export.js';
import { addSheet, type SheetColumn, workbookBuffer } from '../common/workbook.js';
import type { ExcelFile } from '../common/xlsx-export.js';
import { scoreQueriesService, type ScoreFilter } from './score-queries.service.js';
import { supervisorScoresEntered } from './supervisor-entry.js';
import { msg } from '../i18n/message.js';

const STATUS_LABELS: Record<ScoreStatus, string> = { DRAFT: '草稿', SUBMITTED: '已提交', PUBLISHED: '已发布' };
/** In place of the D3-only total, grade and pay ratio of a draft the supervisor has not scored, as on the page. */
const PENDING = '待评分';
const PENDING_FIGURES = { total: PENDING, grade: PENDING, payRatio: PENDING, currentTotal: PENDING, currentGrade: PENDING };
const PERFORMANCE_LABELS: Record<string, string> = { MEASURED: '有记录', PARTIAL: '部分无记录', NO_DATA: '无派工单' };

// The rubric's names are the domain's (SCORE_ITEM_LABELS), the same the admin page shows.
export const SCORE_EXPORT_COLUMNS: SheetColumn[] = [
  { header: '考核月份', key: 'period', width: 10 },
  { header: '技术员编号', key: 'technicianCode', width: 12 },
  { header: '技术员', key: 'technicianName', width: 12 },
  { header: '维修中心', key: 'center', width: 20 },
  { header: SCORE_ITEM_LABELS.initiative.zh, key: 'initiative', width: 8 },
  { header: SCORE_ITEM_LABELS.coordination.zh, key: 'coordination', width: 8 },
  { header: SCORE_ITEM_LABELS.loyalty.zh, key: 'loyalty', width: 8 },
  { header: SCORE_DIMENSION_LABELS.attitude.zh, key: 'attitude', width: 11 },
  { header: SCORE_ITEM_LABELS.planning.zh, key: 'planning', width: 8 },
  { header: SCORE_ITEM_LABELS.execution.zh, key: 'execution', width: 8 },
  { header: SCORE_ITEM_LABELS.workQuality.zh, key: 'workQuality', width: 9 },
  { header: SCORE_DIMENSION_LABELS.ability.zh, key: 'ability', width: 11 },
  { header: SCORE_ITEM_LABELS.survey.zh, key: 'surveyPoints', width: 12 },
  { header: SCORE_ITEM_LABELS.onTimeArrival.zh, key: 'onTimeArrivalPoints', width: 10 },
  { header: SCORE_ITEM_LABELS.firstTimeFix.zh, key: 'firstTimeFixPoints', width: 10 },
  { header: SCORE_DIMENSION_LABELS.performance.zh, key: 'performance', width: 11 },
  { header: 'D3 数据', key: 'performanceStatus', width: 11 },
  { header: '投诉扣分', key: 'complaintDeduction', width: 9 },
  { header: '总分', key: 'total', width: 8 },
  { header: '等级', key: 'grade', width: 6 },
  { header: '工资比例', key: 'payRatio', width: 9 },
  { header: '调整后总分', key: 'currentTotal', width: 10 },
  { header: '调整后等级', key: 'currentGrade', width: 10 },
  { header: '状态', key: 'status', width: 8 },
  { header: '逾期提交', key: 'late', width: 9 },
];

function filterOf(query: Record<string, string>): ScoreFilter {
  for (const key of ['repairCenterId', 'regionId'] as const) {
    if (query[key] && !isUuid(query[key])) throw appError('BAD_USER_INPUT', msg('apiTechnicianScores.keyvalueValidId', { keyValue: key }), { [key]: msg('apiTechnicianScores.chooseOneList') });
  }
  return {
    repairCenterId: query.repairCenterId || null,
    headOffice: query.headOffice === 'true',
    regionId: query.regionId || null,
    grade: (query.grade || null) as TechnicianGrade | null,
    status: (query.status || null) as ScoreStatus | null,
    search: query.search || null,
    supervisorScoresEntered: query.supervisorScoresEntered ? query.supervisorScoresEntered === 'true' : null,
    late: query.late ? query.late === 'true' : null,
  };
}

/** Every score of the month under the filter, as the export's rows (no paging: up to thousands). */
async function rowsOf(context: RequestContext, query: Record<string, string>) {
  const period = query.period ?? '';
  const connection = await scoreQueriesService.list(context, period, filterOf(query), 'TECHNICIAN', { first: 1_000_000 });
  const technicians = await context.loaders.technician.loadMany(connection.nodes.map((score) => score.technicianId));
  const centerIds = connection.nodes.map((score) => score.repairCenterId).filter((id): id is string => id != null);
  const centers = new Map(
    (await context.loaders.repairCenter.loadMany([...new Set(centerIds)])).flatMap((center) =>
      center && !(center instanceof Error) ? [[center.id, center] as const] : [],
    ),
  );
  const rows = [];
  for (const [index, score] of connection.nodes.entries()) {
    const technician = technicians[index];
    const named = technician && !(technician instanceof Error) ? technician : null;
    const center = score.repairCenterId ? centers.get(score.repairCenterId) : null;
    rows.push({
      ...score,
      technicianCode: named?.code ?? '',
      technicianName: named?.name ?? '',
      center: center ? `${center.code} ${center.name}` : '总部',
      performanceStatus: PERFORMANCE_LABELS[score.performanceStatus] ?? score.performanceStatus,
      status: STATUS_LABELS[score.status],
      late: (await scoreQueriesService.isLate(context, score)) ? '是' : '否',
      ...(supervisorScoresEntered(score) ? {} : PENDING_FIGURES),
    });
  }
  return { period, rows };
}

/** GET /exports/technician-scores.xlsx?period=YYYY-MM&…filter: the month's score table, Chinese headers. */
export async function technicianScoresXlsx(context: RequestContext, query: Record<string, string>): Promise<ExcelFile> {
  const { period, rows } = await rowsOf(context, query);
  const workbook = new ExcelJS.Workbook();
  addSheet(workbook, `技术员考核 ${period}`, SCORE_EXPORT_COLUMNS, rows);
  return { fileName: `技术员月度考核-${period}.xlsx`, content: await workbookBuffer(workbook) };
}

/** The same table as CSV (see `csvFile`: Excel-safe text cells). */
export async function technicianScoresCsv(context: RequestContext, query: Record<string, string>): Promise<ExcelFile> {
  const { period, rows } = await rowsOf(context, query);
  return csvFile(`技术员月度考核-${period}.csv`, SCORE_EXPORT_COLUMNS, rows);
}
