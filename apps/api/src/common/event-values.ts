import { formatMoney } from '@aftersales/domain';

/*
 * An event's data carries values as a partner reads them through GraphQL: instants as ISO
 * strings (DateTimeISO), amounts as decimal strings in yuan (Money), local dates as they are.
 */

export function instantValue(value: Date | null | undefined): string | null {
  return value ? value.toISOString() : null;
}

export function moneyValue(fen: number | null | undefined): string | null {
  return fen == null ? null : formatMoney(fen);
}
