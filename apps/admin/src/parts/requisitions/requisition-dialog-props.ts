import type { RequisitionDetail } from '../parts-types';

/** What every requisition action dialog gets from the detail page. */
export interface RequisitionActionProps {
  requisition: RequisitionDetail;
  onClose: () => void;
  /** The API accepted the change: close and reload. */
  onDone: () => void;
  /** Reload after a CONFLICT; the dialog stays open. */
  onReload: () => void | Promise<unknown>;
}

/** Whole pieces from 0 up to `max`. */
export function isPieces(value: number | null, max: number): value is number {
  return value !== null && Number.isInteger(value) && value >= 0 && value <= max;
}
