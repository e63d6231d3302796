import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 三包 parts (DOMAIN §6): requisitions with their approvals and shipments, stock per location with
 * FIFO lots and a ledger of every movement, replacements with the old parts they leave, urgent
 * local purchases, and the quarterly write-off (核销). Partners see their own center's rows.
 *
 * A stock location is one string, as the domain writes it: FACTORY, HEAD_OFFICE or
 * CENTER:<repair center id>; rows at a center also carry repair_center_id for row-level security.
 */
const LOCATION_CHECK = (location: string, center: string) => `CHECK (
  (${location} IN ('FACTORY', 'HEAD_OFFICE') AND ${center} IS NULL)
  OR (${center} IS NOT NULL AND ${location} = 'CENTER:' || ${center}::text)
)`;

export class Parts1764200000000 implements MigrationInterface {
  name = 'Parts1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE parts_code_counter (
        kind text NOT NULL,
        year integer NOT NULL,
        last_sequence integer NOT NULL,
        PRIMARY KEY (kind, year)
      );

      CREATE TABLE parts_write_off (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CONSTRAINT uq_parts_write_off_code UNIQUE,
        version integer NOT NULL DEFAULT 1,
        repair_center_id uuid NOT NULL CONSTRAINT fk_parts_write_off_center REFERENCES repair_center (id),
        quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
        -- Per part: the physical counts at the quarter's start and end and the explanation of a
        -- difference, as CS enters them ([{ partId, onHandAtStart, onHandAtEnd, explanation }]).
        counts jsonb NOT NULL DEFAULT '[]',
        -- The voucher (核销凭证) archived at closing: the domain's WriteOffSummary with part names.
        voucher jsonb,
        opened_by_name text NOT NULL,
        closed_by_name text,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_parts_write_off_quarter UNIQUE (repair_center_id, quarter),
        CONSTRAINT ck_parts_write_off_closed CHECK ((status = 'CLOSED') = (voucher IS NOT NULL AND closed_at IS NOT NULL))
      );

      -- An archived voucher is final (004 §6.3: 存档).
      CREATE FUNCTION parts_write_off_closed_is_final() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          IF OLD.status = 'CLOSED' THEN
            RAISE EXCEPTION 'write-off % is closed and archived', OLD.code
              USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_parts_write_off_final';
          END IF;
          RETURN NEW;
        END
        $$;
      CREATE TRIGGER parts_write_off_closed_is_final BEFORE UPDATE ON parts_write_off
        FOR EACH ROW EXECUTE FUNCTION parts_write_off_closed_is_final();

      CREATE TABLE parts_requisition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CONSTRAINT uq_parts_requisition_code UNIQUE,
        version integer NOT NULL DEFAULT 1,
        status text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'BACKORDERED', 'SHIPPED', 'RECEIVED', 'CLOSED')),
        purpose text NOT NULL CHECK (purpose IN ('REPAIR', 'STOCKING')),
        -- The center the parts are for (it receives them or its customer does); null: head office's own.
        repair_center_id uuid CONSTRAINT fk_parts_requisition_center REFERENCES repair_center (id),
        destination text NOT NULL CHECK (destination IN ('CUSTOMER', 'CENTER')),
        destination_address text,
        work_order_id uuid CONSTRAINT fk_parts_requisition_work_order REFERENCES work_order (id),
        complaint_id uuid CONSTRAINT fk_parts_requisition_complaint REFERENCES complaint (id),
        serial_number text,
        note text,
        requested_by_name text NOT NULL,
        submitted_at timestamptz,
        approved_at timestamptz,
        rejected_at timestamptz,
        rejection_reason text,
        shipped_at timestamptz,
        received_at timestamptz,
        received_by_name text,
        write_off_id uuid CONSTRAINT fk_parts_requisition_write_off REFERENCES parts_write_off (id),
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_parts_requisition_repair CHECK (
          purpose = 'STOCKING' OR (serial_number IS NOT NULL AND (work_order_id IS NOT NULL OR complaint_id IS NOT NULL))
        ),
        CONSTRAINT ck_parts_requisition_destination CHECK (destination = 'CENTER' OR destination_address IS NOT NULL)
      );
      CREATE INDEX ix_parts_requisition_status ON parts_requisition (status, created_at);
      CREATE INDEX ix_parts_requisition_center ON parts_requisition (repair_center_id, created_at);

      CREATE TABLE parts_requisition_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requisition_id uuid NOT NULL CONSTRAINT fk_requisition_line_requisition REFERENCES parts_requisition (id),
        repair_center_id uuid REFERENCES repair_center (id),
        line_no integer NOT NULL,
        part_id uuid NOT NULL CONSTRAINT fk_requisition_line_part REFERENCES part (id),
        spec text,
        requested_quantity integer NOT NULL CONSTRAINT ck_requisition_line_requested CHECK (requested_quantity > 0),
        -- The quantity approved (the CS leader may reduce it; 0 strikes the line); the requested one until then.
        quantity integer NOT NULL CONSTRAINT ck_requisition_line_quantity CHECK (quantity >= 0 AND quantity <= requested_quantity),
        unit_cost_fen bigint NOT NULL CHECK (unit_cost_fen >= 0),
        wear_part boolean NOT NULL,
        shipped_quantity integer NOT NULL DEFAULT 0 CONSTRAINT ck_requisition_line_shipped CHECK (shipped_quantity >= 0 AND shipped_quantity <= quantity),
        received_quantity integer CHECK (received_quantity >= 0),
        receipt_note text,
        -- Commerce's back-order feedback to CS (004 §6.2: 通知客户服务部).
        production_order_number text,
        expected_on date,
        CONSTRAINT uq_requisition_line_no UNIQUE (requisition_id, line_no)
      );

      CREATE TABLE parts_requisition_approval (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requisition_id uuid NOT NULL REFERENCES parts_requisition (id),
        repair_center_id uuid REFERENCES repair_center (id),
        approver_role text NOT NULL CHECK (approver_role IN ('CS_MANAGER', 'DIRECTOR')),
        decision text NOT NULL CHECK (decision IN ('APPROVED', 'REJECTED')),
        decided_by_name text NOT NULL,
        note text,
        decided_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_requisition_approval_role UNIQUE (requisition_id, approver_role)
      );

      CREATE TABLE parts_shipment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requisition_id uuid NOT NULL REFERENCES parts_requisition (id),
        repair_center_id uuid REFERENCES repair_center (id),
        carrier text NOT NULL,
        tracking_number text NOT NULL,
        -- [{ lineId, partId, quantity }]
        lines jsonb NOT NULL,
        shipped_by_name text NOT NULL,
        shipped_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX ix_parts_shipment_requisition ON parts_shipment (requisition_id);

      CREATE TABLE local_purchase (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CONSTRAINT uq_local_purchase_code UNIQUE,
        version integer NOT NULL DEFAULT 1,
        status text NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED', 'PURCHASED')),
        location text NOT NULL,
        repair_center_id uuid REFERENCES repair_center (id),
        reasons text[] NOT NULL,
        work_order_id uuid REFERENCES work_order (id),
        complaint_id uuid REFERENCES complaint (id),
        part_id uuid NOT NULL REFERENCES part (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        supplier text NOT NULL,
        unit_price_fen bigint NOT NULL CHECK (unit_price_fen >= 0),
        -- [{ supplier, unitPrice }] (003 parts §10: 三家价格对比)
        quotes jsonb NOT NULL,
        choice_reason text,
        requested_by_name text NOT NULL,
        decided_by_name text,
        decision_note text,
        decided_at timestamptz,
        purchased_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_local_purchase_location ${LOCATION_CHECK('location', 'repair_center_id')}
      );

      -- New parts on hand per location; never below zero, whatever runs at the same time.
      CREATE TABLE stock_level (
        location text NOT NULL,
        part_id uuid NOT NULL CONSTRAINT fk_stock_level_part REFERENCES part (id),
        repair_center_id uuid REFERENCES repair_center (id),
        on_hand integer NOT NULL CONSTRAINT ck_stock_level_not_negative CHECK (on_hand >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (location, part_id),
        CONSTRAINT ck_stock_level_location ${LOCATION_CHECK('location', 'repair_center_id')}
      );

      -- Receipt lots for first-in-first-out issue (002 (六)5: 先进先出).
      CREATE TABLE stock_lot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        location text NOT NULL,
        part_id uuid NOT NULL REFERENCES part (id),
        repair_center_id uuid REFERENCES repair_center (id),
        received_at timestamptz NOT NULL DEFAULT now(),
        sequence bigint GENERATED ALWAYS AS IDENTITY,
        unit_cost_fen bigint NOT NULL CHECK (unit_cost_fen >= 0),
        remaining integer NOT NULL CONSTRAINT ck_stock_lot_not_negative CHECK (remaining >= 0),
        CONSTRAINT ck_stock_lot_location ${LOCATION_CHECK('location', 'repair_center_id')}
      );
      CREATE INDEX ix_stock_lot_fifo ON stock_lot (location, part_id, received_at, sequence) WHERE remaining > 0;

      -- The ledger: every change of stock, and every old part handed back or written off by a
      -- closing write-off (OLD_PART_WRITTEN_OFF, e.g. kept by the customer); old parts change no stock.
      -- SHIP takes parts out of the shipping stock for a requisition; they enter the destination's
      -- stock as an IN (source RECEIPT) when it confirms receipt, and a difference stays on the line.
      CREATE TABLE stock_movement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL CHECK (kind IN ('IN', 'OUT', 'TRANSFER', 'SHIP', 'SCRAP', 'RETURN_OLD_PART', 'OLD_PART_WRITTEN_OFF')),
        source text CHECK (source IN ('RECEIPT', 'LOCAL_PURCHASE', 'WORK_ORDER_RETURN', 'OPENING')),
        part_id uuid NOT NULL CONSTRAINT fk_stock_movement_part REFERENCES part (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        from_location text,
        from_center_id uuid REFERENCES repair_center (id),
        to_location text,
        to_center_id uuid REFERENCES repair_center (id),
        -- Cost of the pieces: FIFO lots' cost on the way out, the receipt's on the way in.
        cost_fen bigint CHECK (cost_fen >= 0),
        requisition_id uuid REFERENCES parts_requisition (id),
        work_order_id uuid REFERENCES work_order (id),
        local_purchase_id uuid REFERENCES local_purchase (id),
        write_off_id uuid REFERENCES parts_write_off (id),
        appraisal jsonb,
        reason text,
        actor_name text NOT NULL,
        CONSTRAINT ck_stock_movement_from CHECK (from_location IS NULL OR ${LOCATION_CHECK('from_location', 'from_center_id').slice('CHECK '.length)}),
        CONSTRAINT ck_stock_movement_to CHECK (to_location IS NULL OR ${LOCATION_CHECK('to_location', 'to_center_id').slice('CHECK '.length)}),
        CONSTRAINT ck_stock_movement_direction CHECK (
          (kind = 'IN' AND to_location IS NOT NULL AND from_location IS NULL AND source IS NOT NULL)
          OR (kind IN ('OUT', 'SCRAP') AND from_location IS NOT NULL AND to_location IS NULL)
          OR (kind IN ('TRANSFER', 'SHIP', 'RETURN_OLD_PART') AND from_location IS NOT NULL AND to_location IS NOT NULL)
          OR (kind = 'OLD_PART_WRITTEN_OFF' AND from_center_id IS NOT NULL AND to_location IS NULL AND write_off_id IS NOT NULL AND reason IS NOT NULL)
        ),
        CONSTRAINT ck_stock_movement_ship_requisition CHECK (kind <> 'SHIP' OR requisition_id IS NOT NULL),
        CONSTRAINT ck_stock_movement_out_work_order CHECK (kind <> 'OUT' OR work_order_id IS NOT NULL)
      );
      CREATE INDEX ix_stock_movement_part ON stock_movement (part_id, at);
      CREATE INDEX ix_stock_movement_from ON stock_movement (from_location, at) WHERE from_location IS NOT NULL;
      CREATE INDEX ix_stock_movement_to ON stock_movement (to_location, at) WHERE to_location IS NOT NULL;

      -- A replacement: the part went into a serial unit under a work order; the old part is held.
      CREATE TABLE part_usage (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        work_order_id uuid NOT NULL CONSTRAINT fk_part_usage_work_order REFERENCES work_order (id),
        serial_number text NOT NULL,
        part_id uuid NOT NULL REFERENCES part (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        location text NOT NULL,
        repair_center_id uuid REFERENCES repair_center (id),
        used_on date NOT NULL,
        stock_movement_id uuid NOT NULL REFERENCES stock_movement (id),
        recorded_by_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_part_usage_location ${LOCATION_CHECK('location', 'repair_center_id')},
        CONSTRAINT ck_part_usage_not_factory CHECK (location <> 'FACTORY')
      );
      CREATE INDEX ix_part_usage_location ON part_usage (location, used_on);
      CREATE INDEX ix_part_usage_work_order ON part_usage (work_order_id);

      INSERT INTO app_setting (key, value) VALUES ('parts', '{}') ON CONFLICT (key) DO NOTHING;

      GRANT SELECT, INSERT, UPDATE ON parts_code_counter, parts_write_off, parts_requisition, parts_requisition_line,
        parts_requisition_approval, parts_shipment, local_purchase, stock_level, stock_lot, stock_movement, part_usage
        TO aftersales_api;
      -- A DRAFT requisition is rewritten as a whole, lines included; nothing else is ever deleted.
      GRANT DELETE ON parts_requisition_line TO aftersales_api;
    `);

    for (const table of [
      'parts_write_off',
      'parts_requisition',
      'parts_requisition_line',
      'parts_requisition_approval',
      'parts_shipment',
      'local_purchase',
      'stock_level',
      'stock_lot',
      'part_usage',
    ]) {
      await db.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_by_center ON ${table}
          USING (app_sees_center(repair_center_id)) WITH CHECK (app_sees_center(repair_center_id));
      `);
    }
    await db.query(`
      -- A movement between a center and elsewhere is the center's too: it sees both ends' rows.
      ALTER TABLE stock_movement ENABLE ROW LEVEL SECURITY;
      CREATE POLICY stock_movement_by_center ON stock_movement
        USING (app_sees_center(from_center_id) OR app_sees_center(to_center_id))
        WITH CHECK (app_sees_center(from_center_id) OR app_sees_center(to_center_id));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE part_usage, stock_movement, stock_lot, stock_level, local_purchase, parts_shipment,
        parts_requisition_approval, parts_requisition_line, parts_requisition, parts_write_off, parts_code_counter;
      DROP FUNCTION parts_write_off_closed_is_final();
      DELETE FROM app_setting WHERE key = 'parts';
    `);
  }
}
