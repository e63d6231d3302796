import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 备用机 (000 §6, DOMAIN §5): a loaner unit lent to the customer while their unit is taken back,
 * recorded on the work order itself (one loan per order, rules in the domain's `loaner.ts`).
 * The checks keep the record whole even if a rule were bypassed: a loan has its description,
 * time and signature together; a return implies a loan and comes with who received it; and the
 * repaired unit is never recorded as returned while the loaner is still out. The table's grants
 * and row-level security (a partner sees its own center's orders) cover the new columns.
 */
export class WorkOrderLoaner1764300000000 implements MigrationInterface {
  name = 'WorkOrderLoaner1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE work_order
        ADD COLUMN loaner_description text,
        ADD COLUMN loaner_lent_at timestamptz,
        ADD COLUMN loaner_lent_signature text,
        ADD COLUMN loaner_returned_at timestamptz,
        ADD COLUMN loaner_returned_by_name text,
        ADD CONSTRAINT ck_work_order_loaner_lent CHECK (
          (loaner_lent_at IS NULL) = (loaner_description IS NULL)
          AND (loaner_lent_at IS NULL) = (loaner_lent_signature IS NULL)
        ),
        ADD CONSTRAINT ck_work_order_loaner_returned CHECK (
          (loaner_returned_at IS NULL) = (loaner_returned_by_name IS NULL)
          AND (loaner_returned_at IS NULL OR (loaner_lent_at IS NOT NULL AND loaner_returned_at >= loaner_lent_at))
        ),
        ADD CONSTRAINT ck_work_order_loaner_back CHECK (
          returned_at IS NULL OR loaner_lent_at IS NULL OR loaner_returned_at IS NOT NULL
        );

      -- The goods book's "备用机未还" view: few rows, so a partial index stays small.
      CREATE INDEX ix_work_order_loaner_out ON work_order (called_at) WHERE loaner_lent_at IS NOT NULL AND loaner_returned_at IS NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX ix_work_order_loaner_out;
      ALTER TABLE work_order
        DROP COLUMN loaner_returned_by_name,
        DROP COLUMN loaner_returned_at,
        DROP COLUMN loaner_lent_signature,
        DROP COLUMN loaner_lent_at,
        DROP COLUMN loaner_description;
    `);
  }
}
