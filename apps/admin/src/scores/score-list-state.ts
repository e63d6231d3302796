import { compactFilter, type ListFilter } from '../common/lists/use-connection-list';
import type { TechnicianScoreOrder } from './score-queries';

/** The center filter's value for head office's own technicians (总部), who belong to no center. */
export const HEAD_OFFICE = 'HEAD_OFFICE';

export const SCORE_PAGE_SIZE = 50;

export type ScoreListState = {
  search: string;
  /** '' every center, {@link HEAD_OFFICE}, or a repair center's id. */
  center: string;
  regionId: string;
  grade: string;
  status: string;
  /** 待评分: only scores whose D1/D2 the supervisor has not entered. */
  pending: boolean;
  /** 逾期提交: only late ones (the dashboard's inbox links here). */
  late: boolean;
  orderBy: TechnicianScoreOrder;
};

export const INITIAL_SCORE_LIST_STATE: ScoreListState = {
  search: '',
  center: '',
  regionId: '',
  grade: '',
  status: '',
  pending: false,
  late: false,
  orderBy: 'TOTAL_DESC',
};

/** `TechnicianScoreFilter`: head office is a flag of its own, not a center id. */
export function toScoreFilter(state: ScoreListState): ListFilter {
  const flags = state.pending ? { supervisorScoresEntered: false } : {};
  return { ...flags, ...compactFilter({
    repairCenterId: state.center && state.center !== HEAD_OFFICE ? state.center : '',
    headOffice: state.center === HEAD_OFFICE,
    regionId: state.regionId,
    grade: state.grade,
    status: state.status,
    search: state.search,
    late: state.late,
  }) };
}

export type ScoreExportFormat = 'xlsx' | 'csv';

/** The month's scores as a file (Chinese headers), narrowed by the same filter as the table. */
export function scoreExportUrl(format: ScoreExportFormat, period: string, state: ScoreListState): string {
  const params = new URLSearchParams({ period });
  for (const [key, value] of Object.entries(toScoreFilter(state))) params.set(key, String(value));
  return `/exports/technician-scores.${format}?${params.toString()}`;
}
