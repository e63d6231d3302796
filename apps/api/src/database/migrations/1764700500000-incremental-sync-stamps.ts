import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Incremental sync (issue #14 item 5): every table behind a partner-visible list gets
 * - `updated_at` (where it was missing), moved by a BEFORE UPDATE trigger on every change, however
 *   the row is written (typeorm save, query builder, versionedWrite, raw SQL, jobs);
 * - `sync_xid`: the id of the transaction that last wrote the row (`pg_current_xact_id()`, a 64-bit
 *   id that never wraps), set by the same trigger on INSERT and UPDATE. The sync lists page by
 *   `(sync_xid, id)` and return only rows below the visibility horizon
 *   `sync_horizon()`: every transaction of this database below it has ended, so no row can later
 *   appear behind a partner's cursor (see `common/incremental-sync.ts`). `updated_at` cannot
 *   be that key: it is the transaction's start, and a transaction that started earlier may commit
 *   later, behind a cursor that already passed it.
 * - an index `(repair_center_id, sync_xid, id)`: a partner's sync query is
 *   `repair_center_id = $center AND (sync_xid, id) > $cursor AND sync_xid < horizon
 *   ORDER BY sync_xid, id LIMIT n`, one index range read in order (the repair center's own row:
 *   `(sync_xid, id)`).
 */
export const SYNCED_TABLES = [
  'work_order',
  'complaint',
  'parts_requisition',
  'parts_write_off',
  'local_purchase',
  'part_usage',
  'technician',
  'technician_score',
  'maintenance_contract',
  'survey',
  'repair_center',
] as const;

const CURRENT_XID = `(pg_current_xact_id()::text::bigint)`;

export class IncrementalSyncStamps1764700500000 implements MigrationInterface {
  name = 'IncrementalSyncStamps1764700500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION stamp_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.sync_xid := ${CURRENT_XID};
        IF TG_OP = 'UPDATE' THEN
          NEW.updated_at := now();
        END IF;
        RETURN NEW;
      END
      $$;
    `);
    // The oldest transaction of this database still running (the snapshot's xmax when none is).
    // `pg_snapshot_xmin(pg_current_snapshot())` would do but is cluster-wide: a long transaction in
    // another database (a report, a test file next door) would hold every sync back. Order matters:
    // the snapshot is read before the backends, so a transaction below its xmax that still runs
    // when they are read shows its xid there; backend_xid is shown to every role. The status copy
    // is cleared first: PostgreSQL keeps it for the rest of the transaction. A running xid is a
    // 32-bit xid; it is widened to 64 bits next to the snapshot's xmax (within 2^31 of it).
    await db.query(`
      CREATE FUNCTION sync_horizon() RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        newest bigint := pg_snapshot_xmax(pg_current_snapshot())::text::bigint;
        oldest_running bigint;
      BEGIN
        PERFORM pg_stat_clear_snapshot();
        SELECT min(newest + (((running::text::bigint - newest % 4294967296) % 4294967296 + 4294967296 + 2147483648) % 4294967296 - 2147483648))
          INTO oldest_running
          FROM (
            SELECT backend_xid AS running FROM pg_stat_activity WHERE datname = current_database() AND backend_xid IS NOT NULL
            UNION ALL
            SELECT transaction FROM pg_prepared_xacts WHERE database = current_database()
          ) AS transactions;
        RETURN least(newest, oldest_running);
      END
      $$;
    `);
    for (const table of SYNCED_TABLES) {
      const tenantColumn = table === 'repair_center' ? '' : 'repair_center_id, ';
      await db.query(`
        ALTER TABLE ${table}
          ADD COLUMN IF NOT EXISTS updated_at timestamptz NOT NULL DEFAULT now(),
          ADD COLUMN sync_xid bigint NOT NULL DEFAULT ${CURRENT_XID};
        CREATE TRIGGER ${table}_stamp_change BEFORE INSERT OR UPDATE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION stamp_row_change();
        CREATE INDEX ix_${table}_sync ON ${table} (${tenantColumn}sync_xid, id);
      `);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of SYNCED_TABLES) {
      await db.query(`
        DROP TRIGGER ${table}_stamp_change ON ${table};
        ALTER TABLE ${table} DROP COLUMN sync_xid;
      `);
    }
    await db.query(`
      ALTER TABLE survey DROP COLUMN updated_at;
      ALTER TABLE part_usage DROP COLUMN updated_at;
      DROP FUNCTION stamp_row_change();
      DROP FUNCTION sync_horizon();
    `);
  }
}
