/**
 * When a failed delivery is tried again: the n-th retry waits base × 2^(n-1), at most 8 hours'
 * worth (480 × base), for MAX_DELIVERY_ATTEMPTS attempts in all. With the production base of one
 * minute: 1, 2, 4, 8, 16, 32, 64, 128, 256 minutes, then 8 h and 8 h: the last attempt comes
 * about 24.5 hours after the first, so a receiver that is down for a day still gets the event.
 */
export const MAX_DELIVERY_ATTEMPTS = 12;
export const PRODUCTION_RETRY_BASE_MS = 60_000;
const LONGEST_WAIT_IN_BASES = 480;

/** The wait before the next attempt after `attemptsSoFar` failed ones; null when there is none left. */
export function retryDelayMs(attemptsSoFar: number, baseMs = PRODUCTION_RETRY_BASE_MS): number | null {
  if (attemptsSoFar >= MAX_DELIVERY_ATTEMPTS) return null;
  return baseMs * Math.min(2 ** (attemptsSoFar - 1), LONGEST_WAIT_IN_BASES);
}

/** Every wait of a delivery that never succeeds, in order. */
export function retrySchedule(baseMs = PRODUCTION_RETRY_BASE_MS): number[] {
  const waits: number[] = [];
  for (let attempts = 1; ; attempts++) {
    const wait = retryDelayMs(attempts, baseMs);
    if (wait === null) return waits;
    waits.push(wait);
  }
}
