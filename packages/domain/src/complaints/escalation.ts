import { DomainError } from '../errors.js';
import { REGION_ZONES, type RegionZone } from '../reference.js';
import type { Role } from '../roles.js';
import { isOneOf } from './input-checks.js';
import { assertComplaintSettings, type ComplaintSettings, DEFAULT_COMPLAINT_SETTINGS } from './settings.js';
import { msg } from '../messages/index.js';

/**
 * Whether a new complaint is flagged for escalation to an individual case (个案, 000 §3:
 * 多次投诉处理后仍不服的,提升为个案处理). Read as: the customer comes back while earlier
 * complaints on the same serial are still unresolved, and this one would be the Nth of them
 * (default the third), i.e. `openComplaintsOnSameSerialBefore` ≥ N − 1. Earlier complaints that
 * were resolved or rejected do not count: a customer satisfied in between starts afresh.
 */
export function shouldFlagForEscalation(
  openComplaintsOnSameSerialBefore: number,
  settings: ComplaintSettings = DEFAULT_COMPLAINT_SETTINGS,
): boolean {
  if (!Number.isSafeInteger(openComplaintsOnSameSerialBefore) || openComplaintsOnSameSerialBefore < 0) {
    throw new DomainError(
      'INVALID_INPUT',
      msg('complaints.numberOpenComplaintsMustWhole', { openComplaintsOnSameSerialBefore: String(openComplaintsOnSameSerialBefore) }),
      { openComplaintsOnSameSerialBefore: msg('complaints.enterWholeNumber0More') },
    );
  }
  assertComplaintSettings(settings);
  return openComplaintsOnSameSerialBefore + 1 >= settings.repeatComplaintThreshold;
}

/**
 * Who approves the travel request for an on-site visit (出差申请单, 004 §4.5): in the head-office
 * area (福州地区, LOCAL) the CS department's leader; elsewhere the company leader in charge, for
 * whom the after-sales DIRECTOR stands. SPECIAL regions ("视情形安排") are outside the head-office
 * area, so they also go to the DIRECTOR.
 */
export function travelApprover(zone: RegionZone): Extract<Role, 'CS_MANAGER' | 'DIRECTOR'> {
  if (!isOneOf(REGION_ZONES, zone)) {
    throw new DomainError('INVALID_INPUT', msg('complaints.zoneRegionZoneUseLocal', { zone: String(zone) }), {
      zone: msg('complaints.chooseLocalRemoteSpecial'),
    });
  }
  return zone === 'LOCAL' ? 'CS_MANAGER' : 'DIRECTOR';
}

/** Why a complaint is a special case (专案): media exposure, a lawsuit, or a threat to public credibility (000 §3). */
export const SPECIAL_CASE_REASONS = ['MEDIA_EXPOSURE', 'LAWSUIT', 'PUBLIC_CREDIBILITY'] as const;
export type SpecialCaseReason = (typeof SPECIAL_CASE_REASONS)[number];

export interface WorkListEntry {
  /** A SPECIAL_CASE complaint (专案), handled first (000 §3: 专案优先处置). */
  specialCase: boolean;
  /** A deadline not yet met has passed (see `complaintDeadlines`). */
  overdue: boolean;
  /** The next deadline to meet; null when none is pending. */
  nextDue: Date | null;
}

function dueTime(entry: WorkListEntry): number {
  const time = entry.nextDue?.getTime();
  // Entries with nothing due, or an unreadable date, go to the end of their group.
  return time == null || Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

/**
 * Sort comparator for the work list: special cases first, then overdue complaints, then by the
 * next due time, earliest first (among overdue ones, the longest overdue first). Equal entries
 * compare 0, so a stable sort keeps the caller's order for them.
 */
export function compareForWorkList(a: WorkListEntry, b: WorkListEntry): number {
  if (a.specialCase !== b.specialCase) return a.specialCase ? -1 : 1;
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const difference = dueTime(a) - dueTime(b);
  return Number.isNaN(difference) ? 0 : Math.sign(difference);
}
