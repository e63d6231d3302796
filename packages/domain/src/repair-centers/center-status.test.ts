import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLifecycleProperties } from '../test-support/lifecycle-properties.js';
import { errorOf } from '../test-support/error-of.js';
import { REPAIR_CENTER_STATUSES } from '../reference.js';
import {
  assertCanReceiveWork,
  assertCenterTransition,
  assertManualCenterTransition,
  canReceiveWork,
  CENTER_LIFECYCLE,
  effectiveCenterStatus,
  isRecordedCenterStatus,
  MANUAL_CENTER_STATUSES,
  manualCenterTransitionsFrom,
  RECORDED_CENTER_STATUSES,
  type RecordedCenterStatus,
} from './center-status.js';


const ALLOWED: [RecordedCenterStatus, RecordedCenterStatus][] = [
  ['ACTIVE', 'RECTIFYING'],
  ['ACTIVE', 'SUSPENDED'],
  ['ACTIVE', 'REVOKED'],
  ['RECTIFYING', 'ACTIVE'],
  ['RECTIFYING', 'SUSPENDED'],
  ['RECTIFYING', 'REVOKED'],
  ['SUSPENDED', 'ACTIVE'],
  ['SUSPENDED', 'REVOKED'],
];

describe('center statuses', () => {
  it('records every status but EXPIRED', () => {
    expect(RECORDED_CENTER_STATUSES).toEqual(REPAIR_CENTER_STATUSES.filter((status) => status !== 'EXPIRED'));
    expect(MANUAL_CENTER_STATUSES).toEqual(['ACTIVE', 'SUSPENDED', 'REVOKED']);
  });

  it('recognises recorded statuses from untrusted values', () => {
    expect(isRecordedCenterStatus('RECTIFYING')).toBe(true);
    expect(isRecordedCenterStatus('EXPIRED')).toBe(false);
    expect(isRecordedCenterStatus('active')).toBe(false);
    expect(isRecordedCenterStatus(undefined)).toBe(false);
  });

  it('makes REVOKED terminal', () => {
    expect(CENTER_LIFECYCLE.transitions.REVOKED).toEqual([]);
  });
});

describe('assertCenterTransition', () => {
  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(() => assertCenterTransition(from, to)).not.toThrow();
  });

  it('refuses every pair the table does not list', () => {
    const allowed = new Set(ALLOWED.map(([from, to]) => `${from}>${to}`));
    for (const from of RECORDED_CENTER_STATUSES) {
      for (const to of RECORDED_CENTER_STATUSES) {
        if (allowed.has(`${from}>${to}`)) continue;
        expect(errorOf(() => assertCenterTransition(from, to)).code).toBe('INVALID_TRANSITION');
      }
    }
  });

  it('names both states and the allowed next states', () => {
    const error = errorOf(() => assertCenterTransition('SUSPENDED', 'RECTIFYING'));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toContain('SUSPENDED');
    expect(error.message).toContain('RECTIFYING');
    expect(error.message).toContain('ACTIVE, REVOKED');
    expect(error.details).toEqual({ from: 'SUSPENDED', to: 'RECTIFYING', allowed: ['ACTIVE', 'REVOKED'] });
  });

  it('refuses staying in the same status', () => {
    const error = errorOf(() => assertCenterTransition('ACTIVE', 'ACTIVE'));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toMatch(/already ACTIVE/);
  });

  it('says a revoked center goes nowhere', () => {
    const error = errorOf(() => assertCenterTransition('REVOKED', 'ACTIVE'));
    expect(error.message).toMatch(/none \(REVOKED is final\)/);
    expect(error.details?.allowed).toEqual([]);
  });

  it('explains that EXPIRED is not set', () => {
    const error = errorOf(() => assertCenterTransition('ACTIVE', 'EXPIRED' as RecordedCenterStatus));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toMatch(/agreement/);
  });

  it('rejects a stored status it does not know as bad input', () => {
    expect(errorOf(() => assertCenterTransition('EXPIRED' as RecordedCenterStatus, 'ACTIVE')).code).toBe('INVALID_INPUT');
  });
});

describe('assertManualCenterTransition', () => {
  it.each([
    ['ACTIVE', 'SUSPENDED'],
    ['ACTIVE', 'REVOKED'],
    ['RECTIFYING', 'SUSPENDED'],
    ['RECTIFYING', 'REVOKED'],
    ['SUSPENDED', 'ACTIVE'],
    ['SUSPENDED', 'REVOKED'],
  ] as const)('allows %s → %s by hand', (from, to) => {
    expect(() => assertManualCenterTransition(from, to)).not.toThrow();
  });

  it('keeps a rectification open until a follow-up passes', () => {
    const error = errorOf(() => assertManualCenterTransition('RECTIFYING', 'ACTIVE'));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toMatch(/record a passing follow-up assessment/);
    expect(error.details?.allowed).toEqual(['SUSPENDED', 'REVOKED']);
  });

  it.each(['ACTIVE', 'SUSPENDED'] as const)('does not put a %s center under rectification by hand', (from) => {
    const error = errorOf(() => assertManualCenterTransition(from, 'RECTIFYING'));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toMatch(/failed assessment/);
  });

  it('refuses the same status, a revoked center and EXPIRED', () => {
    expect(errorOf(() => assertManualCenterTransition('SUSPENDED', 'SUSPENDED')).message).toMatch(/already SUSPENDED/);
    expect(errorOf(() => assertManualCenterTransition('RECTIFYING', 'RECTIFYING')).message).toMatch(/already RECTIFYING/);
    for (const to of RECORDED_CENTER_STATUSES) {
      const error = errorOf(() => assertManualCenterTransition('REVOKED', to));
      expect(error.code).toBe('INVALID_TRANSITION');
      expect(error.details?.allowed).toEqual([]);
    }
    expect(errorOf(() => assertManualCenterTransition('ACTIVE', 'EXPIRED' as RecordedCenterStatus)).details?.allowed).toEqual([
      'SUSPENDED',
      'REVOKED',
    ]);
  });

  it('lists the manual choices from each status', () => {
    expect(manualCenterTransitionsFrom('ACTIVE')).toEqual(['SUSPENDED', 'REVOKED']);
    expect(manualCenterTransitionsFrom('RECTIFYING')).toEqual(['SUSPENDED', 'REVOKED']);
    expect(manualCenterTransitionsFrom('SUSPENDED')).toEqual(['ACTIVE', 'REVOKED']);
    expect(manualCenterTransitionsFrom('REVOKED')).toEqual([]);
  });
});

describe('effectiveCenterStatus', () => {
  const center = { recordedStatus: 'ACTIVE' as RecordedCenterStatus, agreementValidTo: '2026-06-30' };

  it('keeps the recorded status through the last day of the agreement', () => {
    expect(effectiveCenterStatus(center, '2026-01-01')).toBe('ACTIVE');
    expect(effectiveCenterStatus(center, '2026-06-30')).toBe('ACTIVE');
    expect(effectiveCenterStatus({ ...center, recordedStatus: 'RECTIFYING' }, '2026-06-30')).toBe('RECTIFYING');
    expect(effectiveCenterStatus({ ...center, recordedStatus: 'SUSPENDED' }, '2026-06-30')).toBe('SUSPENDED');
  });

  it('turns EXPIRED the day after the agreement ends, whatever was recorded but REVOKED', () => {
    for (const recordedStatus of ['ACTIVE', 'RECTIFYING', 'SUSPENDED'] as const) {
      expect(effectiveCenterStatus({ ...center, recordedStatus }, '2026-07-01')).toBe('EXPIRED');
    }
  });

  it('keeps REVOKED, before and after the agreement ends', () => {
    expect(effectiveCenterStatus({ ...center, recordedStatus: 'REVOKED' }, '2026-01-01')).toBe('REVOKED');
    expect(effectiveCenterStatus({ ...center, recordedStatus: 'REVOKED' }, '2027-01-01')).toBe('REVOKED');
  });

  it('rejects invalid dates naming the field', () => {
    expect(errorOf(() => effectiveCenterStatus({ ...center, agreementValidTo: '2026-02-30' }, '2026-01-01')).fieldErrors).toHaveProperty(
      'agreementValidTo',
    );
    expect(errorOf(() => effectiveCenterStatus(center, '')).fieldErrors).toHaveProperty('today');
  });
});

describe('canReceiveWork', () => {
  const center = { recordedStatus: 'ACTIVE' as RecordedCenterStatus, agreementValidTo: '2026-06-30' };

  it('lets only an effectively ACTIVE center receive work', () => {
    expect(canReceiveWork(center, '2026-06-30')).toBe(true);
    expect(canReceiveWork(center, '2026-07-01')).toBe(false);
    for (const recordedStatus of ['RECTIFYING', 'SUSPENDED', 'REVOKED'] as const) {
      expect(canReceiveWork({ ...center, recordedStatus }, '2026-01-01')).toBe(false);
    }
  });

  it('explains the refusal with the effective status', () => {
    expect(() => assertCanReceiveWork(center, '2026-06-30')).not.toThrow();
    const expired = errorOf(() => assertCanReceiveWork(center, '2026-07-01'));
    expect(expired.code).toBe('CONFLICT');
    expect(expired.message).toBe('Repair center is EXPIRED: only an ACTIVE center receives new work orders and parts.');
    expect(expired.details).toEqual({ status: 'EXPIRED' });
    expect(errorOf(() => assertCanReceiveWork({ ...center, recordedStatus: 'SUSPENDED' }, '2026-01-01')).message).toMatch(
      /^Repair center is SUSPENDED:/,
    );
  });
});

describe('CENTER_LIFECYCLE', () => {
  const manager = { permissions: ['repairCenters.manage'] as const };
  const assessor = { permissions: ['repairCenters.assess'] as const };

  it('offers head office the manual changes and assessors the assessment, never on a revoked center', () => {
    expect(CENTER_LIFECYCLE.allowedCommands('RECTIFYING', manager)).toEqual(['suspend', 'revoke']);
    expect(CENTER_LIFECYCLE.allowedCommands('SUSPENDED', manager)).toEqual(['reinstate', 'revoke']);
    expect(CENTER_LIFECYCLE.allowedCommands('SUSPENDED', assessor)).toEqual(['recordAssessment']);
    expect(CENTER_LIFECYCLE.allowedCommands('REVOKED', { permissions: ['repairCenters.manage', 'repairCenters.assess'] })).toEqual([]);
  });

  it('keeps its properties on generated command sequences', () => {
    checkLifecycleProperties(CENTER_LIFECYCLE, {
      initial: ['ACTIVE'],
      step: fc.record({ actor: fc.constantFrom(null, manager, assessor), context: fc.constant(undefined) }),
    });
  });
});
