import type { ServiceType } from '../complaints/fault-cause.js';
import { type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { isOneOf } from '../complaints/input-checks.js';
import { WARRANTY_STATUSES, type WarrantyStatus } from '../warranty.js';
import { msg } from '../messages/index.js';

export interface CallServiceTypeInput {
  warrantyStatus: WarrantyStatus;
  /** The customer holds a current maintenance contract (保养合同, 000 §5, 003 §1). */
  contractCustomer: boolean;
}

/**
 * The service type of a repair call (DOMAIN §2, §5). At the call the fault's cause is not known,
 * so a unit in warranty is served free under 三包 (the investigation of a complaint may find a
 * non-quality fault later). Out of warranty, a contract customer is served under the maintenance
 * contract and anyone else pays labour and parts at cost (004 §4.9).
 */
export function serviceTypeAtCall(input: CallServiceTypeInput): ServiceType {
  const errors: FieldErrors = {};
  if (!isOneOf(WARRANTY_STATUSES, input?.warrantyStatus)) errors.warrantyStatus = msg('workOrders.evaluateWarrantyFirst');
  if (typeof input?.contractCustomer !== 'boolean') errors.contractCustomer = msg('workOrders.sayWhetherCustomerMaintenanceContract');
  throwIfFieldErrors(errors);
  if (input.warrantyStatus === 'IN_WARRANTY') return 'FREE';
  return input.contractCustomer ? 'CONTRACT' : 'PAID';
}
