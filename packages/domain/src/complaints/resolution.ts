import { type FieldErrors, throwIfFieldErrors } from '../errors.js';
import type { Fen } from '../money.js';
import { type FaultCause, isFaultCause, isQualityFault, SERVICE_TYPES, type ServiceType } from './fault-cause.js';
import { isOneOf } from './input-checks.js';
import { list, msg } from '../messages/index.js';

/** 修、换、退、赔, or nothing (DOMAIN §3.7). */
export const RESOLUTION_KINDS = ['REPAIR', 'EXCHANGE', 'REFUND', 'COMPENSATE', 'NONE'] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];

/**
 * Exchange, refund and compensation (退、赔、换) are always at the company's cost: they are what
 * the 退赔换 ledger charges to the responsible units (001 §1.5, §4). A repair can be paid.
 */
const COMPANY_PAID_KINDS: readonly ResolutionKind[] = ['EXCHANGE', 'REFUND', 'COMPENSATE'];

export interface ResolutionInput {
  kind: ResolutionKind;
  /** The amount paid to the customer; only for COMPENSATE. */
  compensation?: Fen | null;
  serviceType: ServiceType;
  /** The appraised fault cause (004 §2.4). */
  cause: FaultCause;
}

/**
 * Field errors for a resolution. COMPENSATE needs a positive amount, and no other kind carries
 * one. A non-quality fault (004 §4.4 (c)) gets nothing for free: not the FREE service type
 * (004 §4.9: paid at cost), and not an exchange, refund or compensation, which the company would
 * pay (001 §3.6: the customer's misuse is not compensated). It may be repaired for a fee, under a
 * contract, or get NONE.
 */
export function validateResolution(input: ResolutionInput): FieldErrors {
  const errors: FieldErrors = {};
  const { kind, compensation, serviceType, cause } = input;
  if (!isOneOf(RESOLUTION_KINDS, kind)) errors.kind = msg('complaints.chooseResolutionResolutionkinds', { resolutionKinds: list(RESOLUTION_KINDS) });
  if (!isOneOf(SERVICE_TYPES, serviceType)) errors.serviceType = msg('complaints.chooseServiceTypeServicetypes', { serviceTypes: list(SERVICE_TYPES) });
  if (!isFaultCause(cause)) errors.cause = msg('complaints.appraiseFaultCauseBeforeDeciding');

  if (kind === 'COMPENSATE') {
    if (!Number.isSafeInteger(compensation) || (compensation as number) <= 0) {
      errors.compensation = msg('complaints.enterCompensationWholeFenMore');
    }
  } else if (compensation != null && compensation !== 0) {
    errors.compensation = msg('complaints.onlyCompensateResolutionAmountClear');
  }

  if (isFaultCause(cause) && !isQualityFault(cause)) {
    if (serviceType === 'FREE') {
      errors.serviceType = msg('complaints.causeFaultQualityFaultServed', { cause });
    }
    if (COMPANY_PAID_KINDS.includes(kind)) {
      errors.kind = msg('complaints.causeFaultQualityFaultSo', { cause, kind: kind.toLowerCase() });
    }
  }
  return errors;
}

/** Throws INVALID_INPUT naming every field `validateResolution` objects to. */
export function assertValidResolution(input: ResolutionInput): void {
  throwIfFieldErrors(validateResolution(input), msg('complaints.resolutionAllowedCorrectFieldsListed'));
}
