/*
 * Score points are decimals with at most 2 places (87.5, 13.33). They are carried as integer
 * hundredths so that sums, rescaling and the grade boundaries (89.99 is B, 90 is A) are exact;
 * adding floats such as 0.1 + 0.2 would drift off the boundary.
 */

export const HUNDREDTHS_PER_POINT = 100;

/** Integer hundredths of a points value, or null unless it is a finite number with at most 2 decimals. */
export function toHundredths(points: unknown): number | null {
  if (typeof points !== 'number' || !Number.isFinite(points)) return null;
  const hundredths = Math.round(points * HUNDREDTHS_PER_POINT);
  // Tolerates the float error of decimal input (89.99 * 100 = 8998.999…) but not a third decimal.
  if (Math.abs(points * HUNDREDTHS_PER_POINT - hundredths) > 1e-6 || !Number.isSafeInteger(hundredths)) return null;
  // Math.round(-0.001) is -0; a negative zero should never reach a stored score.
  return hundredths === 0 ? 0 : hundredths;
}

export function toPoints(hundredths: number): number {
  return hundredths / HUNDREDTHS_PER_POINT;
}

/**
 * numerator / denominator rounded to the nearest integer, halves up (四舍五入), for non-negative
 * integers. Done in integers: the operands stay far below 2^53, so nothing is lost.
 */
export function divideRounded(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}
