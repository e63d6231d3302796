import { assertLocalDate, compareLocalDates, isLocalDate } from '../dates.js';
import { DomainError, type FieldErrors } from '../errors.js';
import type { RepairCenterStatus } from '../reference.js';

export interface TechnicianCertificate {
  certificateNumber: string | null;
  certificateExpiresOn: string | null;
}

function hasNumber(t: TechnicianCertificate): boolean {
  return typeof t.certificateNumber === 'string' && t.certificateNumber.trim() !== '';
}

/**
 * A qualification certificate (000 §5) counts when its number is recorded and it has not expired;
 * it is still valid on its expiry date. A number without an expiry date does not count: the
 * expiry is what tells head office the certificate is current.
 */
export function isCertificateValid(t: TechnicianCertificate, today: string): boolean {
  assertLocalDate(today, 'today');
  if (!hasNumber(t) || t.certificateExpiresOn == null) return false;
  assertLocalDate(t.certificateExpiresOn, 'certificateExpiresOn');
  return compareLocalDates(t.certificateExpiresOn, today) >= 0;
}

/** Field errors for a technician's certificate: both parts or neither. */
export function validateTechnicianCertificate(t: TechnicianCertificate): FieldErrors {
  const errors: FieldErrors = {};
  const expires = t.certificateExpiresOn;
  if (expires != null && !isLocalDate(expires)) {
    errors.certificateExpiresOn = 'Enter a real calendar date as YYYY-MM-DD, or leave it empty.';
  } else if (hasNumber(t) && expires == null) {
    errors.certificateExpiresOn = 'Enter the date the certificate expires.';
  }
  if (!hasNumber(t) && expires != null) errors.certificateNumber = 'Enter the certificate number, or clear the expiry date.';
  return errors;
}

export type DispatchBlock = 'INACTIVE' | 'NO_CERTIFICATE' | 'CERTIFICATE_EXPIRED' | 'CENTER_NOT_ACTIVE';

export interface DispatchCandidate extends TechnicianCertificate {
  active: boolean;
  /** The effective status of the technician's center; null for head-office staff (总部技术员). */
  centerStatus: RepairCenterStatus | null;
}

/**
 * Every reason the technician cannot be dispatched today, so the person sees them all at once
 * rather than fixing one to meet the next. Empty means dispatchable.
 */
export function dispatchBlocks(t: DispatchCandidate, today: string): DispatchBlock[] {
  const blocks: DispatchBlock[] = [];
  if (!t.active) blocks.push('INACTIVE');
  if (!isCertificateValid(t, today)) {
    blocks.push(hasNumber(t) && t.certificateExpiresOn != null ? 'CERTIFICATE_EXPIRED' : 'NO_CERTIFICATE');
  }
  // Center staff work only through an ACTIVE center; head-office staff have none to check.
  if (t.centerStatus != null && t.centerStatus !== 'ACTIVE') blocks.push('CENTER_NOT_ACTIVE');
  return blocks;
}

export function canDispatch(t: DispatchCandidate, today: string): boolean {
  return dispatchBlocks(t, today).length === 0;
}

function reasonFor(block: DispatchBlock, t: DispatchCandidate): string {
  switch (block) {
    case 'INACTIVE':
      return 'the technician is marked inactive';
    case 'NO_CERTIFICATE':
      return 'no qualification certificate with an expiry date is recorded';
    case 'CERTIFICATE_EXPIRED':
      return `the qualification certificate expired on ${String(t.certificateExpiresOn)}`;
    case 'CENTER_NOT_ACTIVE':
      return `the technician's repair center is ${String(t.centerStatus)}, and only an ACTIVE center takes work`;
  }
}

export function assertCanDispatch(t: DispatchCandidate, today: string): void {
  const blocks = dispatchBlocks(t, today);
  if (blocks.length > 0) {
    throw new DomainError(
      'CONFLICT',
      `This technician cannot be dispatched: ${blocks.map((block) => reasonFor(block, t)).join('; ')}.`,
      undefined,
      { blocks },
    );
  }
}
