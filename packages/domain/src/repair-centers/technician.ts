import { assertLocalDate, compareLocalDates, isLocalDate } from '../dates.js';
import { DomainError, type FieldErrors } from '../errors.js';
import type { RepairCenterStatus } from '../reference.js';
import { type Message, type MessageValue, msg } from '../messages/index.js';

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
    errors.certificateExpiresOn = msg('repairCenters.enterRealCalendarDateYyyy2');
  } else if (hasNumber(t) && expires == null) {
    errors.certificateExpiresOn = msg('repairCenters.enterDateCertificateExpires');
  }
  if (!hasNumber(t) && expires != null) errors.certificateNumber = msg('repairCenters.enterCertificateNumberClearExpiry');
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

function reasonFor(block: DispatchBlock, t: DispatchCandidate): Message {
  switch (block) {
    case 'INACTIVE':
      return msg('repairCenters.technicianMarkedInactive');
    case 'NO_CERTIFICATE':
      return msg('repairCenters.qualificationCertificateExpiryDateRecorded');
    case 'CERTIFICATE_EXPIRED':
      return msg('repairCenters.qualificationCertificateExpiredCertificateexpire', { certificateExpiresOn: String(t.certificateExpiresOn) });
    case 'CENTER_NOT_ACTIVE':
      return msg('repairCenters.technicianSRepairCenterCenterstatus', { centerStatus: String(t.centerStatus) });
  }
}

export function assertCanDispatch(t: DispatchCandidate, today: string): void {
  const blocks = dispatchBlocks(t, today);
  if (blocks.length > 0) {
    throw new DomainError(
      'CONFLICT',
      msg('repairCenters.technicianDispatchedMap', {
        map: blocks.map((block): MessageValue => reasonFor(block, t)).reduce((first, second) => msg('repairCenters.reasonAndReason', { first, second })),
      }),
      undefined,
      { blocks },
    );
  }
}
