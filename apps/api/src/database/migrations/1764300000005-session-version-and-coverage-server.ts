import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two hardening changes of issue #10.
 *
 * `app_user.session_version`: every session token carries the version it was issued under, and a
 * token of an older version is refused. A password reset, disabling the account or a new role
 * (or repair center) moves the version on in the same transaction, so the user's earlier sessions
 * end at once instead of living out their hours. An integer, not a "valid from" time: a token
 * issued in the same second as the reset must not survive, and a sign-in right after must work.
 *
 * `maintenance_contract_covering` also answers which center serves the contract (null: head
 * office), so a partner can be told that a unit is covered and by whom without being handed
 * another center's contract number or id (the API leaves those out for it).
 */
export class SessionVersionAndCoverageServer1764300000005 implements MigrationInterface {
  name = 'SessionVersionAndCoverageServer1764300000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE app_user ADD COLUMN session_version integer NOT NULL DEFAULT 1 CHECK (session_version >= 1);

      DROP FUNCTION maintenance_contract_covering(text, date);
      CREATE FUNCTION maintenance_contract_covering(unit_serial_key text, on_date date)
        RETURNS TABLE (id uuid, contract_number text, valid_from date, valid_to date, repair_center_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
          SELECT c.id, c.contract_number, c.valid_from, c.valid_to, c.repair_center_id
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
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION maintenance_contract_covering(text, date);
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
      ALTER TABLE app_user DROP COLUMN session_version;
    `);
  }
}
