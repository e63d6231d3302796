import type { DataSource } from 'typeorm';
import { storeReplyDue } from '../complaints/reply-due.js';

/**
 * Adds `count` complaints to a database the score generator has filled (it defines
 * `bench_fraction` and the `BT-` technicians). One set-based INSERT … SELECT over generate_series,
 * every "random" choice a hash of the row number and the seed, so the rows are the same run after
 * run. The complaints are spread over the demo centers (each in its center's region), with a model,
 * a tier and, for about a third, the center's technician they were verified against; the reply
 * deadline the work list sorts by is then stored by the domain's rule, as every write stores it.
 */
export async function generateComplaintData(dataSource: DataSource, count: number, seed: number, log: (line: string) => void = console.log): Promise<void> {
  await dataSource.query(
    `WITH centers AS (SELECT array_agg(id ORDER BY code) AS ids, array_agg(region_id ORDER BY code) AS regions FROM repair_center),
          models AS (SELECT array_agg(id ORDER BY code) AS ids FROM product_model),
          techs AS (SELECT count(*)::integer AS total FROM technician WHERE code LIKE 'BT-%'),
          c AS (SELECT n,
                       (n % array_length(centers.ids, 1)) AS center,
                       now() - make_interval(secs => bench_fraction(n, $2 + 21) * 86400 * 120) AS received_at,
                       bench_fraction(n, $2 + 22) AS state,
                       bench_fraction(n, $2 + 23) AS weight,
                       floor(bench_fraction(n, $2 + 24) * greatest(techs.total / array_length(centers.ids, 1), 1))::integer AS tech_row
                  FROM generate_series(1, $1::integer) AS n, centers, techs)
     INSERT INTO complaint (code, status, channel, received_at, region_id, repair_center_id, customer_name, customer_phone, customer_address,
            serial_number, model_id, factory_date, main_fault, customer_request, warranty_status, subject, handling_department,
            tier, special_case, escalation_flagged, technician_id, technician_verified_at, technician_verified_by_name)
     SELECT 'TS-B-' || lpad(c.n::text, 6, '0'),
            CASE WHEN c.state < 0.35 THEN 'RECEIVED' WHEN c.state < 0.55 THEN 'ACKNOWLEDGED' WHEN c.state < 0.7 THEN 'INVESTIGATING'
                 WHEN c.state < 0.9 THEN 'RESOLVED' ELSE 'CLOSED' END,
            'PHONE', c.received_at, centers.regions[c.center + 1], centers.ids[c.center + 1],
            '投诉客户' || c.n, '1370000' || lpad((c.n % 10000)::text, 4, '0'), '地址' || c.n,
            'SN-C-' || c.n, models.ids[1 + c.n % array_length(models.ids, 1)], DATE '2024-01-01', '故障', '维修',
            'IN_WARRANTY', 'PRODUCT_QUALITY', 'TECHNICAL',
            CASE WHEN c.weight < 0.8 THEN 'MINOR' WHEN c.weight < 0.97 THEN 'MAJOR' ELSE 'CRITICAL' END,
            c.weight > 0.995, c.n % 50 = 0,
            t.id, CASE WHEN t.id IS NOT NULL THEN c.received_at + interval '2 days' END, CASE WHEN t.id IS NOT NULL THEN '客服' END
       FROM c CROSS JOIN centers CROSS JOIN models
       LEFT JOIN technician t
         ON c.n % 3 = 0 AND t.code = 'BT-' || lpad((c.tech_row * array_length(centers.ids, 1) + c.center)::text, 5, '0')`,
    [count, seed],
  );
  await dataSource.transaction((manager) => storeReplyDue(manager));
  await dataSource.query('VACUUM ANALYZE complaint');
  log(`  ${count.toLocaleString()} complaints`);
}
