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
  orderBy: TechnicianScoreOrder;
};

export const INITIAL_SCORE_LIST_STATE: ScoreListState = {
  search: '',
  center: '',
  regionId: '',
  grade: '',
  status: '',
  orderBy: 'TOTAL_DESC',
};

/** `TechnicianScoreFilter`: head office is a flag of its own, not a center id. */
export function toScoreFilter(state: ScoreListState): ListFilter {
  return compactFilter({
    repairCenterId: state.center && state.center !== HEAD_OFFICE ? state.center : '',
    headOffice: state.center === HEAD_OFFICE,
    regionId: state.regionId,
    grade: state.grade,
    status: state.status,
    search: state.search,
  });
}

export type ScoreExportFormat = 'xlsx' | 'csv';

/** The month's scores as a file (Chinese headers), narrowed by the same filter as the table. */
export function scoreExportUrl(format: ScoreExportFormat, period: string, state: ScoreListState): string {
  const params = new URLSearchParams({ period });
  for (const [key, value] of Object.entries(toScoreFilter(state))) params.set(key, String(value));
  return `/exports/technician-scores.${format}?${params.toString()}`;
}
