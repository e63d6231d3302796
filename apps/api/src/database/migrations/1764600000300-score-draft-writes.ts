import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A month's computation inserts 5,000 drafts in one statement (issue #12); random ids made each
 * row cost more than it needs to, without adding any integrity:
 * - Random (v4) ids put every new row's key on a random page of the primary-key index, so a
 *   month's insert dirtied about 2,000 index pages (each a full-page image in the WAL after a
 *   checkpoint). Time-ordered v7 ids (PostgreSQL 18's uuidv7()) append them to its right edge.
 *   Older servers keep gen_random_uuid().
 * (The policy's per-row current_setting() reads are gone since migration 1764600000200, which
 * rewrote every policy to read the request's scope and center once per statement.)
 */
export class ScoreDraftWrites1764600000300 implements MigrationInterface {
  name = 'ScoreDraftWrites1764600000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DO $$
      BEGIN
        IF current_setting('server_version_num')::integer >= 180000 THEN
          ALTER TABLE technician_score ALTER COLUMN id SET DEFAULT uuidv7();
        END IF;
      END
      $$;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE technician_score ALTER COLUMN id SET DEFAULT gen_random_uuid();
    `);
  }
}
