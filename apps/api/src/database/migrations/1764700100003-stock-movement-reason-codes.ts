import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stock ledger stored the system's reasons as sentences ("更换 replacement PG-… / SN", "旧件返还
 * HX-…", "JG-… <supplier>") that only restated the record the movement links to. They become codes
 * (issue #13), worded in each reader's language; the linked work order, write-off or local
 * purchase says the rest. Reasons typed by a person stay as they are.
 */
export class StockMovementReasonCodes1764700100003 implements MigrationInterface {
  name = 'StockMovementReasonCodes1764700100003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE stock_movement ADD COLUMN reason_code text
        CONSTRAINT ck_stock_movement_reason_code CHECK (reason_code IN ('REPLACEMENT', 'OLD_PARTS_RETURN', 'LOCAL_PURCHASE'));
      UPDATE stock_movement SET reason = NULL, reason_code = 'REPLACEMENT'
        WHERE work_order_id IS NOT NULL AND reason LIKE '更换 replacement %';
      UPDATE stock_movement SET reason = NULL, reason_code = 'OLD_PARTS_RETURN'
        WHERE write_off_id IS NOT NULL AND reason LIKE '旧件返还 %';
      UPDATE stock_movement m SET reason = NULL, reason_code = 'LOCAL_PURCHASE'
        FROM local_purchase lp
        WHERE m.local_purchase_id = lp.id AND m.reason = lp.code || ' ' || lp.supplier;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE stock_movement m SET reason = '更换 replacement ' || wo.code || ' / ' || wo.serial_number
        FROM work_order wo WHERE m.reason_code = 'REPLACEMENT' AND wo.id = m.work_order_id;
      UPDATE stock_movement m SET reason = '旧件返还 ' || w.code
        FROM parts_write_off w WHERE m.reason_code = 'OLD_PARTS_RETURN' AND w.id = m.write_off_id;
      UPDATE stock_movement m SET reason = lp.code || ' ' || lp.supplier
        FROM local_purchase lp WHERE m.reason_code = 'LOCAL_PURCHASE' AND lp.id = m.local_purchase_id;
      ALTER TABLE stock_movement DROP COLUMN reason_code;
    `);
  }
}
