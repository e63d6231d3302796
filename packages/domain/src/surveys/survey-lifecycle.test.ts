import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { permissionsOf, ROLES } from '../roles.js';
import { errorOf } from '../test-support/error-of.js';
import { checkLifecycleProperties } from '../test-support/lifecycle-properties.js';
import { SURVEY_LIFECYCLE } from './survey.js';

const answered = { workOrderCode: 'PG-2026-000001', customerComplaint: '师傅迟到', complaintId: null, complaintCode: null };

describe('the survey lifecycle', () => {
  it('is answered once, by callback or by link, and a link is renewed only while it waits', () => {
    expect(SURVEY_LIFECYCLE.transitions).toEqual({ PENDING: ['RESPONDED'], RESPONDED: [] });
    expect(SURVEY_LIFECYCLE.allowedCommands('RESPONDED', null, answered)).toEqual(['openComplaint']);
    expect(errorOf(() => SURVEY_LIFECYCLE.assertCommand('createLink', 'RESPONDED', null, answered)).code).toBe('INVALID_TRANSITION');
  });

  it('registers the survey’s complaint once, and only when there is one', () => {
    expect(errorOf(() => SURVEY_LIFECYCLE.assertCommand('openComplaint', 'RESPONDED', null, { ...answered, complaintId: 'c1', complaintCode: 'TS-1' })).message).toContain('(TS-1)');
    expect(errorOf(() => SURVEY_LIFECYCLE.assertCommand('openComplaint', 'RESPONDED', null, { ...answered, customerComplaint: null })).message).toContain('holds no complaint');
  });

  it('keeps its properties on generated command sequences', () => {
    checkLifecycleProperties(SURVEY_LIFECYCLE, {
      initial: ['PENDING'],
      step: fc.record({
        actor: fc.option(fc.constantFrom(...ROLES).map((role) => ({ permissions: permissionsOf(role) }))),
        context: fc.record({
          workOrderCode: fc.constant('PG-2026-000001'),
          customerComplaint: fc.constantFrom(null, '师傅迟到'),
          complaintId: fc.constantFrom(null, 'c1'),
          complaintCode: fc.constantFrom(null, 'TS-1'),
        }),
      }),
    });
  });
});
