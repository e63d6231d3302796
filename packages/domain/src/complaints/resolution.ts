import { type FieldErrors, throwIfFieldErrors } from '../errors.js';
import type { Fen } from '../money.js';
import { type FaultCause, isFaultCause, isQualityFault, SERVICE_TYPES, type ServiceType } from './fault-cause.js';
import { isOneOf } from './input-checks.js';

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
  if (!isOneOf(RESOLUTION_KINDS, kind)) errors.kind = `Choose the resolution: ${RESOLUTION_KINDS.join(', ')}.`;
  if (!isOneOf(SERVICE_TYPES, serviceType)) errors.serviceType = `Choose the service type: ${SERVICE_TYPES.join(', ')}.`;
  if (!isFaultCause(cause)) errors.cause = 'Appraise the fault cause before deciding the resolution.';

  if (kind === 'COMPENSATE') {
    if (!Number.isSafeInteger(compensation) || (compensation as number) <= 0) {
      errors.compensation = 'Enter the compensation in whole fen, more than 0.';
    }
  } else if (compensation != null && compensation !== 0) {
    errors.compensation = 'Only a COMPENSATE resolution has an amount; clear it or choose COMPENSATE.';
  }

  if (isFaultCause(cause) && !isQualityFault(cause)) {
    if (serviceType === 'FREE') {
      errors.serviceType = `A ${cause} fault is not a quality fault and is not served free; choose PAID or CONTRACT.`;
    }
    if (COMPANY_PAID_KINDS.includes(kind)) {
      errors.kind = `A ${cause} fault is not a quality fault, so the company does not ${kind.toLowerCase()}; choose REPAIR or NONE.`;
    }
  }
  return errors;
}

/** Throws INVALID_INPUT naming every field `validateResolution` objects to. */
export function assertValidResolution(input: ResolutionInput): void {
  throwIfFieldErrors(validateResolution(input), 'The resolution is not allowed; correct the fields listed and try again.');
}
