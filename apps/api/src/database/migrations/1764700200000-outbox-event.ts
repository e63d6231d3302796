import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #14: the transactional outbox. A domain command that raises an event inserts its row here
 * in the same transaction as the change, so a committed change always has its event and a
 * rolled-back one never does; delivery (webhooks) reads from here afterwards.
 *
 * Rows are facts: the API inserts and reads them, never updates or deletes them. A partner's
 * request may raise an event of its own center (completing a work order); it reads only its own
 * center's events, the same policy as every other center-owned table.
 */
export class OutboxEvent1764700200000 implements MigrationInterface {
  name = 'OutboxEvent1764700200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL,
        repair_center_id uuid REFERENCES repair_center (id),
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        data jsonb NOT NULL
      );
      DO $$
      BEGIN
        IF current_setting('server_version_num')::integer >= 180000 THEN
          ALTER TABLE outbox_event ALTER COLUMN id SET DEFAULT uuidv7();
        END IF;
      END
      $$;
      CREATE INDEX ix_outbox_event_occurred ON outbox_event (occurred_at, id);
      CREATE INDEX ix_outbox_event_center ON outbox_event (repair_center_id, occurred_at);
      CREATE INDEX ix_outbox_event_entity ON outbox_event (entity_type, entity_id);
      REVOKE UPDATE ON outbox_event FROM aftersales_api;
      ALTER TABLE outbox_event ENABLE ROW LEVEL SECURITY;
      CREATE POLICY outbox_event_by_center ON outbox_event
        USING ((SELECT app_head_office()) OR repair_center_id = (SELECT app_center_id()))
        WITH CHECK ((SELECT app_head_office()) OR repair_center_id = (SELECT app_center_id()));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE outbox_event`);
  }
}
