import { SCORE_ITEM_LABELS, type ScoreItem } from '@aftersales/domain';

/** Points as the rubric keeps them: at most 2 decimals, none when whole (15, 13.33). */
export function formatPoints(points: number | null | undefined, language: string): string {
  if (points === null || points === undefined) return '';
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(points);
}

/** A pay ratio as HR reads it: 1.10, 1.00, 0.90. */
export function formatPayRatio(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? '' : ratio.toFixed(2);
}

/** A signed change of points: +2.5, -5. */
export function formatDelta(delta: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(delta);
}

/** The rubric item's name from the domain's table, in the UI language. */
export function scoreItemLabel(item: ScoreItem | string, language: string): string {
  const labels = SCORE_ITEM_LABELS[item as ScoreItem];
  if (!labels) return item;
  return language === 'en' ? labels.en : labels.zh;
}

/** Whether a number has at most two decimals (the rubric's precision). */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
}
