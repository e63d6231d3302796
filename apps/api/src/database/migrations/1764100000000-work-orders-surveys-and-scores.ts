import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Work orders (派工单), customer surveys (客户意见调查) and technicians' monthly scores
 * (技术支持人员考核), with the complaint verified against a technician. Partners see their
 * center's rows, and of the scores only the published ones.
 */
export class WorkOrdersSurveysAndScores1764100000000 implements MigrationInterface {
  name = 'WorkOrdersSurveysAndScores1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE work_order_code_counter (
        year integer PRIMARY KEY,
        last_sequence integer NOT NULL
      );

      CREATE TABLE work_order (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CONSTRAINT uq_work_order_code UNIQUE,
        version integer NOT NULL DEFAULT 1,
        status text NOT NULL CONSTRAINT ck_work_order_status
          CHECK (status IN ('CALLED', 'DISPATCHED', 'ARRIVED', 'TAKEN_BACK', 'RETURNED', 'COMPLETED', 'CANCELLED')),
        source text NOT NULL CHECK (source IN ('CALL', 'COMPLAINT')),
        complaint_id uuid CONSTRAINT fk_work_order_complaint REFERENCES complaint (id),
        called_at timestamptz NOT NULL,
        region_id uuid NOT NULL CONSTRAINT fk_work_order_region REFERENCES region (id),
        area_type text NOT NULL CHECK (area_type IN ('URBAN', 'SUBURBAN')),
        customer_name text NOT NULL,
        customer_phone text NOT NULL,
        customer_address text NOT NULL,
        serial_number text NOT NULL,
        -- Normalized serial and fault code (domain normalizeSerialNumber / normalizeFaultCode):
        -- the repeat-repair rule compares these.
        serial_key text NOT NULL,
        product_unit_id uuid REFERENCES product_unit (id),
        model_id uuid CONSTRAINT fk_work_order_model REFERENCES product_model (id),
        fault_code text NOT NULL,
        fault_key text NOT NULL,
        fault_description text NOT NULL,
        warranty_status text NOT NULL,
        service_type text NOT NULL CHECK (service_type IN ('FREE', 'PAID', 'CONTRACT')),
        repair_center_id uuid CONSTRAINT fk_work_order_repair_center REFERENCES repair_center (id),
        technician_id uuid CONSTRAINT fk_work_order_technician REFERENCES technician (id),
        -- Computed on the business calendar when the call is registered (arrival SLA).
        arrival_due_at timestamptz NOT NULL,
        dispatched_at timestamptz,
        dispatched_by_name text,
        arrived_at timestamptz,
        outcome text CHECK (outcome IN ('FIXED_ON_SITE', 'TAKEN_BACK', 'NOT_FIXED')),
        labour_hours numeric(7, 2) CHECK (labour_hours >= 0),
        customer_signed_name text,
        customer_signed_at timestamptz,
        receipt_number text,
        taken_back_at timestamptz,
        returned_at timestamptz,
        receipt_voided boolean NOT NULL DEFAULT false,
        -- The paid-service fee schedule as shown to the customer before work (domain PaidServiceFee).
        fee jsonb,
        fee_shown_at timestamptz,
        completed_at timestamptz,
        first_time_fix boolean,
        repeated_by_work_order_id uuid REFERENCES work_order (id),
        cancelled_at timestamptz,
        reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_work_order_dispatched CHECK (status IN ('CALLED', 'CANCELLED') OR technician_id IS NOT NULL),
        CONSTRAINT ck_work_order_completed CHECK (status <> 'COMPLETED' OR (completed_at IS NOT NULL AND outcome IS NOT NULL))
      );
      -- The month's aggregate reads arrivals and completions by time; INCLUDE keeps it to the index
      -- (repair_center_id too, which the row-level security policy reads).
      CREATE INDEX ix_work_order_arrived ON work_order (arrived_at) INCLUDE (technician_id, arrival_due_at, repair_center_id)
        WHERE arrived_at IS NOT NULL;
      CREATE INDEX ix_work_order_completed ON work_order (completed_at) INCLUDE (technician_id, first_time_fix, repair_center_id)
        WHERE status = 'COMPLETED';
      CREATE INDEX ix_work_order_waiting ON work_order (called_at) WHERE status = 'CALLED';
      CREATE INDEX ix_work_order_repeat ON work_order (serial_key, fault_key, called_at);
      CREATE INDEX ix_work_order_technician ON work_order (technician_id, called_at);
      CREATE INDEX ix_work_order_center ON work_order (repair_center_id, called_at);
      CREATE INDEX ix_work_order_called ON work_order (called_at);
      CREATE INDEX ix_work_order_complaint ON work_order (complaint_id) WHERE complaint_id IS NOT NULL;

      CREATE TABLE survey (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        work_order_id uuid NOT NULL CONSTRAINT uq_survey_work_order UNIQUE REFERENCES work_order (id),
        technician_id uuid REFERENCES technician (id),
        repair_center_id uuid REFERENCES repair_center (id),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'RESPONDED')),
        attitude smallint CHECK (attitude BETWEEN 1 AND 4),
        skill smallint CHECK (skill BETWEEN 1 AND 4),
        arrival_time smallint CHECK (arrival_time BETWEEN 1 AND 4),
        promises_handled smallint CHECK (promises_handled BETWEEN 1 AND 4),
        channel text CHECK (channel IN ('CALLBACK', 'LINK')),
        comments text,
        customer_complaint text,
        complaint_id uuid REFERENCES complaint (id),
        responded_at timestamptz,
        entered_by_name text,
        -- SHA-256 of the one-time link's token; cleared when the link is used.
        link_token_hash text CONSTRAINT uq_survey_link_token UNIQUE,
        link_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_survey_answered CHECK (
          status = 'PENDING'
          OR (responded_at IS NOT NULL AND channel IS NOT NULL
              AND coalesce(attitude, skill, arrival_time, promises_handled) IS NOT NULL)
        )
      );
      CREATE INDEX ix_survey_responded ON survey (responded_at)
        INCLUDE (technician_id, attitude, skill, arrival_time, promises_handled, repair_center_id) WHERE status = 'RESPONDED';
      CREATE INDEX ix_survey_pending ON survey (created_at) WHERE status = 'PENDING';

      -- E2: a customer complaint verified against a technician costs points in that month.
      ALTER TABLE complaint
        ADD COLUMN technician_id uuid CONSTRAINT fk_complaint_technician REFERENCES technician (id),
        ADD COLUMN technician_verified_at timestamptz,
        ADD COLUMN technician_verified_by_name text,
        ADD CONSTRAINT ck_complaint_technician_verified CHECK ((technician_id IS NULL) = (technician_verified_at IS NULL));
      CREATE INDEX ix_complaint_technician_verified ON complaint (technician_verified_at) INCLUDE (technician_id, repair_center_id)
        WHERE technician_id IS NOT NULL;

      CREATE TABLE technician_score (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        technician_id uuid NOT NULL CONSTRAINT fk_technician_score_technician REFERENCES technician (id),
        period text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        -- The technician's center when the month was computed (null: head-office staff), copied
        -- from technician in the same statement; no foreign key, which would cost a lookup per row
        -- of the month's 5,000-row upsert for a value that cannot be dangling.
        repair_center_id uuid,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED')),
        version integer NOT NULL DEFAULT 1,
        initiative numeric(5, 2) NOT NULL DEFAULT 0,
        coordination numeric(5, 2) NOT NULL DEFAULT 0,
        loyalty numeric(5, 2) NOT NULL DEFAULT 0,
        planning numeric(5, 2) NOT NULL DEFAULT 0,
        execution numeric(5, 2) NOT NULL DEFAULT 0,
        work_quality numeric(5, 2) NOT NULL DEFAULT 0,
        survey_points numeric(5, 2),
        on_time_arrival_points numeric(5, 2),
        first_time_fix_points numeric(5, 2),
        attitude numeric(5, 2) NOT NULL,
        ability numeric(5, 2) NOT NULL,
        performance numeric(5, 2) NOT NULL,
        performance_status text NOT NULL CHECK (performance_status IN ('MEASURED', 'PARTIAL', 'NO_DATA')),
        credited_points numeric(5, 2) NOT NULL,
        subtotal numeric(5, 2) NOT NULL,
        complaint_deduction numeric(6, 2) NOT NULL,
        total numeric(5, 2) NOT NULL CHECK (total BETWEEN 0 AND 100),
        grade text NOT NULL CHECK (grade IN ('A', 'B', 'C')),
        pay_ratio numeric(4, 2) NOT NULL,
        survey_count integer NOT NULL,
        survey_level_sum integer NOT NULL,
        survey_answer_count integer NOT NULL,
        arrival_count integer NOT NULL,
        late_arrival_count integer NOT NULL,
        repair_count integer NOT NULL,
        not_first_time_fix_count integer NOT NULL,
        complaint_count integer NOT NULL,
        supervisor_entered_at timestamptz,
        supervisor_entered_by_name text,
        computed_at timestamptz NOT NULL,
        submitted_at timestamptz,
        submitted_by_name text,
        returned_reason text,
        published_at timestamptz,
        published_by_name text,
        -- After the published score's adjustments (equal to total, grade, pay_ratio until one is made).
        current_total numeric(5, 2) NOT NULL,
        current_grade text NOT NULL CHECK (current_grade IN ('A', 'B', 'C')),
        current_pay_ratio numeric(4, 2) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- The only index besides the key: period first, it serves the month's table and upsert, and
        -- a technician's trend and year (a few periods each); every index more is written 5,000
        -- times per month's computation.
        CONSTRAINT uq_technician_score_period UNIQUE (period, technician_id)
      );

      -- A published score is final (DOMAIN §8): only its adjusted figures may change.
      CREATE FUNCTION technician_score_published_is_final() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          IF OLD.status = 'PUBLISHED' AND (
            (NEW.status, NEW.initiative, NEW.coordination, NEW.loyalty, NEW.planning, NEW.execution, NEW.work_quality,
             NEW.survey_points, NEW.on_time_arrival_points, NEW.first_time_fix_points, NEW.total, NEW.grade,
             NEW.pay_ratio, NEW.complaint_deduction, NEW.technician_id, NEW.period)
            IS DISTINCT FROM
            (OLD.status, OLD.initiative, OLD.coordination, OLD.loyalty, OLD.planning, OLD.execution, OLD.work_quality,
             OLD.survey_points, OLD.on_time_arrival_points, OLD.first_time_fix_points, OLD.total, OLD.grade,
             OLD.pay_ratio, OLD.complaint_deduction, OLD.technician_id, OLD.period)
          ) THEN
            RAISE EXCEPTION 'technician score % is published and cannot change', OLD.id
              USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_technician_score_published_final';
          END IF;
          RETURN NEW;
        END
        $$;
      CREATE TRIGGER technician_score_published_is_final BEFORE UPDATE ON technician_score
        FOR EACH ROW EXECUTE FUNCTION technician_score_published_is_final();

      /*
       * The month's counts per technician for the score computation (technician-scores/
       * compute-monthly-scores.ts): one aggregate over every center's work orders, surveys and
       * complaints. It runs as the owner, because under the request role's row-level security the
       * planner cannot estimate the policy's OR and picks sort-based plans twice as slow; so it
       * checks the caller's scope itself, and answers head office only. EXECUTE plans it with the
       * month's actual bounds each time.
       */
      CREATE FUNCTION technician_month_tally(zone text, first_day date, score_period text)
        RETURNS TABLE (
          technician_id uuid, repair_center_id uuid, score_id uuid, status text, version integer,
          initiative numeric, coordination numeric, loyalty numeric, planning numeric, execution numeric, work_quality numeric,
          total numeric, grade text, performance_status text, stored_survey_count integer, stored_survey_level_sum integer,
          stored_survey_answer_count integer, stored_arrival_count integer, stored_late_arrival_count integer,
          stored_repair_count integer, stored_not_first_time_fix_count integer, stored_complaint_count integer,
          stored_repair_center_id uuid, survey_count integer, survey_level_sum integer, survey_answer_count integer,
          arrival_count integer, late_arrival_count integer, repair_count integer, not_first_time_fix_count integer,
          verified_complaint_count integer
        )
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $fn$
        BEGIN
          IF coalesce(current_setting('app.scope', true), '') <> 'head_office' THEN
            RAISE EXCEPTION 'the month''s score tally is for head office only' USING ERRCODE = 'insufficient_privilege';
          END IF;
          RETURN QUERY EXECUTE $q$
            WITH bounds AS (
              SELECT ($2::date)::timestamp AT TIME ZONE $1 AS from_at,
                     ($2::date + interval '1 month')::timestamp AT TIME ZONE $1 AS to_at
            ),
            arrivals AS (
              SELECT w.technician_id,
                     count(*)::integer AS arrival_count,
                     count(*) FILTER (WHERE w.arrived_at > w.arrival_due_at)::integer AS late_arrival_count
                FROM work_order w, bounds b
               WHERE w.arrived_at >= b.from_at AND w.arrived_at < b.to_at AND w.technician_id IS NOT NULL
               GROUP BY w.technician_id
            ),
            repairs AS (
              SELECT w.technician_id,
                     count(*)::integer AS repair_count,
                     count(*) FILTER (WHERE NOT w.first_time_fix)::integer AS not_first_time_fix_count
                FROM work_order w, bounds b
               WHERE w.status = 'COMPLETED' AND w.completed_at >= b.from_at AND w.completed_at < b.to_at
               GROUP BY w.technician_id
            ),
            surveys AS (
              SELECT s.technician_id,
                     count(*)::integer AS survey_count,
                     sum(coalesce(s.attitude, 0) + coalesce(s.skill, 0) + coalesce(s.arrival_time, 0) + coalesce(s.promises_handled, 0))::integer
                       AS survey_level_sum,
                     sum((s.attitude IS NOT NULL)::integer + (s.skill IS NOT NULL)::integer
                         + (s.arrival_time IS NOT NULL)::integer + (s.promises_handled IS NOT NULL)::integer)::integer
                       AS survey_answer_count
                FROM survey s, bounds b
               WHERE s.status = 'RESPONDED' AND s.responded_at >= b.from_at AND s.responded_at < b.to_at AND s.technician_id IS NOT NULL
               GROUP BY s.technician_id
            ),
            complaints AS (
              SELECT c.technician_id, count(*)::integer AS verified_complaint_count
                FROM complaint c, bounds b
               WHERE c.technician_id IS NOT NULL AND c.technician_verified_at >= b.from_at AND c.technician_verified_at < b.to_at
               GROUP BY c.technician_id
            )
            SELECT t.id AS technician_id,
                   t.repair_center_id,
                   ts.id AS score_id,
                   ts.status,
                   ts.version,
                   ts.initiative, ts.coordination, ts.loyalty, ts.planning, ts.execution, ts.work_quality,
                   ts.total, ts.grade, ts.performance_status, ts.survey_count AS stored_survey_count,
                   ts.survey_level_sum AS stored_survey_level_sum, ts.survey_answer_count AS stored_survey_answer_count,
                   ts.arrival_count AS stored_arrival_count, ts.late_arrival_count AS stored_late_arrival_count,
                   ts.repair_count AS stored_repair_count, ts.not_first_time_fix_count AS stored_not_first_time_fix_count,
                   ts.complaint_count AS stored_complaint_count, ts.repair_center_id AS stored_repair_center_id,
                   coalesce(s.survey_count, 0) AS survey_count,
                   coalesce(s.survey_level_sum, 0) AS survey_level_sum,
                   coalesce(s.survey_answer_count, 0) AS survey_answer_count,
                   coalesce(a.arrival_count, 0) AS arrival_count,
                   coalesce(a.late_arrival_count, 0) AS late_arrival_count,
                   coalesce(r.repair_count, 0) AS repair_count,
                   coalesce(r.not_first_time_fix_count, 0) AS not_first_time_fix_count,
                   coalesce(c.verified_complaint_count, 0) AS verified_complaint_count
              FROM technician t
              LEFT JOIN arrivals a ON a.technician_id = t.id
              LEFT JOIN repairs r ON r.technician_id = t.id
              LEFT JOIN surveys s ON s.technician_id = t.id
              LEFT JOIN complaints c ON c.technician_id = t.id
              LEFT JOIN technician_score ts ON ts.technician_id = t.id AND ts.period = $3
             WHERE t.active OR a.technician_id IS NOT NULL OR r.technician_id IS NOT NULL OR s.technician_id IS NOT NULL
                OR c.technician_id IS NOT NULL OR ts.id IS NOT NULL
          $q$ USING zone, first_day, score_period;
        END
        $fn$;
      GRANT EXECUTE ON FUNCTION technician_month_tally(text, date, text) TO aftersales_api;

      CREATE TABLE technician_score_adjustment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        score_id uuid NOT NULL CONSTRAINT fk_score_adjustment_score REFERENCES technician_score (id),
        repair_center_id uuid REFERENCES repair_center (id),
        delta numeric(5, 2) NOT NULL CHECK (delta <> 0),
        reason text NOT NULL,
        total_after numeric(5, 2) NOT NULL,
        grade_after text NOT NULL,
        adjusted_by_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX ix_score_adjustment_score ON technician_score_adjustment (score_id, created_at);

      INSERT INTO app_setting (key, value) VALUES ('workOrders', '{}'), ('technicianScores', '{}')
        ON CONFLICT (key) DO NOTHING;

      GRANT SELECT, INSERT, UPDATE ON work_order, work_order_code_counter, survey, technician_score,
        technician_score_adjustment TO aftersales_api;

      ALTER TABLE work_order ENABLE ROW LEVEL SECURITY;
      CREATE POLICY work_order_by_center ON work_order
        USING (app_sees_center(repair_center_id)) WITH CHECK (app_sees_center(repair_center_id));
      ALTER TABLE survey ENABLE ROW LEVEL SECURITY;
      CREATE POLICY survey_by_center ON survey
        USING (app_sees_center(repair_center_id)) WITH CHECK (app_sees_center(repair_center_id));
      -- Partners read their own technicians' scores once HR has published them, and change none.
      ALTER TABLE technician_score ENABLE ROW LEVEL SECURITY;
      CREATE POLICY technician_score_by_center ON technician_score
        USING (app_sees_center(repair_center_id)
               AND (coalesce(current_setting('app.scope', true), '') = 'head_office' OR status = 'PUBLISHED'))
        WITH CHECK (coalesce(current_setting('app.scope', true), '') = 'head_office');
      ALTER TABLE technician_score_adjustment ENABLE ROW LEVEL SECURITY;
      CREATE POLICY technician_score_adjustment_by_center ON technician_score_adjustment
        USING (app_sees_center(repair_center_id))
        WITH CHECK (coalesce(current_setting('app.scope', true), '') = 'head_office');
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE technician_score_adjustment, technician_score, survey, work_order, work_order_code_counter;
      DROP FUNCTION technician_score_published_is_final();
      DROP FUNCTION technician_month_tally(text, date, text);
      ALTER TABLE complaint DROP COLUMN technician_verified_by_name, DROP COLUMN technician_verified_at, DROP COLUMN technician_id;
      DELETE FROM app_setting WHERE key IN ('workOrders', 'technicianScores');
    `);
  }
}
