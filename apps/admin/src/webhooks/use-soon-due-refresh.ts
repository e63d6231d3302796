import { useEffect } from 'react';

const REFRESH_EVERY_MS = 3_000;
const SOON_MS = 60_000;

/**
 * Reloads the delivery log every few seconds while a delivery is about to be tried (just queued,
 * or its next retry within a minute), so a sent test event turns 成功 / 失败 without a page reload.
 * Retries hours away do not keep the page polling.
 */
export function useSoonDueRefresh(deliveries: readonly { status: string; nextAttemptAt: string | null }[], reload: () => unknown): void {
  const dueSoon = deliveries.some(
    (delivery) => delivery.status === 'PENDING' && (delivery.nextAttemptAt === null || Date.parse(delivery.nextAttemptAt) - Date.now() < SOON_MS),
  );
  useEffect(() => {
    if (!dueSoon) return;
    const timer = setInterval(() => void reload(), REFRESH_EVERY_MS);
    return () => clearInterval(timer);
  }, [dueSoon, reload]);
}
