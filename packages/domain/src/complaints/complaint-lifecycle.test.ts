import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { permissionsOf, ROLES } from '../roles.js';
import { errorOf } from '../test-support/error-of.js';
import { checkLifecycleProperties } from '../test-support/lifecycle-properties.js';
import { COMPLAINT_LIFECYCLE, COMPLAINT_STATUSES, type ComplaintCommandContext, complaintCommandTo } from './complaint-status.js';

const receivedAt = new Date('2026-11-02T02:00:00Z');
const due = new Date('2026-11-06T10:00:00Z');

function context(overrides: Partial<ComplaintCommandContext['complaint']> = {}, now = receivedAt): ComplaintCommandContext {
  return {
    complaint: {
      code: 'TS-1',
      status: 'RESOLVING',
      tier: 'MINOR',
      especiallyMajor: false,
      officeMeetingApprovedAt: null,
      faultCause: null,
      serviceType: null,
      resolutionKind: null,
      responsibility: [],
      contractReplyTerm: false,
      repliedAt: null,
      receivedAt,
      replyExtendedTo: null,
      ...overrides,
    } as ComplaintCommandContext['complaint'],
    reply: { now, due, timeZone: 'Asia/Shanghai' },
  };
}
const agent = { permissions: permissionsOf('CS_AGENT') };
const tech = { permissions: permissionsOf('TECH_CENTER') };

describe('the complaint lifecycle', () => {
  it('derives the state table of DOMAIN §3.6 from its commands', () => {
    expect(COMPLAINT_LIFECYCLE.transitions).toEqual({
      RECEIVED: ['ACKNOWLEDGED', 'REJECTED'],
      ACKNOWLEDGED: ['INVESTIGATING', 'REJECTED'],
      INVESTIGATING: ['RESPONSIBILITY_DETERMINED', 'REJECTED'],
      RESPONSIBILITY_DETERMINED: ['RESOLVING', 'REJECTED'],
      RESOLVING: ['RESOLVED'],
      RESOLVED: ['CLOSED'],
      CLOSED: [],
      REJECTED: [],
    });
    expect(complaintCommandTo('RECEIVED', 'ACKNOWLEDGED')).toBe('acknowledge');
    expect(complaintCommandTo('RESOLVING', 'REJECTED')).toBeNull();
  });

  it('offers each role what its permissions allow', () => {
    expect(COMPLAINT_LIFECYCLE.allowedCommands('INVESTIGATING', agent, context())).toEqual(['reject', 'setSpecialCase', 'recordForwarding', 'reroute']);
    expect(COMPLAINT_LIFECYCLE.allowedCommands('INVESTIGATING', tech, context())).toEqual([
      'reject',
      'recordInvestigation',
      'setResponsibility',
      'setSpecialCase',
      'recordForwarding',
      'attributeToTechnician',
    ]);
    expect(errorOf(() => COMPLAINT_LIFECYCLE.assertCommand('reroute', 'INVESTIGATING', tech, context())).code).toBe('FORBIDDEN');
  });

  it('keeps the guards’ words: the investigation before the split, the resolution and the office meeting before resolving', () => {
    expect(errorOf(() => COMPLAINT_LIFECYCLE.assertCommand('determineResponsibility', 'INVESTIGATING', null, context())).message).toBe(
      'Record the investigation (fault cause, loss) and the responsibility split first.',
    );
    expect(errorOf(() => COMPLAINT_LIFECYCLE.assertCommand('resolve', 'RESOLVING', null, context())).message).toMatch(/Choose how the complaint is resolved/);
    const major = context({ tier: 'CRITICAL', especiallyMajor: true, resolutionKind: 'REPAIR' });
    expect(errorOf(() => COMPLAINT_LIFECYCLE.assertCommand('resolve', 'RESOLVING', null, major)).code).toBe('CONFLICT');
    expect(COMPLAINT_LIFECYCLE.allowedCommands('RESOLVING', null, major)).toContain('approveOfficeMeeting');
    const approved = context({ tier: 'CRITICAL', especiallyMajor: true, resolutionKind: 'REPAIR', officeMeetingApprovedAt: receivedAt });
    expect(COMPLAINT_LIFECYCLE.allowedCommands('RESOLVING', null, approved)).toContain('resolve');
    expect(COMPLAINT_LIFECYCLE.allowedCommands('RESOLVING', null, approved)).not.toContain('approveOfficeMeeting');
  });

  it('lets the purchaser’s consent to a later reply be recorded only under the term and before the deadline', () => {
    expect(COMPLAINT_LIFECYCLE.allowedCommands('INVESTIGATING', agent, context({ contractReplyTerm: true }))).toContain('agreeReplyExtension');
    const late = context({ contractReplyTerm: true }, new Date(due.getTime() + 1));
    expect(errorOf(() => COMPLAINT_LIFECYCLE.assertCommand('agreeReplyExtension', 'INVESTIGATING', agent, late)).message).toMatch(/^The reply was due at 2026-11-06 18:00/);
  });

  it('keeps its properties on generated command sequences', () => {
    checkLifecycleProperties(COMPLAINT_LIFECYCLE, {
      initial: ['RECEIVED'],
      step: fc.record({
        actor: fc.option(fc.constantFrom(...ROLES).map((role) => ({ permissions: permissionsOf(role) }))),
        context: fc
          .record({
            faultCause: fc.constantFrom(null, 'QUALITY'),
            serviceType: fc.constantFrom(null, 'PAID'),
            resolutionKind: fc.constantFrom(null, 'REPAIR'),
            responsibility: fc.constantFrom([], [{ unit: 'PRODUCTION', sharePercent: 100 }]),
            tier: fc.constantFrom('MINOR' as const, 'CRITICAL' as const),
            especiallyMajor: fc.boolean(),
            officeMeetingApprovedAt: fc.constantFrom(null, receivedAt),
            contractReplyTerm: fc.boolean(),
            status: fc.constantFrom(...COMPLAINT_STATUSES),
          })
          .chain((facts) => fc.date({ min: receivedAt, max: new Date(due.getTime() + 86_400_000), noInvalidDate: true }).map((now) => context(facts, now))),
      }),
    });
  });
});
