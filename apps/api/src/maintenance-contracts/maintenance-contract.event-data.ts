import { contractDaysLeft, contractStatusOn, renewalNoticeDueOn, renewalStateOf } from '@aftersales/domain';
import { moneyValue } from '../common/event-values.js';
import type { MaintenanceContract } from './maintenance-contract.entity.js';

/**
 * A contract's public fields in its events, on `today` (its status and days left follow the
 * clock): ids, dates, the fee and where its renewal stands (no customer contact data).
 */
export function contractEventData(contract: MaintenanceContract, today: string, noticeDays: number): Record<string, unknown> {
  return {
    id: contract.id,
    contractNumber: contract.contractNumber,
    status: contractStatusOn(contract, today),
    repairCenterId: contract.repairCenterId,
    validFrom: contract.validFrom,
    validTo: contract.validTo,
    daysLeft: contractDaysLeft(contract, today),
    renewalNoticeDueOn: renewalNoticeDueOn(contract, noticeDays),
    renewalState: renewalStateOf(contract),
    annualFee: moneyValue(contract.annualFee),
  };
}
