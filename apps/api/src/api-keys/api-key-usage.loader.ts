import DataLoader from 'dataloader';
import { isUuid } from '../common/ids.js';
import type { RequestContext } from '../common/request-context.js';

/** Requests per key over the last 30 UTC days (today included), as written by the usage counter. */
export function requestsLast30DaysLoader(context: RequestContext) {
  return new DataLoader<string, number>(async (ids) => {
    const manager = await context.manager();
    const rows = (await manager.query(
      `SELECT api_key_id, sum(requests)::float8 AS requests FROM api_key_daily_usage
        WHERE api_key_id = ANY($1) AND day > (now() AT TIME ZONE 'UTC')::date - 30
        GROUP BY api_key_id`,
      [ids.filter(isUuid)],
    )) as { api_key_id: string; requests: number }[];
    const found = new Map(rows.map((row) => [row.api_key_id, row.requests]));
    return ids.map((id) => found.get(id) ?? 0);
  });
}
