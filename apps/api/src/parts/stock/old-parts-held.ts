import type { StockLocation } from '@aftersales/domain';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/request-context.js';

export interface LocationPart {
  location: StockLocation;
  partId: string;
}

/**
 * Old parts held per location and part: those its usages replaced, less those handed back
 * (RETURN_OLD_PART) and those a closed write-off wrote off (OLD_PART_WRITTEN_OFF). Old parts are
 * never stock, so this is counted from the records, not a level.
 */
export async function oldPartsHeldAt(manager: EntityManager, keys: readonly LocationPart[]): Promise<number[]> {
  if (keys.length === 0) return [];
  const rows: { used: string; returned: string; written_off: string }[] = await manager.query(
    `SELECT
       coalesce((SELECT sum(u.quantity) FROM part_usage u WHERE u.location = k.location AND u.part_id = k.part_id), 0) AS used,
       coalesce((SELECT sum(m.quantity) FROM stock_movement m
                 WHERE m.kind = 'RETURN_OLD_PART' AND m.from_location = k.location AND m.part_id = k.part_id), 0) AS returned,
       coalesce((SELECT sum(m.quantity) FROM stock_movement m
                 WHERE m.kind = 'OLD_PART_WRITTEN_OFF' AND m.from_location = k.location AND m.part_id = k.part_id), 0) AS written_off
     FROM unnest($1::text[], $2::uuid[]) WITH ORDINALITY AS k(location, part_id, n)
     ORDER BY k.n`,
    [keys.map((key) => key.location), keys.map((key) => key.partId)],
  );
  // As the domain's oldPartsHeld reads it: more returned than used is a write-off difference, not a holding.
  return keys.map((_, index) => {
    const row = rows[index];
    return Math.max(0, Number(row?.used ?? 0) - Number(row?.returned ?? 0) - Number(row?.written_off ?? 0));
  });
}

/** The loader behind StockLevel.oldPartsHeld: one query per page of levels. */
export function oldPartsHeldLoader(context: RequestContext) {
  return new DataLoader<LocationPart, number, string>(
    async (keys) => oldPartsHeldAt(await context.manager(), keys),
    { cacheKeyFn: (key) => `${key.location}|${key.partId}` },
  );
}
