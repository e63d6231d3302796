import type { DataSource } from 'typeorm';

/** How many requests each key made, counted in memory and written to `api_key_daily_usage` in batches. */
export interface ApiKeyUsage {
  /** Counts one request of the key; no statement. */
  record(apiKeyId: string): void;
  /** Writes what was counted so far in one statement (and waits for a write already under way). */
  flush(): Promise<void>;
  /** Stops the timer and writes what is left (at shutdown). */
  stop(): Promise<void>;
}

export const USAGE_FLUSH_EVERY_MS = 5_000;

const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * A statement per request would double the statements of a busy key's requests (issue #12
 * counts them); a few seconds of counts lost in a crash are a fair price for a usage figure.
 * Several processes add to the same rows, hence the upsert that adds rather than replaces.
 */
export function createApiKeyUsage(dataSource: DataSource, { flushEveryMs = USAGE_FLUSH_EVERY_MS, now = () => new Date() } = {}): ApiKeyUsage {
  /** `day|keyId` → requests not yet written. */
  let counted = new Map<string, number>();
  let writing: Promise<void> = Promise.resolve();

  async function write(): Promise<void> {
    if (counted.size === 0) return;
    const batch = counted;
    counted = new Map();
    const days: string[] = [];
    const keys: string[] = [];
    const requests: number[] = [];
    for (const [entry, count] of batch) {
      const [day, apiKeyId] = entry.split('|') as [string, string];
      days.push(day);
      keys.push(apiKeyId);
      requests.push(count);
    }
    try {
      await dataSource.query(
        `INSERT INTO api_key_daily_usage (api_key_id, day, requests)
         SELECT * FROM unnest($1::uuid[], $2::date[], $3::bigint[])
         ON CONFLICT (api_key_id, day) DO UPDATE SET requests = api_key_daily_usage.requests + EXCLUDED.requests`,
        [keys, days, requests],
      );
    } catch (error) {
      // Kept for the next attempt: a database that is briefly away must not lose the counts.
      for (const [entry, count] of batch) counted.set(entry, (counted.get(entry) ?? 0) + count);
      throw error;
    }
  }

  const flush = () => (writing = writing.then(write, write));
  const timer = setInterval(() => flush().catch((error: unknown) => console.warn('API key usage not written yet:', error)), flushEveryMs);
  timer.unref();

  return {
    record(apiKeyId) {
      const entry = `${utcDay(now())}|${apiKeyId}`;
      counted.set(entry, (counted.get(entry) ?? 0) + 1);
    },
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
