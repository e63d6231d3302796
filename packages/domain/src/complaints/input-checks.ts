/*
 * Small checks the complaint rules share. Values arrive from forms and stored records, so each
 * check accepts `unknown` and never throws.
 */

/** True for a string with something other than spaces in it. */
export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** True for a Date that holds a real instant (not `new Date('garbage')`). */
export function isInstant(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

export function isIntegerBetween(value: unknown, min: number, max: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** A whole number of fen, zero or more. */
export function isNonNegativeFen(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** The fields of a settings object edited by hand, which may be missing or not an object. */
export function recordOf(value: unknown): Record<string, unknown> {
  return value != null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}
