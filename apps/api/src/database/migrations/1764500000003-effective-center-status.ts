import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The domain's `effectiveCenterStatus` for SQL filters (issue #11: one home for every rule). It
 * cannot be stored: EXPIRED follows the clock, so it is computed when read, by this one function
 * that the repair-center list calls. `test/effective-center-status.test.ts` runs it and the
 * domain function on the same generated cases and requires equal answers, so a change to the
 * rule must change both. IMMUTABLE (today is an argument), so the planner inlines it.
 */
export class EffectiveCenterStatus1764500000003 implements MigrationInterface {
  name = 'EffectiveCenterStatus1764500000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION effective_center_status(recorded_status text, agreement_valid_to date, today date) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN CASE
          WHEN recorded_status = 'REVOKED' THEN 'REVOKED'
          WHEN agreement_valid_to < today THEN 'EXPIRED'
          ELSE recorded_status
        END;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION effective_center_status(text, date, date)`);
  }
}
