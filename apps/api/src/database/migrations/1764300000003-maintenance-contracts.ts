import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Maintenance contracts (保养合同, 000 §5, 003 §1, §15; rules in the domain's
 * `maintenance-contracts/`): the contract, the units it covers by serial number, its expiry notice
 * and renewal, and the contract a work order was served under. A contract belongs to the center
 * that serves it (null: head office), so a partner sees only its own (row-level security, as for
 * work orders); the covered serials follow their contract. A call registered by a partner for a
 * unit under head office's or another center's contract is still served under it: the narrow
 * SECURITY DEFINER function `maintenance_contract_covering` answers which contract covers a serial
 * on a date, and nothing else.
 */
export class MaintenanceContracts1764300000003 implements MigrationInterface {
  name = 'MaintenanceContracts1764300000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE maintenance_contract (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_number text NOT NULL CONSTRAINT ck_maintenance_contract_number
          CHECK (btrim(contract_number) <> '' AND length(contract_number) <= 50),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        customer_name text NOT NULL CHECK (btrim(customer_name) <> ''),
        customer_phone text NOT NULL CHECK (btrim(customer_phone) <> ''),
        customer_address text NOT NULL CHECK (btrim(customer_address) <> ''),
        valid_from date NOT NULL,
        valid_to date NOT NULL,
        repair_center_id uuid CONSTRAINT fk_maintenance_contract_repair_center REFERENCES repair_center (id),
        annual_fee_fen bigint CONSTRAINT ck_maintenance_contract_fee CHECK (annual_fee_fen >= 0),
        -- 保养到期通知书 (003 §15): recorded once, all of it together.
        renewal_notice_sent_on date,
        renewal_notice_method text CHECK (renewal_notice_method IN ('LETTER', 'VISIT', 'PHONE')),
        renewal_notice_sent_by text,
        renewal_notice_note text,
        renewal_notice_recorded_by_name text,
        renewal_notice_recorded_at timestamptz,
        -- The renewal's outcome: RENEWED links the contract that continues this one.
        renewal_outcome text CHECK (renewal_outcome IN ('RENEWED', 'DECLINED')),
        renewed_by_contract_id uuid
          CONSTRAINT fk_maintenance_contract_renewed_by REFERENCES maintenance_contract (id)
          CONSTRAINT uq_maintenance_contract_renewed_by UNIQUE,
        renewal_note text,
        renewal_recorded_by_name text,
        renewal_recorded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_maintenance_contract_dates CHECK (valid_to >= valid_from),
        CONSTRAINT ck_maintenance_contract_notice CHECK (
          (renewal_notice_sent_on IS NULL) = (renewal_notice_method IS NULL)
          AND (renewal_notice_sent_on IS NULL) = (renewal_notice_sent_by IS NULL)
          AND (renewal_notice_sent_on IS NULL) = (renewal_notice_recorded_at IS NULL)
          AND (renewal_notice_sent_on IS NULL) = (renewal_notice_recorded_by_name IS NULL)
          AND (renewal_notice_sent_on IS NULL OR renewal_notice_sent_on >= valid_from)
        ),
        CONSTRAINT ck_maintenance_contract_renewal CHECK (
          (renewal_outcome IS NULL) = (renewal_recorded_at IS NULL)
          AND (renewal_outcome IS NULL) = (renewal_recorded_by_name IS NULL)
          AND coalesce(renewal_outcome = 'RENEWED', false) = (renewed_by_contract_id IS NOT NULL)
          AND (renewal_outcome IS DISTINCT FROM 'DECLINED' OR renewal_note IS NOT NULL)
          AND renewed_by_contract_id IS DISTINCT FROM id
        )
      );
      -- 合同编号 is unique whatever its case: HT-2026-001 and ht-2026-001 are one paper contract.
      CREATE UNIQUE INDEX uq_maintenance_contract_number ON maintenance_contract (upper(contract_number));
      -- "Expiring": the contracts ending soon whose notice nobody has recorded yet.
      CREATE INDEX ix_maintenance_contract_expiring ON maintenance_contract (valid_to)
        WHERE renewal_notice_sent_on IS NULL AND renewal_outcome IS NULL;
      CREATE INDEX ix_maintenance_contract_center ON maintenance_contract (repair_center_id, valid_to);

      CREATE TABLE maintenance_contract_serial (
        contract_id uuid NOT NULL CONSTRAINT fk_maintenance_contract_serial_contract REFERENCES maintenance_contract (id),
        -- As typed, and normalized like work_order.serial_key (domain normalizeSerialNumber).
        serial_number text NOT NULL CHECK (btrim(serial_number) <> ''),
        serial_key text NOT NULL,
        position integer NOT NULL,
        CONSTRAINT pk_maintenance_contract_serial PRIMARY KEY (contract_id, serial_key)
      );
      -- "Is this serial under a contract on the call date": the serial first, then the contract's dates.
      CREATE INDEX ix_maintenance_contract_serial_key ON maintenance_contract_serial (serial_key) INCLUDE (contract_id);

      ALTER TABLE work_order
        ADD COLUMN maintenance_contract_id uuid CONSTRAINT fk_work_order_maintenance_contract REFERENCES maintenance_contract (id);
      CREATE INDEX ix_work_order_maintenance_contract ON work_order (maintenance_contract_id, called_at)
        WHERE maintenance_contract_id IS NOT NULL;

      INSERT INTO app_setting (key, value) VALUES ('maintenanceContracts', '{}') ON CONFLICT (key) DO NOTHING;

      CREATE FUNCTION maintenance_contract_covering(unit_serial_key text, on_date date)
        RETURNS TABLE (id uuid, contract_number text, valid_from date, valid_to date)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
          SELECT c.id, c.contract_number, c.valid_from, c.valid_to
            FROM maintenance_contract_serial s
            JOIN maintenance_contract c ON c.id = s.contract_id
           WHERE s.serial_key = unit_serial_key
             AND on_date BETWEEN c.valid_from AND c.valid_to
             AND coalesce(current_setting('app.scope', true), '') IN ('head_office', 'partner')
           ORDER BY c.valid_from DESC, c.contract_number
           LIMIT 1
        $$;
      REVOKE EXECUTE ON FUNCTION maintenance_contract_covering(text, date) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION maintenance_contract_covering(text, date) TO aftersales_api;

      GRANT SELECT, INSERT, UPDATE ON maintenance_contract TO aftersales_api;
      -- The covered serials are rewritten when a contract is edited; contracts are never deleted.
      GRANT SELECT, INSERT, DELETE ON maintenance_contract_serial TO aftersales_api;

      ALTER TABLE maintenance_contract ENABLE ROW LEVEL SECURITY;
      CREATE POLICY maintenance_contract_by_center ON maintenance_contract
        USING (app_sees_center(repair_center_id)) WITH CHECK (app_sees_center(repair_center_id));
      ALTER TABLE maintenance_contract_serial ENABLE ROW LEVEL SECURITY;
      CREATE POLICY maintenance_contract_serial_by_center ON maintenance_contract_serial
        USING (EXISTS (SELECT 1 FROM maintenance_contract c WHERE c.id = contract_id))
        WITH CHECK (EXISTS (SELECT 1 FROM maintenance_contract c WHERE c.id = contract_id));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION maintenance_contract_covering(text, date);
      DROP INDEX ix_work_order_maintenance_contract;
      ALTER TABLE work_order DROP COLUMN maintenance_contract_id;
      DROP TABLE maintenance_contract_serial, maintenance_contract;
      DELETE FROM app_setting WHERE key = 'maintenanceContracts';
    `);
  }
}
