import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reference data, users, partner API keys, the audit log and the business calendar. */
export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE region (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CONSTRAINT uq_region_code UNIQUE,
        name text NOT NULL,
        zone text NOT NULL CONSTRAINT ck_region_zone CHECK (zone IN ('LOCAL', 'REMOTE', 'SPECIAL')),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE product_category (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CONSTRAINT uq_product_category_code UNIQUE,
        name text NOT NULL,
        warranty_months integer NOT NULL CONSTRAINT ck_product_category_months CHECK (warranty_months BETWEEN 1 AND 120),
        component_warranties jsonb NOT NULL DEFAULT '[]',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE product_model (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CONSTRAINT uq_product_model_code UNIQUE,
        name text NOT NULL,
        category_id uuid NOT NULL CONSTRAINT fk_product_model_category REFERENCES product_category (id),
        unit_cost_fen bigint NOT NULL CONSTRAINT ck_product_model_cost CHECK (unit_cost_fen >= 0),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX ix_product_model_category ON product_model (category_id);

      CREATE TABLE product_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        serial_number text NOT NULL CONSTRAINT uq_product_unit_serial UNIQUE,
        model_id uuid NOT NULL CONSTRAINT fk_product_unit_model REFERENCES product_model (id),
        factory_date date,
        purchase_date date,
        invoice_number text,
        customer_name text,
        dealer_name text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_product_unit_dates CHECK (purchase_date IS NULL OR factory_date IS NULL OR purchase_date >= factory_date)
      );
      CREATE INDEX ix_product_unit_model ON product_unit (model_id);

      CREATE TABLE part (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        part_number text NOT NULL CONSTRAINT uq_part_number UNIQUE,
        name text NOT NULL,
        spec text,
        unit_cost_fen bigint NOT NULL CONSTRAINT ck_part_cost CHECK (unit_cost_fen >= 0),
        abc_class text NOT NULL CONSTRAINT ck_part_abc_class CHECK (abc_class IN ('A', 'B', 'C')),
        wear_part boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE part_compatible_model (
        part_id uuid NOT NULL CONSTRAINT fk_part_compatible_model_part REFERENCES part (id),
        model_id uuid NOT NULL CONSTRAINT fk_part_compatible_model_model REFERENCES product_model (id),
        PRIMARY KEY (part_id, model_id)
      );
      CREATE INDEX ix_part_compatible_model_model ON part_compatible_model (model_id);

      CREATE TABLE business_calendar_settings (
        id integer PRIMARY KEY CONSTRAINT ck_business_calendar_single_row CHECK (id = 1),
        time_zone text NOT NULL,
        working_weekdays integer[] NOT NULL,
        working_periods jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO business_calendar_settings (id, time_zone, working_weekdays, working_periods)
      VALUES (1, 'Asia/Shanghai', '{1,2,3,4,5}', '[{"start":"09:00","end":"12:00"},{"start":"13:00","end":"18:00"}]');

      CREATE TABLE calendar_day (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        date date NOT NULL,
        kind text NOT NULL CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
        name text NOT NULL,
        cleared_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX uq_calendar_day_date ON calendar_day (date) WHERE cleared_at IS NULL;

      CREATE TABLE repair_center (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CONSTRAINT uq_repair_center_code UNIQUE,
        name text NOT NULL,
        region_id uuid NOT NULL CONSTRAINT fk_repair_center_region REFERENCES region (id),
        status text NOT NULL DEFAULT 'ACTIVE'
          CONSTRAINT ck_repair_center_status CHECK (status IN ('ACTIVE', 'RECTIFYING', 'SUSPENDED', 'REVOKED', 'EXPIRED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CONSTRAINT ck_app_user_role
          CHECK (role IN ('ADMIN', 'CS_AGENT', 'CS_MANAGER', 'TECH_CENTER', 'COMMERCE', 'DIRECTOR', 'SUPERVISOR', 'HR', 'PARTNER')),
        repair_center_id uuid CONSTRAINT fk_app_user_repair_center REFERENCES repair_center (id),
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_app_user_partner_center CHECK ((role = 'PARTNER') = (repair_center_id IS NOT NULL))
      );
      CREATE UNIQUE INDEX uq_app_user_username ON app_user (lower(username));

      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        prefix text NOT NULL CONSTRAINT uq_api_key_prefix UNIQUE,
        secret_hash text NOT NULL,
        repair_center_id uuid NOT NULL CONSTRAINT fk_api_key_repair_center REFERENCES repair_center (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_id uuid REFERENCES app_user (id),
        created_by_name text,
        last_used_at timestamptz,
        revoked_at timestamptz
      );
      CREATE INDEX ix_api_key_repair_center ON api_key (repair_center_id);

      CREATE TABLE audit_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT now(),
        actor_kind text NOT NULL CONSTRAINT ck_audit_entry_actor_kind CHECK (actor_kind IN ('USER', 'API_KEY', 'SYSTEM')),
        actor_id uuid,
        actor_name text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb,
        repair_center_id uuid
      );
      CREATE INDEX ix_audit_entry_at ON audit_entry (at DESC);
      CREATE INDEX ix_audit_entry_entity ON audit_entry (entity_type, entity_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE audit_entry, api_key, app_user, repair_center, calendar_day, business_calendar_settings,
        part_compatible_model, part, product_unit, product_model, product_category, region;
    `);
  }
}
