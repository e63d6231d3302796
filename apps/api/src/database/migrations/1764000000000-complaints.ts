import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Customer quality complaints (顾客质量投诉) with their timeline; partners see their center's. */
export class Complaints1764000000000 implements MigrationInterface {
  name = 'Complaints1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- One counter row per year hands out complaint codes without gaps or duplicates under concurrency.
      CREATE TABLE complaint_code_counter (
        year integer PRIMARY KEY,
        last_sequence integer NOT NULL
      );

      CREATE TABLE complaint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CONSTRAINT uq_complaint_code UNIQUE,
        version integer NOT NULL DEFAULT 1,
        status text NOT NULL,
        channel text NOT NULL,
        received_at timestamptz NOT NULL,
        region_id uuid NOT NULL CONSTRAINT fk_complaint_region REFERENCES region (id),
        repair_center_id uuid CONSTRAINT fk_complaint_repair_center REFERENCES repair_center (id),
        dealer_name text,
        customer_name text NOT NULL,
        customer_phone text NOT NULL,
        customer_address text NOT NULL,
        serial_number text NOT NULL,
        product_unit_id uuid REFERENCES product_unit (id),
        model_id uuid NOT NULL CONSTRAINT fk_complaint_model REFERENCES product_model (id),
        factory_date date NOT NULL,
        purchase_date date,
        component text,
        main_fault text NOT NULL,
        customer_request text NOT NULL,
        warranty_status text NOT NULL,
        warranty_end_date date,
        warranty_months integer,
        warranty_component text,
        subject text NOT NULL,
        handling_department text NOT NULL,
        routing_override_reason text,
        fault_cause text,
        quality_fault boolean,
        service_type text,
        direct_loss_fen bigint CHECK (direct_loss_fen >= 0),
        responsibility_clear boolean,
        tier text NOT NULL,
        especially_major boolean NOT NULL DEFAULT false,
        office_meeting_approved_at timestamptz,
        responsibility jsonb NOT NULL DEFAULT '[]',
        resolution_kind text,
        compensation_fen bigint CHECK (compensation_fen >= 0),
        special_case boolean NOT NULL DEFAULT false,
        special_case_reason text,
        escalation_flagged boolean NOT NULL DEFAULT false,
        forwarded_at timestamptz,
        forwarding_unit text,
        handling_cost_fen bigint CHECK (handling_cost_fen >= 0),
        first_responded_at timestamptz,
        replied_at timestamptz,
        resolved_at timestamptz,
        rejection_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX ix_complaint_received ON complaint (received_at DESC);
      CREATE INDEX ix_complaint_status ON complaint (status);
      CREATE INDEX ix_complaint_serial ON complaint (serial_number);
      CREATE INDEX ix_complaint_repair_center ON complaint (repair_center_id);

      CREATE TABLE complaint_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        complaint_id uuid NOT NULL REFERENCES complaint (id),
        repair_center_id uuid REFERENCES repair_center (id),
        at timestamptz NOT NULL DEFAULT now(),
        actor_name text NOT NULL,
        kind text NOT NULL,
        from_status text,
        to_status text,
        note text
      );
      CREATE INDEX ix_complaint_event_complaint ON complaint_event (complaint_id, at);

      -- Fines of the 退赔换 ledger (001 §4): one per late step of a complaint.
      CREATE TABLE complaint_penalty (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        complaint_id uuid NOT NULL REFERENCES complaint (id),
        repair_center_id uuid REFERENCES repair_center (id),
        unit text NOT NULL,
        reason text NOT NULL,
        amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
        at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_complaint_penalty UNIQUE (complaint_id, reason)
      );
      CREATE INDEX ix_complaint_penalty_at ON complaint_penalty (at);
      CREATE INDEX ix_complaint_resolved ON complaint (resolved_at);

      -- 纠正预防措施 (002 §(九)) issued to the responsible department of a company-caused complaint.
      CREATE TABLE capa_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        complaint_id uuid NOT NULL REFERENCES complaint (id),
        repair_center_id uuid REFERENCES repair_center (id),
        responsible_unit text NOT NULL,
        status text NOT NULL,
        root_cause text,
        corrective_action text,
        preventive_action text,
        verification_note text,
        issued_by_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX ix_capa_request_complaint ON capa_request (complaint_id);

      -- 出差申请 for an on-site visit (004 §4.5), approved by the CS leader or the director by zone.
      CREATE TABLE visit_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        complaint_id uuid NOT NULL REFERENCES complaint (id),
        repair_center_id uuid REFERENCES repair_center (id),
        planned_on date NOT NULL,
        purpose text NOT NULL,
        zone text NOT NULL,
        approver_role text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
        requested_by_name text NOT NULL,
        decided_by_name text,
        decision_note text,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX ix_visit_request_complaint ON visit_request (complaint_id);

      INSERT INTO app_setting (key, value) VALUES ('complaints', '{}');

      -- Escalation counts a customer's open complaints on a serial across every center, while a
      -- partner's request may read only its own rows: this returns the count and nothing else.
      CREATE FUNCTION open_complaints_on_serial(serial text) RETURNS integer
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
          SELECT count(*)::integer FROM complaint
           WHERE serial_number = serial AND status NOT IN ('RESOLVED', 'CLOSED', 'REJECTED')
        $$;
      GRANT EXECUTE ON FUNCTION open_complaints_on_serial(text) TO aftersales_api;

      GRANT SELECT, INSERT, UPDATE ON complaint, complaint_event, complaint_code_counter, complaint_penalty, capa_request, visit_request TO aftersales_api;
      ALTER TABLE complaint ENABLE ROW LEVEL SECURITY;
      CREATE POLICY complaint_by_center ON complaint
        USING (app_sees_center(repair_center_id)) WITH CHECK (app_sees_center(repair_center_id));
      ALTER TABLE complaint_penalty ENABLE ROW LEVEL SECURITY;
      CREATE POLICY complaint_penalty_by_center ON complaint_penalty
        USING (app_sees_center(repair_center_id)) WITH CHECK (app_sees_center(repair_center_id));
      ALTER TABLE capa_request ENABLE ROW LEVEL SECURITY;
      CREATE POLICY capa_request_by_center ON capa_request
        USING (app_sees_center(repair_center_id)) WITH CHECK (app_sees_center(repair_center_id));
      ALTER TABLE visit_request ENABLE ROW LEVEL SECURITY;
      CREATE POLICY visit_request_by_center ON visit_request
        USING (app_sees_center(repair_center_id)) WITH CHECK (app_sees_center(repair_center_id));
      ALTER TABLE complaint_event ENABLE ROW LEVEL SECURITY;
      CREATE POLICY complaint_event_by_center ON complaint_event
        USING (app_sees_center(repair_center_id)) WITH CHECK (app_sees_center(repair_center_id));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION open_complaints_on_serial(text);
      DROP TABLE visit_request, capa_request, complaint_penalty, complaint_event, complaint, complaint_code_counter;
      DELETE FROM app_setting WHERE key = 'complaints';
    `);
  }
}
