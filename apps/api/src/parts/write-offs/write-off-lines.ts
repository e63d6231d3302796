import {
  centerLocation,
  computeWriteOff,
  oldPartsToWriteOff,
  quarterRange,
  type PartUsage as UsageRecord,
  type WriteOffPartCount,
} from '@aftersales/domain';
import { In, type EntityManager } from 'typeorm';
import { Part } from '../../reference-data/parts/part.entity.js';
import { oldPartsHeldAt } from '../stock/old-parts-held.js';
import type { WriteOffLineView } from './write-off-line.type.js';
import type { PartsWriteOff } from './parts-write-off.entity.js';

export interface WriteOffReading {
  lines: WriteOffLineView[];
  canClose: boolean;
  blockingPartIds: string[];
  first: string;
  last: string;
}

interface LedgerRow {
  part_id: string;
  received: string;
  scrapped: string;
  transferred_out: string;
  old_returned: string;
  book_start: string;
  book_end: string;
}

/*
 * Per part at the center, from the ledger: what came in (IN of any source, TRANSFER in) and went
 * out (SCRAP, TRANSFER out) during the quarter, the book balance before its first and after its
 * last day (SHIP in is in transit, not stock), and the old parts handed back under this write-off
 * (returns happen after the quarter ends, when the write-off is open). Days are the business
 * calendar's.
 */
const LEDGER_SQL = `
  SELECT part_id,
    coalesce(sum(quantity) FILTER (WHERE to_location = $1 AND kind IN ('IN', 'TRANSFER') AND day BETWEEN $2::date AND $3::date), 0) AS received,
    coalesce(sum(quantity) FILTER (WHERE from_location = $1 AND kind = 'SCRAP' AND day BETWEEN $2::date AND $3::date), 0) AS scrapped,
    coalesce(sum(quantity) FILTER (WHERE from_location = $1 AND kind = 'TRANSFER' AND day BETWEEN $2::date AND $3::date), 0) AS transferred_out,
    coalesce(sum(quantity) FILTER (WHERE from_location = $1 AND kind = 'RETURN_OLD_PART'
      AND (write_off_id = $5 OR (write_off_id IS NULL AND day BETWEEN $2::date AND $3::date))), 0) AS old_returned,
    coalesce(sum(balance) FILTER (WHERE day < $2::date), 0) AS book_start,
    coalesce(sum(balance) FILTER (WHERE day <= $3::date), 0) AS book_end
  FROM (
    SELECT part_id, kind, quantity, from_location, to_location, write_off_id, (at AT TIME ZONE $4)::date AS day,
      CASE WHEN to_location = $1 AND kind IN ('IN', 'TRANSFER') THEN quantity
           WHEN from_location = $1 AND kind IN ('OUT', 'SHIP', 'SCRAP', 'TRANSFER') THEN -quantity
           ELSE 0 END AS balance
    FROM stock_movement WHERE from_location = $1 OR to_location = $1
  ) m
  GROUP BY part_id`;

/** The write-off's lines as they stand now (an OPEN one; a CLOSED one reads its voucher). */
export async function liveWriteOffLines(manager: EntityManager, writeOff: PartsWriteOff, timeZone: string): Promise<WriteOffReading> {
  const { first, last } = quarterRange(writeOff.quarter);
  const location = centerLocation(writeOff.repairCenterId);
  const ledger: LedgerRow[] = await manager.query(LEDGER_SQL, [location, first, last, timeZone, writeOff.id]);
  const usages: { work_order_id: string; serial_number: string; part_id: string; quantity: number; used_on: string }[] = await manager.query(
    `SELECT work_order_id, serial_number, part_id, quantity, used_on::text AS used_on
     FROM part_usage WHERE location = $1 AND used_on BETWEEN $2::date AND $3::date`,
    [location, first, last],
  );
  const counts = new Map(writeOff.counts.map((count) => [count.partId, count]));
  const figures = (row: LedgerRow) => [row.received, row.scrapped, row.transferred_out, row.old_returned, row.book_start, row.book_end].map(Number);
  const byPart = new Map(ledger.filter((row) => figures(row).some((value) => value !== 0)).map((row) => [row.part_id, row]));
  const partIds = [...new Set([...byPart.keys(), ...counts.keys(), ...usages.map((usage) => usage.part_id)])];

  const parts: WriteOffPartCount[] = partIds.map((partId) => {
    const row = byPart.get(partId);
    const count = counts.get(partId);
    return {
      partId,
      received: Number(row?.received ?? 0),
      scrapped: Number(row?.scrapped ?? 0),
      transferredOut: Number(row?.transferred_out ?? 0),
      oldPartsReturned: Number(row?.old_returned ?? 0),
      // Until CS counts the shelf, the ledger's balance stands in for the count.
      onHandAtStart: count?.onHandAtStart ?? Number(row?.book_start ?? 0),
      onHandAtEnd: count?.onHandAtEnd ?? Number(row?.book_end ?? 0),
      explanation: count?.explanation ?? null,
    };
  });
  const records: UsageRecord[] = usages.map((usage) => ({
    workOrderId: usage.work_order_id,
    serialNumber: usage.serial_number,
    partId: usage.part_id,
    quantity: usage.quantity,
    location,
    usedOn: usage.used_on,
    oldPartHeldAt: location,
  }));
  const summary = computeWriteOff({ centerId: writeOff.repairCenterId, quarter: writeOff.quarter, parts, usages: records });

  const partRows = partIds.length ? await manager.findBy(Part, { id: In(partIds) }) : [];
  const held = await oldPartsHeldAt(manager, summary.lines.map((line) => ({ location, partId: line.partId })));
  const partById = new Map(partRows.map((part) => [part.id, part]));
  const countOf = new Map(parts.map((part) => [part.partId, part]));
  const lines = summary.lines
    .map((line, index): WriteOffLineView => ({
      ...line,
      onHandAtStart: countOf.get(line.partId)?.onHandAtStart ?? 0,
      onHandAtEnd: countOf.get(line.partId)?.onHandAtEnd ?? 0,
      oldPartsHeld: held[index] ?? 0,
      oldPartsWrittenOff: oldPartsToWriteOff(line, held[index] ?? 0),
      partNumber: partById.get(line.partId)?.partNumber ?? '',
      partName: partById.get(line.partId)?.name ?? '',
    }))
    .sort((a, b) => a.partNumber.localeCompare(b.partNumber));
  return { lines, canClose: summary.canClose, blockingPartIds: summary.blockingPartIds, first, last };
}
