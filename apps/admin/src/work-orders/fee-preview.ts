import type { ResultOf } from '../graphql/graphql';
import type { FEE_PART_OPTIONS_QUERY } from './work-order-queries';
import { formatMoney, paidServiceFee, parseMoney } from '@aftersales/domain';

/** A part offered for the fee schedule's lines; `unitCost` is yuan as a decimal string. */
export type FeePartOption = ResultOf<typeof FEE_PART_OPTIONS_QUERY>['parts']['nodes'][number];

export interface FeeLineDraft {
  partId: string;
  quantity: number | null;
}

/** The fee the customer will be shown, in yuan, or null while the form is incomplete. */
export interface FeePreview {
  labour: string;
  partsTotal: string;
  total: string;
}

/**
 * The same calculation the API makes (labour hours × rate + parts at cost, in exact fen), so the
 * agent sees the total before showing it to the customer. Null until every line is complete.
 */
export function previewFee(labourHours: number | null, hourlyRate: string | null, lines: readonly FeeLineDraft[], parts: readonly FeePartOption[]): FeePreview | null {
  if (labourHours === null || hourlyRate === null) return null;
  const partLines = lines.map((line) => ({ part: parts.find((part) => part.id === line.partId), quantity: line.quantity }));
  if (partLines.some((line) => !line.part || line.quantity === null)) return null;
  try {
    const fee = paidServiceFee({
      labourHours,
      hourlyRate: parseMoney(hourlyRate),
      parts: partLines.map((line) => ({ partNumber: line.part!.partNumber, quantity: line.quantity!, unitCost: parseMoney(line.part!.unitCost) })),
    });
    return { labour: formatMoney(fee.labour), partsTotal: formatMoney(fee.partsTotal), total: formatMoney(fee.total) };
  } catch {
    // Out-of-range hours or quantities: the API names the field when the form is sent.
    return null;
  }
}
