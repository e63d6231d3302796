import type { DataSource } from 'typeorm';

/**
 * Complaints and parts requisitions at benchmark volume (20,000 each at scale 1), for the partner
 * lists' plans, spread over two years and the demo centers (one in ten with head office).
 * Complaints are generated (the demo has none); requisitions are copies of the demo ones, cycled,
 * each with its own code and every timestamp moved by the same amount, so the copies keep their
 * own order of events. Deterministic: row n is always the same.
 */
export async function generatePartnerListData(dataSource: DataSource, perTable: number, log: (line: string) => void = console.log): Promise<void> {
  const generated = async (table: string, prefix: string) =>
    (await dataSource.query(`SELECT EXISTS (SELECT 1 FROM ${table} WHERE code LIKE '${prefix}%') AS found`))[0].found as boolean;
  if (!(await generated('complaint', 'CP-B-'))) {
    await generateComplaints(dataSource, perTable);
    log(`  ${perTable.toLocaleString()} complaints`);
  }
  if (!(await generated('parts_requisition', 'RQ-B-'))) {
    await copyRows(dataSource, 'parts_requisition', 'RQ-B-', perTable);
    log(`  ${perTable.toLocaleString()} parts requisitions`);
  }
  await dataSource.query('VACUUM ANALYZE complaint');
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

/** Four in five finished, the rest open with a reply due a week after receipt; one in 200 a special case. */
async function generateComplaints(dataSource: DataSource, count: number): Promise<void> {
  await dataSource.query(
    `WITH centers AS (SELECT array_agg(id ORDER BY code) AS ids FROM repair_center),
          regions AS (SELECT array_agg(id ORDER BY code) AS ids FROM region),
          models AS (SELECT array_agg(id ORDER BY code) AS ids FROM product_model),
          c AS (SELECT n, now() - make_interval(mins => (n * 1051)::integer % (730 * 1440)) AS received_at,
                       (ARRAY['RESOLVED', 'CLOSED', 'CLOSED', 'REJECTED', 'CLOSED', 'CLOSED', 'RESOLVED', 'CLOSED', 'RECEIVED', 'INVESTIGATING'])[1 + n % 10] AS status
                  FROM generate_series(1, $1::integer) AS n)
     INSERT INTO complaint (code, status, channel, received_at, region_id, repair_center_id, customer_name, customer_phone, customer_address,
            serial_number, model_id, factory_date, main_fault, customer_request, warranty_status, subject, handling_department, tier,
            special_case, reply_due_at, resolved_at)
     SELECT 'CP-B-' || lpad(c.n::text, 6, '0'), c.status, 'PHONE', c.received_at, regions.ids[1 + c.n % array_length(regions.ids, 1)],
            CASE WHEN c.n % 10 = 5 THEN NULL ELSE centers.ids[1 + c.n % array_length(centers.ids, 1)] END,
            '投诉客户' || c.n, '1370000' || lpad((c.n % 10000)::text, 4, '0'), '地址', 'SN-' || (c.n % 200000),
            models.ids[1 + c.n % array_length(models.ids, 1)], date '2024-01-01', '不制冷', '维修', 'IN_WARRANTY', 'PRODUCT_QUALITY', 'TECHNICAL',
            'MINOR', c.n % 200 = 0, c.received_at + interval '7 days',
            CASE WHEN c.status IN ('RESOLVED', 'CLOSED') THEN c.received_at + interval '3 days' END
       FROM c, centers, regions, models`,
    [count],
  );
}
