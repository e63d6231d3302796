import type { EntityManager } from 'typeorm';
import type { ContractCoverage } from './maintenance-contract.types.js';

/**
 * The contract covering a serial (its normalized key) on a date, whichever center serves it: a
 * partner's call for a unit under head office's contract is still served under it. Read through
 * the SECURITY DEFINER function of migration 1764300000003, which answers this and nothing else;
 * the contract itself stays visible only to those who may read it.
 */
export async function contractCovering(manager: EntityManager, serialKey: string, onDate: string): Promise<ContractCoverage | null> {
  if (!serialKey) return null;
  const [row] = (await manager.query(
    `SELECT id, contract_number, valid_from::text AS valid_from, valid_to::text AS valid_to
       FROM maintenance_contract_covering($1, $2)`,
    [serialKey, onDate],
  )) as { id: string; contract_number: string; valid_from: string; valid_to: string }[];
  return row ? { contractId: row.id, contractNumber: row.contract_number, validFrom: row.valid_from, validTo: row.valid_to } : null;
}
