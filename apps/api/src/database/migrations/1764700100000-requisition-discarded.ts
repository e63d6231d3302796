import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A requisition DRAFT can be discarded (issue #13): it becomes DISCARDED rather than deleted, so
 * its LY code stays taken (no gap in the year's numbering) and its audit entries keep their record.
 */
export class RequisitionDiscarded1764700100000 implements MigrationInterface {
  name = 'RequisitionDiscarded1764700100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE parts_requisition DROP CONSTRAINT parts_requisition_status_check,
        ADD CONSTRAINT parts_requisition_status_check
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'BACKORDERED', 'SHIPPED', 'RECEIVED', 'CLOSED', 'DISCARDED'));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE parts_requisition SET status = 'DRAFT' WHERE status = 'DISCARDED';
      ALTER TABLE parts_requisition DROP CONSTRAINT parts_requisition_status_check,
        ADD CONSTRAINT parts_requisition_status_check
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'BACKORDERED', 'SHIPPED', 'RECEIVED', 'CLOSED'));
    `);
  }
}
