import type { MigrationInterface, QueryRunner } from 'typeorm';
import { storeSubmittedLate } from '../../technician-scores/submitted-late.js';

/**
 * Whether a score was submitted late, stored so the month summary and the late list can count and
 * filter on it (issue #11: one home for every rule). The value is the domain's
 * `isLateSubmission`, written by every write that can change it; existing scores get it here by
 * running that same function. Null: not submitted.
 */
export class ScoreSubmittedLate1764500000001 implements MigrationInterface {
  name = 'ScoreSubmittedLate1764500000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE technician_score ADD COLUMN submitted_late boolean`);
    await storeSubmittedLate(db.manager);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE technician_score DROP COLUMN submitted_late`);
  }
}
