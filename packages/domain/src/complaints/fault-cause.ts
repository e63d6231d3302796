import { type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { WARRANTY_STATUSES, type WarrantyStatus } from '../warranty.js';
import { isOneOf } from './input-checks.js';
import { list, msg } from '../messages/index.js';

/**
 * The cause the CS department appraises (004 §2.4, §4.3): (a) design or manufacturing, (b)
 * storage or transport, (c) the customer's misuse or another customer cause.
 */
export const FAULT_CAUSES = ['DESIGN', 'MANUFACTURING', 'STORAGE', 'TRANSPORT', 'CUSTOMER_MISUSE', 'OTHER_CUSTOMER'] as const;
export type FaultCause = (typeof FAULT_CAUSES)[number];

/** 004 §4.4: causes (a) and (b) make a quality fault (产品质量故障); (c) does not. */
const QUALITY_FAULT_CAUSES: readonly FaultCause[] = ['DESIGN', 'MANUFACTURING', 'STORAGE', 'TRANSPORT'];

/** DOMAIN §2: free under 三包, paid at manufacturing cost (004 §4.9), or under a maintenance contract (000 §5). */
export const SERVICE_TYPES = ['FREE', 'PAID', 'CONTRACT'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export function isFaultCause(value: unknown): value is FaultCause {
  return isOneOf(FAULT_CAUSES, value);
}

export function isQualityFault(cause: FaultCause): boolean {
  return QUALITY_FAULT_CAUSES.includes(cause);
}

export interface ServiceTypeInput {
  cause: FaultCause;
  warrantyStatus: WarrantyStatus;
  /** The customer holds a current maintenance contract (保养合同). */
  contractCustomer: boolean;
}

/**
 * The service type of a fault (DOMAIN §2). Warranty comes first: a quality fault in warranty is
 * FREE even for a contract customer, since 三包 is owed whatever else was agreed. Otherwise a
 * contract customer is served under the contract, and everyone else pays (004 §4.9: non-quality
 * faults and expired or unproven units).
 */
export function serviceTypeFor(input: ServiceTypeInput): ServiceType {
  const errors: FieldErrors = {};
  if (!isFaultCause(input.cause)) errors.cause = msg('complaints.chooseFaultCauseFaultcauses', { faultCauses: list(FAULT_CAUSES) });
  if (!isOneOf(WARRANTY_STATUSES, input.warrantyStatus)) errors.warrantyStatus = msg('complaints.evaluateWarrantyFirst');
  if (typeof input.contractCustomer !== 'boolean') errors.contractCustomer = msg('complaints.sayWhetherCustomerMaintenanceContract');
  throwIfFieldErrors(errors);
  if (isQualityFault(input.cause) && input.warrantyStatus === 'IN_WARRANTY') return 'FREE';
  return input.contractCustomer ? 'CONTRACT' : 'PAID';
}
