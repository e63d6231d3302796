import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A partner's whole work-order list is a quarter of a million rows at benchmark scale; counting
 * them for `totalCount` read every index entry of the center (75–170 ms) on every page. The count
 * per center is kept instead, by the table's own triggers, so no writer can forget it:
 * - inserts and deletes adjust it once per statement (transition tables: a bulk insert is one
 *   UPDATE per center, not one per row);
 * - a work order moved to another center moves its count (a row trigger that fires only then).
 * Every work order of a center adds to that center's row, so two transactions inserting work
 * orders of one center wait for each other's commit on it; work orders come in one at a time.
 * Head office's orders (no center) are not counted here. Readable under the same policy as the
 * work orders; written only by the triggers (SECURITY DEFINER: the request role has no grant).
 */
export class WorkOrderCenterCounts1764700700000 implements MigrationInterface {
  name = 'WorkOrderCenterCounts1764700700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE work_order_center_count (
        repair_center_id uuid PRIMARY KEY REFERENCES repair_center (id),
        work_orders bigint NOT NULL CHECK (work_orders >= 0)
      );
      ALTER TABLE work_order_center_count ENABLE ROW LEVEL SECURITY;
      CREATE POLICY work_order_center_count_read ON work_order_center_count FOR SELECT
        USING ((SELECT app_head_office()) OR repair_center_id = (SELECT app_center_id()));
      GRANT SELECT ON work_order_center_count TO aftersales_api;

      CREATE FUNCTION work_order_center_count_add() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        BEGIN
          INSERT INTO work_order_center_count AS c (repair_center_id, work_orders)
          SELECT repair_center_id, count(*) FROM added WHERE repair_center_id IS NOT NULL GROUP BY repair_center_id
          ON CONFLICT (repair_center_id) DO UPDATE SET work_orders = c.work_orders + EXCLUDED.work_orders;
          RETURN NULL;
        END
        $$;
      CREATE TRIGGER work_order_center_count_insert AFTER INSERT ON work_order
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION work_order_center_count_add();

      CREATE FUNCTION work_order_center_count_remove() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        BEGIN
          UPDATE work_order_center_count AS c SET work_orders = c.work_orders - r.removed
            FROM (SELECT repair_center_id, count(*) AS removed FROM removed WHERE repair_center_id IS NOT NULL GROUP BY repair_center_id) AS r
           WHERE c.repair_center_id = r.repair_center_id;
          RETURN NULL;
        END
        $$;
      CREATE TRIGGER work_order_center_count_delete AFTER DELETE ON work_order
        REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION work_order_center_count_remove();

      CREATE FUNCTION work_order_center_count_move() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        BEGIN
          IF OLD.repair_center_id IS NOT NULL THEN
            UPDATE work_order_center_count SET work_orders = work_orders - 1 WHERE repair_center_id = OLD.repair_center_id;
          END IF;
          IF NEW.repair_center_id IS NOT NULL THEN
            INSERT INTO work_order_center_count AS c (repair_center_id, work_orders) VALUES (NEW.repair_center_id, 1)
            ON CONFLICT (repair_center_id) DO UPDATE SET work_orders = c.work_orders + 1;
          END IF;
          RETURN NULL;
        END
        $$;
      CREATE TRIGGER work_order_center_count_move AFTER UPDATE OF repair_center_id ON work_order
        FOR EACH ROW WHEN (OLD.repair_center_id IS DISTINCT FROM NEW.repair_center_id)
        EXECUTE FUNCTION work_order_center_count_move();

      CREATE FUNCTION work_order_center_count_clear() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        BEGIN
          DELETE FROM work_order_center_count;
          RETURN NULL;
        END
        $$;
      CREATE TRIGGER work_order_center_count_truncate AFTER TRUNCATE ON work_order
        FOR EACH STATEMENT EXECUTE FUNCTION work_order_center_count_clear();

      INSERT INTO work_order_center_count (repair_center_id, work_orders)
      SELECT repair_center_id, count(*) FROM work_order WHERE repair_center_id IS NOT NULL GROUP BY repair_center_id;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER work_order_center_count_truncate ON work_order;
      DROP TRIGGER work_order_center_count_move ON work_order;
      DROP TRIGGER work_order_center_count_delete ON work_order;
      DROP TRIGGER work_order_center_count_insert ON work_order;
      DROP FUNCTION work_order_center_count_clear();
      DROP FUNCTION work_order_center_count_move();
      DROP FUNCTION work_order_center_count_remove();
      DROP FUNCTION work_order_center_count_add();
      DROP TABLE work_order_center_count;
    `);
  }
}
