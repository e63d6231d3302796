import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Authorized repair centers in full (agreement, categories, status history, assessments),
 * technicians, settings, dashboard notices, and partner isolation by row-level security.
 *
 * Requests run as `aftersales_api` (SET LOCAL ROLE inside each request's transaction): a role
 * that owns nothing and cannot bypass RLS, may not DELETE business rows, and sees a partner's
 * rows only when the transaction says it acts for that partner.
 */
export class RepairCentersAndRowLevelSecurity1763990000000 implements MigrationInterface {
  name = 'RepairCentersAndRowLevelSecurity1763990000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE repair_center
        ADD COLUMN address text NOT NULL DEFAULT '',
        ADD COLUMN contact_name text NOT NULL DEFAULT '',
        ADD COLUMN phone text NOT NULL DEFAULT '',
        ADD COLUMN agreement_number text NOT NULL DEFAULT '',
        ADD COLUMN agreement_valid_from date NOT NULL DEFAULT CURRENT_DATE,
        ADD COLUMN agreement_valid_to date NOT NULL DEFAULT CURRENT_DATE + 365,
        ADD COLUMN notes text,
        ADD COLUMN rectification_deadline date;
      ALTER TABLE repair_center
        ALTER COLUMN address DROP DEFAULT,
        ALTER COLUMN contact_name DROP DEFAULT,
        ALTER COLUMN phone DROP DEFAULT,
        ALTER COLUMN agreement_number DROP DEFAULT,
        ALTER COLUMN agreement_valid_from DROP DEFAULT,
        ALTER COLUMN agreement_valid_to DROP DEFAULT,
        DROP CONSTRAINT ck_repair_center_status,
        ADD CONSTRAINT ck_repair_center_status CHECK (status IN ('ACTIVE', 'RECTIFYING', 'SUSPENDED', 'REVOKED')),
        ADD CONSTRAINT ck_repair_center_agreement CHECK (agreement_valid_to >= agreement_valid_from),
        ADD CONSTRAINT ck_repair_center_rectification CHECK ((status = 'RECTIFYING') = (rectification_deadline IS NOT NULL));
      CREATE INDEX ix_repair_center_region ON repair_center (region_id);

      CREATE TABLE repair_center_category (
        repair_center_id uuid NOT NULL CONSTRAINT fk_repair_center_category_center REFERENCES repair_center (id),
        category_id uuid NOT NULL CONSTRAINT fk_repair_center_category_category REFERENCES product_category (id),
        PRIMARY KEY (repair_center_id, category_id)
      );

      CREATE TABLE center_status_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        repair_center_id uuid NOT NULL REFERENCES repair_center (id),
        at timestamptz NOT NULL DEFAULT now(),
        from_status text,
        to_status text NOT NULL,
        reason text NOT NULL,
        actor_name text NOT NULL
      );
      CREATE INDEX ix_center_status_change_center ON center_status_change (repair_center_id, at DESC);

      CREATE TABLE technician (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CONSTRAINT uq_technician_code UNIQUE,
        name text NOT NULL,
        phone text NOT NULL,
        repair_center_id uuid CONSTRAINT fk_technician_repair_center REFERENCES repair_center (id),
        certificate_number text,
        certificate_expires_on date,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX ix_technician_repair_center ON technician (repair_center_id);

      CREATE TABLE technician_skill (
        technician_id uuid NOT NULL CONSTRAINT fk_technician_skill_technician REFERENCES technician (id),
        category_id uuid NOT NULL CONSTRAINT fk_technician_skill_category REFERENCES product_category (id),
        PRIMARY KEY (technician_id, category_id)
      );

      CREATE TABLE technician_region_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        technician_id uuid NOT NULL REFERENCES technician (id),
        -- the technician's employer, copied so row-level security needs no join
        repair_center_id uuid REFERENCES repair_center (id),
        region_id uuid NOT NULL CONSTRAINT fk_technician_region_assignment_region REFERENCES region (id),
        starts_on date NOT NULL,
        ends_on date,
        reason text NOT NULL,
        assigned_by_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_technician_region_assignment_dates CHECK (ends_on IS NULL OR ends_on >= starts_on)
      );
      CREATE INDEX ix_technician_region_assignment_technician ON technician_region_assignment (technician_id);

      CREATE TABLE center_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        repair_center_id uuid NOT NULL REFERENCES repair_center (id),
        kind text NOT NULL CONSTRAINT ck_center_assessment_kind CHECK (kind IN ('PERIODIC', 'FOLLOW_UP')),
        assessed_on date NOT NULL,
        quality_appraisal integer NOT NULL CHECK (quality_appraisal BETWEEN 0 AND 100),
        practical_ability integer NOT NULL CHECK (practical_ability BETWEEN 0 AND 100),
        service_attitude integer NOT NULL CHECK (service_attitude BETWEEN 0 AND 100),
        result text NOT NULL CHECK (result IN ('PASSED', 'FAILED')),
        failed_items text[] NOT NULL DEFAULT '{}',
        notes text,
        assessor_name text NOT NULL,
        rectification_deadline date,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX ix_center_assessment_center ON center_assessment (repair_center_id, assessed_on DESC);

      CREATE TABLE technician_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        center_assessment_id uuid NOT NULL REFERENCES center_assessment (id),
        repair_center_id uuid NOT NULL REFERENCES repair_center (id),
        technician_id uuid NOT NULL CONSTRAINT fk_technician_assessment_technician REFERENCES technician (id),
        quality_appraisal integer NOT NULL CHECK (quality_appraisal BETWEEN 0 AND 100),
        practical_ability integer NOT NULL CHECK (practical_ability BETWEEN 0 AND 100),
        service_attitude integer NOT NULL CHECK (service_attitude BETWEEN 0 AND 100),
        result text NOT NULL CHECK (result IN ('PASSED', 'FAILED')),
        failed_items text[] NOT NULL DEFAULT '{}',
        CONSTRAINT uq_technician_assessment UNIQUE (center_assessment_id, technician_id)
      );

      CREATE TABLE app_setting (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO app_setting (key, value)
      VALUES ('repairCenters', '{"assessmentPassMark": 60, "rectificationDays": 30, "agreementExpiryWarningDays": 30}');

      CREATE TABLE dashboard_notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL,
        message text NOT NULL,
        repair_center_id uuid REFERENCES repair_center (id)
      );
      CREATE INDEX ix_dashboard_notice_at ON dashboard_notice (at DESC);
    `);

    await db.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'aftersales_api') THEN
          CREATE ROLE aftersales_api NOLOGIN NOSUPERUSER NOBYPASSRLS;
        END IF;
        -- A non-superuser connecting through DATABASE_URL must be able to SET ROLE to it.
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          EXECUTE format('GRANT aftersales_api TO %I', current_user);
        END IF;
      END
      $$;
      GRANT USAGE ON SCHEMA public TO aftersales_api;
      GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO aftersales_api;
      REVOKE ALL ON migrations FROM aftersales_api;
      -- Join tables are rewritten when a selection changes; business rows are never deleted.
      GRANT DELETE ON part_compatible_model, repair_center_category, technician_skill TO aftersales_api;
      ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE ON TABLES TO aftersales_api;

      -- Head office sees every center; a partner only its own; no context sees nothing.
      CREATE FUNCTION app_sees_center(center uuid) RETURNS boolean
        LANGUAGE sql STABLE AS $$
          SELECT coalesce(current_setting('app.scope', true), '') = 'head_office'
              OR center = NULLIF(current_setting('app.center_id', true), '')::uuid
        $$;
    `);

    const byCenterId = [
      'technician',
      'technician_region_assignment',
      'center_assessment',
      'technician_assessment',
      'center_status_change',
      'repair_center_category',
      'api_key',
      'app_user',
      'audit_entry',
      'dashboard_notice',
    ];
    for (const table of byCenterId) {
      await db.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_by_center ON ${table}
          USING (app_sees_center(repair_center_id)) WITH CHECK (app_sees_center(repair_center_id));
      `);
    }
    await db.query(`
      ALTER TABLE repair_center ENABLE ROW LEVEL SECURITY;
      CREATE POLICY repair_center_by_center ON repair_center
        USING (app_sees_center(id)) WITH CHECK (app_sees_center(id));
      ALTER TABLE technician_skill ENABLE ROW LEVEL SECURITY;
      CREATE POLICY technician_skill_by_center ON technician_skill
        USING (EXISTS (SELECT 1 FROM technician t WHERE t.id = technician_id))
        WITH CHECK (EXISTS (SELECT 1 FROM technician t WHERE t.id = technician_id));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP POLICY IF EXISTS repair_center_by_center ON repair_center;
      ALTER TABLE repair_center DISABLE ROW LEVEL SECURITY;
      DROP POLICY IF EXISTS technician_skill_by_center ON technician_skill;
      DROP TABLE dashboard_notice, app_setting, technician_assessment, center_assessment, technician_region_assignment,
        technician_skill, technician, center_status_change, repair_center_category;
      DROP POLICY IF EXISTS api_key_by_center ON api_key;
      DROP POLICY IF EXISTS app_user_by_center ON app_user;
      DROP POLICY IF EXISTS audit_entry_by_center ON audit_entry;
      ALTER TABLE api_key DISABLE ROW LEVEL SECURITY;
      ALTER TABLE app_user DISABLE ROW LEVEL SECURITY;
      ALTER TABLE audit_entry DISABLE ROW LEVEL SECURITY;
      DROP FUNCTION app_sees_center(uuid);
      ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE ON TABLES FROM aftersales_api;
      REVOKE ALL ON ALL TABLES IN SCHEMA public FROM aftersales_api;
      REVOKE USAGE ON SCHEMA public FROM aftersales_api;
      ALTER TABLE repair_center
        DROP CONSTRAINT ck_repair_center_rectification,
        DROP CONSTRAINT ck_repair_center_agreement,
        DROP CONSTRAINT ck_repair_center_status,
        ADD CONSTRAINT ck_repair_center_status CHECK (status IN ('ACTIVE', 'RECTIFYING', 'SUSPENDED', 'REVOKED', 'EXPIRED')),
        DROP COLUMN address, DROP COLUMN contact_name, DROP COLUMN phone, DROP COLUMN agreement_number,
        DROP COLUMN agreement_valid_from, DROP COLUMN agreement_valid_to, DROP COLUMN notes, DROP COLUMN rectification_deadline;
      DROP INDEX ix_repair_center_region;
    `);
  }
}
