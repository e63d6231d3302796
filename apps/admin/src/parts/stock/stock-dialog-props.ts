/** What every stock dialog gets from the stock page. */
export interface StockDialogProps {
  /** The location chosen on the page (`''` for all), the dialog's default. */
  location: string;
  onClose: () => void;
  /** The API accepted the change: close and reload levels and ledger. */
  onDone: () => void;
}

/** A whole number of pieces, 1 or more. */
export function isPositivePieces(value: number | null): value is number {
  return value !== null && Number.isInteger(value) && value >= 1;
}
