import type { DataSource } from 'typeorm';

export interface ScoreDataSize {
  technicians: number;
  workOrders: number;
  surveys: number;
  months: number;
  /** The same seed gives the same rows, run after run. */
  seed: number;
}

export const BENCHMARK_SIZE: ScoreDataSize = { technicians: 5_000, workOrders: 1_000_000, surveys: 500_000, months: 24, seed: 20_261_123 };

const BATCH = 100_000;

/**
 * Fills a database (migrated, with the demo data for regions, centers and users) with technicians,
 * work orders over the `months` months before the current one, and survey cards. Set-based
 * INSERT … SELECT over generate_series, with every "random" choice a hash of the row number and
 * the seed (`bench_fraction`), so the data is deterministic. About a fifth of the technicians are
 * head-office staff; the rest work for the demo centers.
 */
export async function generateScoreData(
  dataSource: DataSource,
  size: ScoreDataSize,
  log: (line: string) => void = console.log,
): Promise<void> {
  if (size.surveys * 2 > size.workOrders) throw new Error('Surveys are written for every other work order: at most half as many.');
  await dataSource.query(`
    CREATE OR REPLACE FUNCTION bench_fraction(n bigint, salt integer) RETURNS double precision
      LANGUAGE sql IMMUTABLE AS $$ SELECT (hashint8(n * 7919 + salt)::bigint + 2147483648) / 4294967296.0 $$`);
  const seed = size.seed;

  await dataSource.query(
    `INSERT INTO technician (code, name, phone, repair_center_id, certificate_number, certificate_expires_on)
     SELECT 'BT-' || lpad(n::text, 5, '0'), '技术员' || n, '139' || lpad(n::text, 8, '0'),
            CASE WHEN bench_fraction(n, $2) < 0.2 THEN NULL
                 ELSE (SELECT id FROM repair_center ORDER BY code OFFSET (n % (SELECT count(*) FROM repair_center)) LIMIT 1) END,
            'ZG-B-' || n, current_date + 365
       FROM generate_series(1, $1::integer) AS n`,
    [size.technicians, seed],
  );
  log(`  ${size.technicians.toLocaleString()} technicians`);

  // The window: `months` whole months before the current one, in Asia/Shanghai.
  const [{ from_at: fromAt, span_seconds: span }] = await dataSource.query(
    `SELECT (date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - make_interval(months => $1)) AT TIME ZONE 'Asia/Shanghai' AS from_at,
            extract(epoch FROM make_interval(months => $1))::bigint - 86400 AS span_seconds`,
    [size.months],
  );
  for (let start = 1; start <= size.workOrders; start += BATCH) {
    const end = Math.min(size.workOrders, start + BATCH - 1);
    // Every other order gets a survey, so those are all completed; about 1 in 25 of the others is cancelled.
    await dataSource.query(
      `WITH t AS (SELECT array_agg(id ORDER BY code) AS ids, array_agg(repair_center_id ORDER BY code) AS centers
                    FROM technician WHERE code LIKE 'BT-%'),
            r AS (SELECT id FROM region ORDER BY code LIMIT 1),
            o AS (SELECT n,
                         $3::timestamptz + make_interval(secs => (n::double precision / $2) * $4) AS called_at,
                         1 + floor(bench_fraction(n, $5 + 1) * array_length(t.ids, 1))::integer AS tech,
                         n % 2 = 1 AND bench_fraction(n, $5 + 2) < 0.04 AS cancelled,
                         bench_fraction(n, $5 + 3) AS lateness,
                         bench_fraction(n, $5 + 4) AS fix
                    FROM generate_series($1::integer, $6::integer) AS n, t)
       INSERT INTO work_order (code, status, source, called_at, region_id, area_type, customer_name, customer_phone, customer_address,
              serial_number, serial_key, fault_code, fault_key, fault_description, warranty_status, service_type,
              repair_center_id, technician_id, arrival_due_at, dispatched_at, arrived_at, outcome, completed_at,
              first_time_fix, cancelled_at, reason)
       SELECT 'WO-B-' || lpad(o.n::text, 7, '0'),
              CASE WHEN o.cancelled THEN 'CANCELLED' ELSE 'COMPLETED' END, 'CALL', o.called_at, r.id,
              CASE WHEN o.n % 3 = 0 THEN 'SUBURBAN' ELSE 'URBAN' END, '客户' || o.n, '1380000' || (o.n % 10000), '地址',
              'SN-' || (o.n % 200000), 'SN-' || (o.n % 200000), 'E0' || (o.n % 9), 'e0' || (o.n % 9), '故障', 'IN_WARRANTY', 'FREE',
              t.centers[o.tech], t.ids[o.tech], o.called_at + interval '6 hours', o.called_at + interval '30 minutes',
              CASE WHEN o.cancelled THEN NULL ELSE o.called_at + make_interval(secs => 3600 + o.lateness * 23400) END,
              CASE WHEN o.cancelled THEN NULL WHEN o.fix < 0.03 THEN 'NOT_FIXED' ELSE 'FIXED_ON_SITE' END,
              CASE WHEN o.cancelled THEN NULL ELSE o.called_at + make_interval(secs => 7200 + o.lateness * 23400) END,
              CASE WHEN o.cancelled THEN NULL ELSE o.fix >= 0.12 END,
              CASE WHEN o.cancelled THEN o.called_at + interval '1 hour' END,
              CASE WHEN o.cancelled THEN '客户取消' WHEN o.fix < 0.03 THEN '缺件' END
         FROM o, t, r`,
      [start, size.workOrders, fromAt, span, seed, end],
    );
    log(`  work orders ${end.toLocaleString()} / ${size.workOrders.toLocaleString()}`);
  }

  // One card for every other order (all completed), answered a day after completion; some items blank.
  const level = (salt: number) => `1 + floor(power(bench_fraction(w.n, ${seed} + ${salt}), 0.4) * 4)::integer`;
  await dataSource.query(
    `INSERT INTO survey (work_order_id, technician_id, repair_center_id, status, attitude, skill, arrival_time, promises_handled,
            channel, responded_at, entered_by_name)
     SELECT w.id, w.technician_id, w.repair_center_id, 'RESPONDED', ${level(11)}, ${level(12)},
            CASE WHEN bench_fraction(w.n, ${seed} + 13) < 0.05 THEN NULL ELSE ${level(14)} END, ${level(15)},
            'CALLBACK', w.completed_at + interval '1 day', '客服'
       FROM (SELECT id, technician_id, repair_center_id, completed_at, substr(code, 6)::bigint AS n
               FROM work_order WHERE code LIKE 'WO-B-%') AS w
      WHERE w.n % 2 = 0 AND w.n / 2 <= $1`,
    [size.surveys],
  );
  log(`  ${size.surveys.toLocaleString()} surveys`);
  await dataSource.query('VACUUM ANALYZE work_order');
  await dataSource.query('VACUUM ANALYZE survey');
  await dataSource.query('VACUUM ANALYZE technician');
}
