import type { MigrationInterface, QueryRunner } from 'typeorm';

const centerCheck = `((SELECT app_head_office()) OR repair_center_id = (SELECT app_center_id()))`;

/**
 * Issue #14: webhook endpoints, one delivery per endpoint × event, and every attempt of it.
 *
 * Delivery runs on graphile-worker (its schema `graphile_worker` is installed by its own
 * migrations, run before these in `openDatabase`). Jobs are added by triggers, in the
 * transaction that writes the row: an outbox event commits together with the job that fans it
 * out, and a delivery row with the job that sends it, so neither is lost between commit and
 * queue. The triggers are SECURITY DEFINER because the API's role has no rights on the queue.
 *
 * A partner's endpoint, delivery and attempt rows carry its center (row-level security as on
 * every center table); head office endpoints have none and only head office sees them.
 */
export class WebhookEndpointsAndDeliveries1764700300000 implements MigrationInterface {
  name = 'WebhookEndpointsAndDeliveries1764700300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE webhook_endpoint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        repair_center_id uuid REFERENCES repair_center (id),
        url text NOT NULL,
        description text NOT NULL DEFAULT '',
        event_types text[] NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED', 'FAILING')),
        secret_encrypted text NOT NULL,
        secret_hint text NOT NULL,
        consecutive_failures integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_name text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      );
      CREATE INDEX ix_webhook_endpoint_center ON webhook_endpoint (repair_center_id, created_at) WHERE deleted_at IS NULL;

      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoint (id),
        event_id uuid NOT NULL REFERENCES outbox_event (id),
        repair_center_id uuid REFERENCES repair_center (id),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
        attempt_count integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz DEFAULT now(),
        last_attempt_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_webhook_delivery_endpoint_event UNIQUE (endpoint_id, event_id)
      );
      CREATE INDEX ix_webhook_delivery_endpoint ON webhook_delivery (endpoint_id, created_at DESC, id);

      CREATE TABLE webhook_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        delivery_id uuid NOT NULL REFERENCES webhook_delivery (id),
        repair_center_id uuid REFERENCES repair_center (id),
        attempted_at timestamptz NOT NULL DEFAULT now(),
        succeeded boolean NOT NULL,
        http_status integer,
        latency_ms integer NOT NULL,
        response_excerpt text,
        error text
      );
      CREATE INDEX ix_webhook_attempt_delivery ON webhook_attempt (delivery_id, attempted_at);

      GRANT SELECT, INSERT, UPDATE ON webhook_endpoint, webhook_delivery, webhook_attempt TO aftersales_api;
      ALTER TABLE webhook_endpoint ENABLE ROW LEVEL SECURITY;
      ALTER TABLE webhook_delivery ENABLE ROW LEVEL SECURITY;
      ALTER TABLE webhook_attempt ENABLE ROW LEVEL SECURITY;
      CREATE POLICY webhook_endpoint_by_center ON webhook_endpoint USING ${centerCheck} WITH CHECK ${centerCheck};
      CREATE POLICY webhook_delivery_by_center ON webhook_delivery USING ${centerCheck} WITH CHECK ${centerCheck};
      CREATE POLICY webhook_attempt_by_center ON webhook_attempt USING ${centerCheck} WITH CHECK ${centerCheck};

      -- One job per delivery (the job key): a redelivery or retry replaces a waiting one.
      CREATE FUNCTION enqueue_webhook_delivery(delivery uuid, run_at timestamptz) RETURNS void
        LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
          SELECT FROM graphile_worker.add_job('webhooks.deliver', json_build_object('deliveryId', delivery),
            run_at => run_at, max_attempts => 5, job_key => 'webhook-delivery:' || delivery)
        $$;
      REVOKE ALL ON FUNCTION enqueue_webhook_delivery(uuid, timestamptz) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION enqueue_webhook_delivery(uuid, timestamptz) TO aftersales_api;

      CREATE FUNCTION enqueue_webhook_fan_out() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        BEGIN
          PERFORM graphile_worker.add_job('webhooks.fanOut', json_build_object('eventId', NEW.id),
            max_attempts => 25, job_key => 'webhook-fan-out:' || NEW.id);
          RETURN NULL;
        END
        $$;
      -- A test event is delivered to the one endpoint it was sent to, never fanned out.
      CREATE TRIGGER outbox_event_fan_out AFTER INSERT ON outbox_event
        FOR EACH ROW WHEN (NEW.type <> 'webhook.test') EXECUTE FUNCTION enqueue_webhook_fan_out();

      CREATE FUNCTION enqueue_new_webhook_delivery() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        BEGIN
          PERFORM enqueue_webhook_delivery(NEW.id, now());
          RETURN NULL;
        END
        $$;
      CREATE TRIGGER webhook_delivery_enqueue AFTER INSERT ON webhook_delivery
        FOR EACH ROW EXECUTE FUNCTION enqueue_new_webhook_delivery();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER outbox_event_fan_out ON outbox_event;
      DROP TABLE webhook_attempt;
      DROP TABLE webhook_delivery;
      DROP TABLE webhook_endpoint;
      DROP FUNCTION enqueue_new_webhook_delivery();
      DROP FUNCTION enqueue_webhook_fan_out();
      DROP FUNCTION enqueue_webhook_delivery(uuid, timestamptz);
    `);
  }
}
