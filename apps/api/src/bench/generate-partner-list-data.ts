import type { DataSource } from 'typeorm';
import { generateComplaintData } from './generate-complaint-data.js';
import { BENCHMARK_SIZE } from './generate-score-data.js';

/**
 * Complaints and parts requisitions at benchmark volume (20,000 each at scale 1), for the partner
 * lists' plans, spread over two years and the demo centers (one in ten with head office).
 * Complaints come from bench:api's generator (the demo has none; it needs the score generator's
 * data first); requisitions are copies of the demo ones, cycled,
 * each with its own code and every timestamp moved by the same amount, so the copies keep their
 * own order of events. Deterministic: row n is always the same.
 */
export async function generatePartnerListData(dataSource: DataSource, perTable: number, log: (line: string) => void = console.log): Promise<void> {
  const generated = async (table: string, prefix: string) =>
    (await dataSource.query(`SELECT EXISTS (SELECT 1 FROM ${table} WHERE code LIKE '${prefix}%') AS found`))[0].found as boolean;
  if (!(await generated('complaint', 'TS-B-'))) await generateComplaintData(dataSource, perTable, BENCHMARK_SIZE.seed, log);
  if (!(await generated('parts_requisition', 'RQ-B-'))) {
    await copyRows(dataSource, 'parts_requisition', 'RQ-B-', perTable);
    log(`  ${perTable.toLocaleString()} parts requisitions`);
  }
  await dataSource.query('VACUUM ANALYZE parts_requisition');
}

async function copyRows(dataSource: DataSource, table: string, codePrefix: string, count: number): Promise<void> {
  const columns: { name: string; type: string }[] = await dataSource.query(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND column_name <> 'id' AND is_generated = 'NEVER'
      ORDER BY ordinal_position`,
    [table],
  );
  const value = ({ name, type }: { name: string; type: string }) => {
    if (name === 'code') return `'${codePrefix}' || lpad(n::text, 6, '0')`;
    if (name === 'repair_center_id') return `CASE WHEN n % 10 = 0 THEN NULL ELSE centers.ids[1 + n % array_length(centers.ids, 1)] END`;
    if (type === 'timestamp with time zone') return `t.${name} - make_interval(mins => (n * 1051)::integer % (730 * 1440))`;
    return `t.${name}`;
  };
  await dataSource.query(
    `WITH t AS (SELECT row_number() OVER (ORDER BY code) AS k, * FROM ${table}),
          size AS (SELECT count(*) AS rows FROM t),
          centers AS (SELECT array_agg(id ORDER BY code) AS ids FROM repair_center)
     INSERT INTO ${table} (${columns.map((column) => column.name).join(', ')})
     SELECT ${columns.map(value).join(', ')}
       FROM generate_series(1, $1::integer) AS n, size, centers, t
      WHERE t.k = 1 + n % size.rows`,
    [count],
  );
}
