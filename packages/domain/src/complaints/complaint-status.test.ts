import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import {
  assertCanResolve,
  assertComplaintTransition,
  COMPLAINT_STATUSES,
  COMPLAINT_TRANSITIONS,
  type ComplaintStatus,
  complaintTransitionsFrom,
  isComplaintStatus,
  isOpenComplaint,
} from './complaint-status.js';


const FORWARD: [ComplaintStatus, ComplaintStatus][] = [
  ['RECEIVED', 'ACKNOWLEDGED'],
  ['ACKNOWLEDGED', 'INVESTIGATING'],
  ['INVESTIGATING', 'RESPONSIBILITY_DETERMINED'],
  ['RESPONSIBILITY_DETERMINED', 'RESOLVING'],
  ['RESOLVING', 'RESOLVED'],
  ['RESOLVED', 'CLOSED'],
];
const REJECTABLE: ComplaintStatus[] = ['RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING', 'RESPONSIBILITY_DETERMINED'];

describe('complaint statuses', () => {
  it('lists the lifecycle of DOMAIN §3.6 and ends in CLOSED or REJECTED', () => {
    expect(COMPLAINT_STATUSES).toEqual([...FORWARD.map(([from]) => from), 'CLOSED', 'REJECTED']);
    expect(COMPLAINT_TRANSITIONS.CLOSED.to).toEqual([]);
    expect(COMPLAINT_TRANSITIONS.REJECTED.to).toEqual([]);
  });

  it('recognises statuses from untrusted values', () => {
    expect(isComplaintStatus('RESOLVING')).toBe(true);
    expect(isComplaintStatus('resolving')).toBe(false);
    expect(isComplaintStatus(null)).toBe(false);
  });

  it('is open until resolved or rejected', () => {
    expect(COMPLAINT_STATUSES.filter(isOpenComplaint)).toEqual([...REJECTABLE, 'RESOLVING']);
  });

  it('hands out a copy of the next states', () => {
    const next = complaintTransitionsFrom('RECEIVED');
    next.push('CLOSED');
    expect(COMPLAINT_TRANSITIONS.RECEIVED.to).toEqual(['ACKNOWLEDGED', 'REJECTED']);
  });
});

describe('assertComplaintTransition', () => {
  it.each(FORWARD)('allows %s → %s', (from, to) => {
    expect(() => assertComplaintTransition(from, to)).not.toThrow();
  });

  it.each(REJECTABLE)('allows rejecting from %s with a reason', (from) => {
    expect(() => assertComplaintTransition(from, 'REJECTED', { reason: '非本公司产品' })).not.toThrow();
  });

  it('refuses every other pair, skips included', () => {
    const allowed = new Set([...FORWARD.map(([from, to]) => `${from}>${to}`), ...REJECTABLE.map((from) => `${from}>REJECTED`)]);
    for (const from of COMPLAINT_STATUSES) {
      for (const to of COMPLAINT_STATUSES) {
        if (allowed.has(`${from}>${to}`)) continue;
        expect(errorOf(() => assertComplaintTransition(from, to, { reason: 'x' })).code).toBe('INVALID_TRANSITION');
      }
    }
  });

  it('names both states and the allowed next states', () => {
    const error = errorOf(() => assertComplaintTransition('ACKNOWLEDGED', 'RESOLVING'));
    expect(error.message).toContain('from ACKNOWLEDGED to RESOLVING');
    expect(error.message).toContain('INVESTIGATING, REJECTED');
    expect(error.details).toEqual({ from: 'ACKNOWLEDGED', to: 'RESOLVING', allowed: ['INVESTIGATING', 'REJECTED'] });
    expect(errorOf(() => assertComplaintTransition('RESOLVING', 'REJECTED', { reason: 'x' })).details).toMatchObject({
      allowed: ['RESOLVED'],
    });
    expect(errorOf(() => assertComplaintTransition('CLOSED', 'CLOSED')).message).toMatch(/already CLOSED.*none/);
  });

  it('needs a reason to reject', () => {
    for (const reason of [undefined, null, '', '   ']) {
      const error = errorOf(() => assertComplaintTransition('RECEIVED', 'REJECTED', { reason }));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.fieldErrors).toEqual({ reason: expect.any(String) });
    }
    expect(errorOf(() => assertComplaintTransition('RECEIVED', 'REJECTED')).fieldErrors).toHaveProperty('reason');
  });

  it('treats an unknown stored status as corrupt data', () => {
    expect(errorOf(() => assertComplaintTransition('OPEN' as ComplaintStatus, 'CLOSED')).code).toBe('INVALID_INPUT');
  });
});

describe('assertCanResolve', () => {
  const approvedAt = new Date('2026-04-10T02:00:00Z');

  it('lets every complaint that is not especially major be resolved', () => {
    for (const tier of ['MINOR', 'MAJOR', 'CRITICAL'] as const) {
      expect(() => assertCanResolve({ tier, especiallyMajor: false, officeMeetingApprovedAt: null })).not.toThrow();
    }
  });

  it('refuses an especially major complaint without the office meeting, with CONFLICT', () => {
    const error = errorOf(() => assertCanResolve({ tier: 'CRITICAL', especiallyMajor: true, officeMeetingApprovedAt: null }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/office meeting/);
    expect(error.details).toEqual({ missing: 'officeMeetingApprovedAt' });
  });

  it('lets it through once the meeting approved', () => {
    expect(() => assertCanResolve({ tier: 'CRITICAL', especiallyMajor: true, officeMeetingApprovedAt: approvedAt })).not.toThrow();
  });

  it('refuses the flag on a lower tier and an invalid approval time', () => {
    const flaggedMajor = { tier: 'MAJOR' as const, especiallyMajor: true, officeMeetingApprovedAt: approvedAt };
    expect(errorOf(() => assertCanResolve(flaggedMajor)).fieldErrors).toEqual({ especiallyMajor: expect.any(String) });
    expect(
      errorOf(() => assertCanResolve({ tier: 'CRITICAL', especiallyMajor: true, officeMeetingApprovedAt: new Date('x') })).fieldErrors,
    ).toEqual({ officeMeetingApprovedAt: expect.any(String) });
  });
});
