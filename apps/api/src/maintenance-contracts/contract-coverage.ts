import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import type { ContractCoverage } from './maintenance-contract.types.js';

/** The contract covering a serial, as the database knows it: for registering calls, not for showing. */
export interface ContractCovering {
  contractId: string;
  contractNumber: string;
  validFrom: string;
  validTo: string;
  /** The center serving the contract; null: head office. */
  repairCenterId: string | null;
}

/**
 * The contract covering a serial (its normalized key) on a date, whichever center serves it: a
 * partner's call for a unit under head office's contract is still served under it. Read through
 * the SECURITY DEFINER function of migration 1764300000003 (serving center: 1764300000005), which
 * answers this and nothing else; what a viewer may be shown of it is `coverageSeenBy`'s business.
 */
export async function contractCovering(manager: EntityManager, serialKey: string, onDate: string): Promise<ContractCovering | null> {
  if (!serialKey) return null;
  const [row] = (await manager.query(
    `SELECT id, contract_number, valid_from::text AS valid_from, valid_to::text AS valid_to, repair_center_id
       FROM maintenance_contract_covering($1, $2)`,
    [serialKey, onDate],
  )) as { id: string; contract_number: string; valid_from: string; valid_to: string; repair_center_id: string | null }[];
  return row
    ? { contractId: row.id, contractNumber: row.contract_number, validFrom: row.valid_from, validTo: row.valid_to, repairCenterId: row.repair_center_id }
    : null;
}

/**
 * What a viewer may know of the covering contract. Head office: all of it. A partner: all of its
 * own center's contract; of anyone else's only that the unit is covered and by whom (head office
 * or a repair center), since the contract number and id are the other party's records.
 */
export function coverageSeenBy(principal: Principal, covering: ContractCovering): ContractCoverage {
  const servedBy = covering.repairCenterId ? 'REPAIR_CENTER' : 'HEAD_OFFICE';
  const readable = principal.role !== 'PARTNER' || (covering.repairCenterId !== null && covering.repairCenterId === principal.repairCenterId);
  if (readable) return { ...covering, servedBy };
  return { contractId: null, contractNumber: null, validFrom: null, validTo: null, repairCenterId: null, servedBy };
}
