import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import { COMPLAINT_STATUSES } from './complaint-status.js';
import { canRerouteComplaint, planReroute, REROUTE_REASON_MAX_LENGTH, type ReroutableComplaint, validateReroute } from './rerouting.js';
import { DEFAULT_COMPLAINT_ROUTES, HANDLING_DEPARTMENT_LABELS, HANDLING_DEPARTMENTS, type HandlingDepartment } from './routing.js';
import { english } from '../test-support/english.js';

/** A packaging complaint the registration sent to the technical department by mistake. */
const misrouted: ReroutableComplaint = { status: 'INVESTIGATING', subject: 'PACKAGING', handlingDepartment: 'TECHNICAL' };

describe('canRerouteComplaint', () => {
  it('lets a complaint move until it is resolved or rejected', () => {
    expect(COMPLAINT_STATUSES.filter(canRerouteComplaint)).toEqual([
      'RECEIVED',
      'ACKNOWLEDGED',
      'INVESTIGATING',
      'RESPONSIBILITY_DETERMINED',
      'RESOLVING',
    ]);
  });
});

describe('validateReroute', () => {
  it('needs a known department and a reason', () => {
    expect(validateReroute({ handlingDepartment: 'WAREHOUSE_TRANSPORT', reason: '外包装破损' })).toEqual({});
    expect(english(validateReroute({ handlingDepartment: 'NOBODY' as HandlingDepartment, reason: '  ' }))).toEqual({
      handlingDepartment: 'Choose the department that handles the complaint.',
      reason: 'Enter why the complaint moves to another department.',
    });
    expect(validateReroute({ handlingDepartment: 'MARKETING', reason: null })).toHaveProperty('reason');
  });

  it('measures the reason without its surrounding spaces', () => {
    const longest = '因'.repeat(REROUTE_REASON_MAX_LENGTH);
    expect(validateReroute({ handlingDepartment: 'MARKETING', reason: `  ${longest}  ` })).toEqual({});
    expect(english(validateReroute({ handlingDepartment: 'MARKETING', reason: `${longest}因` }))).toEqual({ reason: 'At most 500 characters.' });
  });
});

describe('planReroute', () => {
  it('moves an open complaint to another department with the trimmed reason', () => {
    expect(planReroute({ ...misrouted, handlingDepartment: 'MARKETING' }, { handlingDepartment: 'QUALITY', reason: '  需品管部复核  ' })).toEqual({
      from: 'MARKETING',
      to: 'QUALITY',
      reason: '需品管部复核',
      routingOverrideReason: '需品管部复核',
    });
  });

  it('still asks why when the move is back to the department the subject names, and drops the override reason then', () => {
    expect(errorOf(() => planReroute(misrouted, { handlingDepartment: 'WAREHOUSE_TRANSPORT', reason: '' }))).toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { reason: expect.any(String) },
    });
    expect(planReroute(misrouted, { handlingDepartment: 'WAREHOUSE_TRANSPORT', reason: '外包装运输中破损' })).toEqual({
      from: 'TECHNICAL',
      to: 'WAREHOUSE_TRANSPORT',
      reason: '外包装运输中破损',
      routingOverrideReason: null,
    });
  });

  it('judges the override against a configured routing table', () => {
    const routes = { ...DEFAULT_COMPLAINT_ROUTES, PACKAGING: 'QUALITY' as const };
    expect(planReroute(misrouted, { handlingDepartment: 'QUALITY', reason: '包装由品管部验收' }, routes).routingOverrideReason).toBeNull();
    expect(planReroute(misrouted, { handlingDepartment: 'WAREHOUSE_TRANSPORT', reason: '运输破损' }, routes).routingOverrideReason).toBe('运输破损');
  });

  it('refuses a resolved, closed or rejected complaint with CONFLICT', () => {
    for (const status of ['RESOLVED', 'CLOSED', 'REJECTED'] as const) {
      const error = errorOf(() => planReroute({ ...misrouted, status }, { handlingDepartment: 'WAREHOUSE_TRANSPORT', reason: '运输破损' }));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain(status);
    }
  });

  it('refuses to move a complaint to the department it is already with', () => {
    const error = errorOf(() => planReroute(misrouted, { handlingDepartment: 'TECHNICAL', reason: '确认' }));
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'The complaint is already with TECHNICAL; choose another department.' });
  });

  it('reports the request’s own mistakes before the complaint’s state', () => {
    const error = errorOf(() => planReroute({ ...misrouted, status: 'CLOSED' }, { handlingDepartment: 'TECHNICAL', reason: null }));
    expect(error.code).toBe('INVALID_INPUT');
  });
});

describe('HANDLING_DEPARTMENT_LABELS', () => {
  it('names every department in Chinese and English', () => {
    expect(Object.keys(HANDLING_DEPARTMENT_LABELS)).toEqual([...HANDLING_DEPARTMENTS]);
    for (const label of Object.values(HANDLING_DEPARTMENT_LABELS)) expect(label.zh && label.en).toBeTruthy();
  });
});
