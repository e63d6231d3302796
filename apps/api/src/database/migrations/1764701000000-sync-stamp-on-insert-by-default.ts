import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SYNCED_TABLES } from './1764700500000-incremental-sync-stamps.js';

/**
 * A new row's sync stamp comes from the columns' defaults (`sync_xid`: `pg_current_xact_id()`,
 * `updated_at`: `now()`, both since migration 1764700500000), not from the plpgsql trigger: the
 * same values, without a trigger call per row. A month's computation inserts 5,006 technician
 * scores in one statement, and the trigger was 10–22 ms of it (issue #12). The trigger stays for
 * UPDATE, which no default covers. The API never inserts a sync stamp of its own (the entities'
 * `syncStamp` is `insert: false`).
 */
export class SyncStampOnInsertByDefault1764701000000 implements MigrationInterface {
  name = 'SyncStampOnInsertByDefault1764701000000';

  async up(db: QueryRunner): Promise<void> {
    for (const table of SYNCED_TABLES) {
      await db.query(`
        DROP TRIGGER ${table}_stamp_change ON ${table};
        CREATE TRIGGER ${table}_stamp_change BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION stamp_row_change();
      `);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of SYNCED_TABLES) {
      await db.query(`
        DROP TRIGGER ${table}_stamp_change ON ${table};
        CREATE TRIGGER ${table}_stamp_change BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION stamp_row_change();
      `);
    }
  }
}
