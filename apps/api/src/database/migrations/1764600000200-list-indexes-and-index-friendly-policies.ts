import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What closes a complaint's work: the complaint list's second sort key, as the list spells it. */
const COMPLAINT_FINISHED = `(CASE WHEN status IN ('RESOLVED', 'CLOSED', 'REJECTED') THEN 1 ELSE 0 END)`;
const WORK_ORDER_OPEN = `status NOT IN ('COMPLETED', 'CANCELLED')`;

/** The center check of a policy, with the request's scope and center read once per statement. */
const centerCheck = (column: string) => `((SELECT app_head_office()) OR ${column} = (SELECT app_center_id()))`;
/** The settings as PostgreSQL prints them back in pg_policies, read row by row. */
const SCOPE_READ_PER_ROW = `(COALESCE(current_setting('app.scope'::text, true), ''::text) = 'head_office'::text)`;
const CENTER_READ_PER_ROW = `(NULLIF(current_setting('app.center_id'::text, true), ''::text))::uuid`;

/** Also takes policies that compare the scope themselves (scores: head office writes them). */
const readOncePerStatement = (expression: string) =>
  expression
    .replace(/app_sees_center\((\w+)\)/g, (_, column: string) => centerCheck(column))
    .replaceAll(SCOPE_READ_PER_ROW, '(SELECT app_head_office())')
    .replaceAll(CENTER_READ_PER_ROW, '(SELECT app_center_id())');

/** Back to reading the settings row by row: what app_sees_center did, inlined. */
const readRowByRow = (expression: string) =>
  expression.replace(/\( ?SELECT app_head_office\(\) AS app_head_office\)/g, SCOPE_READ_PER_ROW).replace(/\( ?SELECT app_center_id\(\) AS app_center_id\)/g, CENTER_READ_PER_ROW);

/**
 * Issue #12 item 3: every list filter and sort the admin and partners use has an index, and the
 * row-level security policies cost one comparison per row.
 *
 * The policies called `app_sees_center(column)`, which PostgreSQL inlines into
 * `current_setting(scope) = 'head_office' OR column = current_setting(center)::uuid`: two
 * current_setting calls for every row read (a partner's work-order COUNT spent most of its time
 * there). Written as scalar subqueries, the scope and center become init plans, evaluated once per
 * statement. The policy remains an OR (head office sees all rows, including those of no center),
 * which no index can serve; the lists therefore also name the partner's center in their WHERE
 * (common/tenant-filter.ts), a leakproof comparison the planner uses as the index condition.
 *
 * Partner lists get (repair_center_id, sort…) indexes in their sort order; head office's get the
 * sort alone; a center's index replaces the narrower one it extends.
 */
export class ListIndexesAndIndexFriendlyPolicies1764600000200 implements MigrationInterface {
  name = 'ListIndexesAndIndexFriendlyPolicies1764600000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION app_head_office() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
        RETURN coalesce(current_setting('app.scope', true), '') = 'head_office';
      CREATE FUNCTION app_center_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
        RETURN NULLIF(current_setting('app.center_id', true), '')::uuid;
      GRANT EXECUTE ON FUNCTION app_head_office(), app_center_id() TO aftersales_api;
    `);
    await rewritePolicies(db, ['app_sees_center(', 'current_setting('], readOncePerStatement);

    await db.query(`
      DROP INDEX ix_work_order_center, ix_work_order_called;
      CREATE INDEX ix_work_order_center ON work_order (repair_center_id, called_at, code);
      CREATE INDEX ix_work_order_called ON work_order (called_at, code);
      -- A partner's COUNT reads every entry of its center: with the center alone, deduplicated,
      -- that is a seventh of the pages of the sorted index above (7 MB against 54 MB for 1,000,000
      -- orders) and about a quarter faster.
      CREATE INDEX ix_work_order_center_count ON work_order (repair_center_id);
      CREATE INDEX ix_work_order_status ON work_order (status, called_at);
      CREATE INDEX ix_work_order_open ON work_order (called_at, code) WHERE ${WORK_ORDER_OPEN};
      CREATE INDEX ix_work_order_center_open ON work_order (repair_center_id, called_at, code) WHERE ${WORK_ORDER_OPEN};

      DROP INDEX ix_complaint_repair_center;
      CREATE INDEX ix_complaint_work_list ON complaint (special_case DESC, ${COMPLAINT_FINISHED}, reply_due_at, code);
      CREATE INDEX ix_complaint_center_work_list ON complaint (repair_center_id, special_case DESC, ${COMPLAINT_FINISHED}, reply_due_at, code);
      CREATE INDEX ix_complaint_center_received ON complaint (repair_center_id, received_at);
      CREATE INDEX ix_complaint_region ON complaint (region_id, received_at);
      CREATE INDEX ix_complaint_model ON complaint (model_id);

      DROP INDEX ix_parts_requisition_center;
      CREATE INDEX ix_parts_requisition_center ON parts_requisition (repair_center_id, created_at, code);
      CREATE INDEX ix_parts_requisition_created ON parts_requisition (created_at, code);

      CREATE INDEX ix_local_purchase_center ON local_purchase (repair_center_id, created_at, code);
      CREATE INDEX ix_local_purchase_created ON local_purchase (created_at, code);
      CREATE INDEX ix_local_purchase_status ON local_purchase (status, created_at);

      CREATE INDEX ix_parts_write_off_quarter ON parts_write_off (quarter, code);

      CREATE INDEX ix_survey_center ON survey (repair_center_id, created_at, id);
      CREATE INDEX ix_survey_created ON survey (created_at, id);
      CREATE INDEX ix_survey_technician ON survey (technician_id, created_at);

      CREATE INDEX ix_technician_score_center ON technician_score (repair_center_id, period);
      CREATE INDEX ix_audit_entry_center ON audit_entry (repair_center_id, at DESC);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX ix_audit_entry_center, ix_technician_score_center, ix_survey_technician, ix_survey_created, ix_survey_center,
        ix_parts_write_off_quarter, ix_local_purchase_status, ix_local_purchase_created, ix_local_purchase_center,
        ix_parts_requisition_created, ix_parts_requisition_center, ix_complaint_model, ix_complaint_region,
        ix_complaint_center_received, ix_complaint_center_work_list, ix_complaint_work_list,
        ix_work_order_center_open, ix_work_order_open, ix_work_order_status, ix_work_order_center_count, ix_work_order_called, ix_work_order_center;
      CREATE INDEX ix_parts_requisition_center ON parts_requisition (repair_center_id, created_at);
      CREATE INDEX ix_complaint_repair_center ON complaint (repair_center_id);
      CREATE INDEX ix_work_order_center ON work_order (repair_center_id, called_at);
      CREATE INDEX ix_work_order_called ON work_order (called_at);
    `);
    await rewritePolicies(db, ['app_head_office()', 'app_center_id()'], readRowByRow);
    await db.query(`DROP FUNCTION app_head_office(), app_center_id()`);
  }
}

/** Rewrites the USING and WITH CHECK expressions of every policy that mentions one of `markers`. */
async function rewritePolicies(db: QueryRunner, markers: string[], rewrite: (expression: string) => string): Promise<void> {
  const policies: { table: string; policy: string; qual: string | null; check: string | null }[] = await db.query(
    `SELECT tablename AS table, policyname AS policy, qual, with_check AS check FROM pg_policies
      WHERE schemaname = 'public' AND EXISTS (SELECT 1 FROM unnest($1::text[]) AS marker WHERE strpos(qual, marker) > 0 OR strpos(with_check, marker) > 0)
      ORDER BY tablename, policyname`,
    [markers],
  );
  for (const { table, policy, qual, check } of policies) {
    const clauses = [qual ? `USING (${rewrite(qual)})` : '', check ? `WITH CHECK (${rewrite(check)})` : ''].join(' ');
    await db.query(`ALTER POLICY "${policy}" ON "${table}" ${clauses}`);
  }
}
