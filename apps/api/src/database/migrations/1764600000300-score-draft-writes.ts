import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A month's computation inserts 5,000 drafts in one statement (issue #12); two things made each
 * row cost more than it needs to, without adding any integrity:
 * - Random (v4) ids put every new row's key on a random page of the primary-key index, so a
 *   month's insert dirtied about 2,000 index pages (each a full-page image in the WAL after a
 *   checkpoint). Time-ordered v7 ids (PostgreSQL 18's uuidv7()) append them to its right edge.
 *   Older servers keep gen_random_uuid().
 * - The policy's WITH CHECK read current_setting() for every row; as a scalar subquery it is an
 *   InitPlan, evaluated once per statement. Same rule: only head office writes scores.
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
      ALTER POLICY technician_score_by_center ON technician_score
        USING (app_sees_center(repair_center_id)
               AND ((SELECT coalesce(current_setting('app.scope', true), '') = 'head_office') OR status = 'PUBLISHED'))
        WITH CHECK ((SELECT coalesce(current_setting('app.scope', true), '') = 'head_office'));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE technician_score ALTER COLUMN id SET DEFAULT gen_random_uuid();
      ALTER POLICY technician_score_by_center ON technician_score
        USING (app_sees_center(repair_center_id)
               AND (coalesce(current_setting('app.scope', true), '') = 'head_office' OR status = 'PUBLISHED'))
        WITH CHECK (coalesce(current_setting('app.scope', true), '') = 'head_office');
    `);
  }
}
