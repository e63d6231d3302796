import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #14: which contracts have raised `maintenance_contract.expiring`, one row per contract and
 * last day. The expiry job claims a row (ON CONFLICT DO NOTHING) in the transaction that writes the
 * event, so two runs or two servers never raise it twice; a contract whose end date moves warns
 * again for the new day. Only the job (the tables' owner) reads and writes it.
 */
export class ContractExpiryWarnings1764700400000 implements MigrationInterface {
  name = 'ContractExpiryWarnings1764700400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE maintenance_contract_expiry_warning (
        contract_id uuid NOT NULL REFERENCES maintenance_contract (id) ON DELETE CASCADE,
        valid_to date NOT NULL,
        raised_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (contract_id, valid_to)
      );
      REVOKE ALL ON maintenance_contract_expiry_warning FROM aftersales_api;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE maintenance_contract_expiry_warning`);
  }
}
