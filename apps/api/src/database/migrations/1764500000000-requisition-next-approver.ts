import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readPartsSettings } from '../../parts/parts-settings.js';
import { storeNextApprovers } from '../../parts/requisitions/requisition-next-approver.js';

/**
 * Whose signature a requisition waits for, stored so the `waitingForMe` list can filter on it
 * (issue #11: one home for every rule). The value is the domain's `nextApprover`, written by every
 * change of a requisition and of the director's threshold; existing requisitions get it here by
 * running that same function, not an SQL restatement of it. Null: nobody's (not SUBMITTED).
 */
export class RequisitionNextApprover1764500000000 implements MigrationInterface {
  name = 'RequisitionNextApprover1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE parts_requisition
        ADD COLUMN next_approver_role text CONSTRAINT ck_parts_requisition_next_approver CHECK (next_approver_role IN ('CS_MANAGER', 'DIRECTOR'));
      CREATE INDEX ix_parts_requisition_next_approver ON parts_requisition (next_approver_role, created_at) WHERE next_approver_role IS NOT NULL;
    `);
    await storeNextApprovers(db, await readPartsSettings(db));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX ix_parts_requisition_next_approver;
      ALTER TABLE parts_requisition DROP COLUMN next_approver_role;
    `);
  }
}
