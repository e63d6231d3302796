import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../roles.js';
import { checkLifecycleProperties } from '../test-support/lifecycle-properties.js';
import { errorOf } from '../test-support/error-of.js';
import {
  assertApprovalsComplete,
  assertNextApprover,
  assertRequisitionTransition,
  DEFAULT_PARTS_SETTINGS,
  isRequisitionStatus,
  nextApprover,
  pendingApprovals,
  REQUISITION_STATUSES,
  REQUISITION_LIFECYCLE,
  type RequisitionCommandContext,
  type RequisitionStatus,
  requisitionTransitionsFrom,
  requiredApprovals,
  shipRequisition,
} from './index.js';

const settings = DEFAULT_PARTS_SETTINGS;

const ALLOWED: [RequisitionStatus, RequisitionStatus][] = [
  ['DRAFT', 'SUBMITTED'],
  ['DRAFT', 'DISCARDED'],
  ['SUBMITTED', 'APPROVED'],
  ['SUBMITTED', 'REJECTED'],
  ['APPROVED', 'SHIPPED'],
  ['APPROVED', 'BACKORDERED'],
  ['BACKORDERED', 'SHIPPED'],
  ['SHIPPED', 'RECEIVED'],
  ['RECEIVED', 'CLOSED'],
];
const details = { reason: '数量过多', writeOffId: 'wo-2026-q4-fz01' };

describe('requisition statuses', () => {
  it('follow DOMAIN §6 and end in REJECTED, CLOSED or DISCARDED', () => {
    expect(REQUISITION_STATUSES).toEqual(['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'BACKORDERED', 'SHIPPED', 'RECEIVED', 'CLOSED', 'DISCARDED']);
    expect(REQUISITION_LIFECYCLE.transitions.REJECTED).toEqual([]);
    expect(REQUISITION_LIFECYCLE.transitions.CLOSED).toEqual([]);
    expect(REQUISITION_LIFECYCLE.transitions.DISCARDED).toEqual([]);
    expect(isRequisitionStatus('BACKORDERED')).toBe(true);
    expect(isRequisitionStatus('approved')).toBe(false);
  });

  it('hands out a copy of the next states', () => {
    requisitionTransitionsFrom('DRAFT').push('CLOSED');
    expect(REQUISITION_LIFECYCLE.transitions.DRAFT).toEqual(['SUBMITTED', 'DISCARDED']);
  });
});

describe('assertRequisitionTransition', () => {
  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(() => assertRequisitionTransition(from, to, details)).not.toThrow();
  });

  it('refuses every other pair, skips included', () => {
    const allowed = new Set(ALLOWED.map(([from, to]) => `${from}>${to}`));
    for (const from of REQUISITION_STATUSES) {
      for (const to of REQUISITION_STATUSES) {
        if (allowed.has(`${from}>${to}`)) continue;
        expect(errorOf(() => assertRequisitionTransition(from, to, details)).code).toBe('INVALID_TRANSITION');
      }
    }
  });

  it('names both states and the allowed next states', () => {
    const error = errorOf(() => assertRequisitionTransition('SUBMITTED', 'SHIPPED'));
    expect(error.message).toContain('from SUBMITTED to SHIPPED');
    expect(error.message).toContain('APPROVED, REJECTED');
    expect(error.details).toEqual({ from: 'SUBMITTED', to: 'SHIPPED', allowed: ['APPROVED', 'REJECTED'] });
    expect(errorOf(() => assertRequisitionTransition('CLOSED', 'CLOSED', details)).message).toMatch(/already CLOSED.*none/);
  });

  it('needs a reason to reject and a write-off to close', () => {
    for (const reason of [undefined, null, '  ']) {
      const error = errorOf(() => assertRequisitionTransition('SUBMITTED', 'REJECTED', { reason }));
      expect(error.fieldErrors).toEqual({ reason: expect.any(String) });
    }
    const error = errorOf(() => assertRequisitionTransition('RECEIVED', 'CLOSED'));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fieldErrors).toEqual({ writeOffId: expect.any(String) });
  });

  it('treats an unknown stored status as corrupt data', () => {
    expect(errorOf(() => assertRequisitionTransition('PENDING' as RequisitionStatus, 'APPROVED')).code).toBe('INVALID_INPUT');
  });
});

describe('requiredApprovals', () => {
  // ¥5,000 is 500,000 fen: 80 bearings at ¥62.50 make exactly ¥5,000.
  const atThreshold = { purpose: 'REPAIR' as const, lines: [{ quantity: 80, unitCost: 6_250 }] };
  const justAbove = { purpose: 'REPAIR' as const, lines: [{ quantity: 80, unitCost: 6_250 }, { quantity: 1, unitCost: 1 }] };

  it('needs the CS manager alone up to ¥5,000 inclusive, and the director above it (003 parts §9)', () => {
    expect(requiredApprovals(atThreshold, settings)).toEqual(['CS_MANAGER']);
    expect(requiredApprovals(justAbove, settings)).toEqual(['CS_MANAGER', 'DIRECTOR']);
  });

  it('always needs the leader for a stocking requisition (004 §6.3)', () => {
    const oneGasSpring = { purpose: 'STOCKING' as const, lines: [{ quantity: 1, unitCost: 2_500 }] };
    expect(requiredApprovals(oneGasSpring, settings)).toEqual(['CS_MANAGER', 'DIRECTOR']);
  });

  it('follows the configured threshold', () => {
    expect(requiredApprovals(atThreshold, { ...settings, directorApprovalThreshold: 499_999 })).toEqual(['CS_MANAGER', 'DIRECTOR']);
    const oneFen = { purpose: 'REPAIR' as const, lines: [{ quantity: 1, unitCost: 1 }] };
    expect(requiredApprovals(oneFen, { ...settings, directorApprovalThreshold: 0 })).toEqual(['CS_MANAGER', 'DIRECTOR']);
  });

  it('counts the current quantities, so a cut to the threshold spares the director', () => {
    const cut = { purpose: 'REPAIR' as const, lines: [{ quantity: 80, unitCost: 6_250 }, { quantity: 0, unitCost: 1 }] };
    expect(requiredApprovals(cut, settings)).toEqual(['CS_MANAGER']);
  });

  it('refuses bad settings and an unknown purpose', () => {
    expect(errorOf(() => requiredApprovals(atThreshold, { ...settings, directorApprovalThreshold: -1 })).fieldErrors).toHaveProperty(
      'directorApprovalThreshold',
    );
    expect(errorOf(() => requiredApprovals({ ...atThreshold, purpose: 'X' as 'REPAIR' }, settings)).fieldErrors).toHaveProperty('purpose');
  });
});

describe('signing order', () => {
  const large = { purpose: 'REPAIR' as const, lines: [{ quantity: 10, unitCost: 88_000 }] };
  const small = { purpose: 'REPAIR' as const, lines: [{ quantity: 1, unitCost: 88_000 }] };

  it('has the CS manager sign before the director', () => {
    expect(pendingApprovals(large, [], settings)).toEqual(['CS_MANAGER', 'DIRECTOR']);
    expect(() => assertNextApprover('CS_MANAGER', large, [], settings)).not.toThrow();
    expect(() => assertNextApprover('DIRECTOR', large, ['CS_MANAGER'], settings)).not.toThrow();
    const early = errorOf(() => assertNextApprover('DIRECTOR', large, [], settings));
    expect(early.code).toBe('CONFLICT');
    expect(early.message).toBe('The CS_MANAGER signs this requisition before the DIRECTOR.');
  });

  it('refuses a second signature and a role that does not sign', () => {
    expect(errorOf(() => assertNextApprover('CS_MANAGER', large, ['CS_MANAGER'], settings)).message).toMatch(/already signed/);
    const commerce = errorOf(() => assertNextApprover('COMMERCE', large, [], settings));
    expect(commerce.code).toBe('FORBIDDEN');
    expect(commerce.details).toEqual({ role: 'COMMERCE', required: ['CS_MANAGER', 'DIRECTOR'] });
    expect(errorOf(() => assertNextApprover('DIRECTOR', small, ['CS_MANAGER'], settings)).code).toBe('FORBIDDEN');
  });

  it('names whose signature a SUBMITTED requisition waits for, and nobody otherwise', () => {
    expect(nextApprover('SUBMITTED', large, [], settings)).toBe('CS_MANAGER');
    expect(nextApprover('SUBMITTED', large, ['CS_MANAGER'], settings)).toBe('DIRECTOR');
    expect(nextApprover('SUBMITTED', small, ['CS_MANAGER'], settings)).toBeNull();
    expect(nextApprover('SUBMITTED', large, ['CS_MANAGER'], { ...settings, directorApprovalThreshold: 880_000 })).toBeNull();
    expect(nextApprover('DRAFT', large, [], settings)).toBeNull();
    expect(nextApprover('APPROVED', large, ['CS_MANAGER'], settings)).toBeNull();
  });

  it('approves only when every signature is in', () => {
    expect(() => assertApprovalsComplete(small, ['CS_MANAGER'], settings)).not.toThrow();
    expect(() => assertApprovalsComplete(large, ['CS_MANAGER', 'DIRECTOR'], settings)).not.toThrow();
    const error = errorOf(() => assertApprovalsComplete(large, ['CS_MANAGER'], settings));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('¥8,800.00');
    expect(error.details).toEqual({ missing: ['DIRECTOR'] });
  });
});

describe('shipRequisition', () => {
  const lines = [
    { partId: 'BRG-6308', quantity: 4, shippedQuantity: 0 },
    { partId: 'AVR-50', quantity: 1, shippedQuantity: 0 },
    { partId: 'SEAL-QJ', quantity: 0, shippedQuantity: 0 },
  ];

  it('ships everything at once', () => {
    const result = shipRequisition('APPROVED', lines, [4, 1, 0]);
    expect(result.status).toBe('SHIPPED');
    expect(result.lines.map((line) => line.shippedQuantity)).toEqual([4, 1, 0]);
    expect(result.lines[0]?.partId).toBe('BRG-6308');
    expect(lines[0]?.shippedQuantity).toBe(0);
  });

  it('stays BACKORDERED through partial shipments until nothing is outstanding', () => {
    const first = shipRequisition('APPROVED', lines, [2, 0, 0]);
    expect(first.status).toBe('BACKORDERED');
    const second = shipRequisition(first.status, first.lines, [1, 0, 0]);
    expect(second.status).toBe('BACKORDERED');
    const last = shipRequisition(second.status, second.lines, [1, 1, 0]);
    expect(last.status).toBe('SHIPPED');
    expect(last.lines.map((line) => line.shippedQuantity)).toEqual([4, 1, 0]);
  });

  it('refuses other statuses and over-shipping', () => {
    const error = errorOf(() => shipRequisition('SUBMITTED', lines, [1, 0, 0]));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toMatchObject({ from: 'SUBMITTED', to: 'SHIPPED', allowed: ['APPROVED', 'REJECTED'] });
    expect(errorOf(() => shipRequisition('SHIPPED', lines, [1, 0, 0])).code).toBe('INVALID_TRANSITION');
    expect(errorOf(() => shipRequisition('APPROVED', lines, [5, 0, 0])).fieldErrors).toEqual({
      'lines.0.quantity': expect.stringMatching(/Only 4/),
    });
  });
});

describe('REQUISITION_LIFECYCLE', () => {
  const approver = (role: 'CS_MANAGER' | 'DIRECTOR') => ({ role, actor: { permissions: ['parts.approve'] as const } });
  const line = (quantity: number, shippedQuantity: number) => ({ quantity, unitCost: 100_000, shippedQuantity });
  const context = (overrides: Partial<RequisitionCommandContext> = {}): RequisitionCommandContext => ({
    role: 'CS_MANAGER',
    requisition: { purpose: 'REPAIR', lines: [line(2, 0)] },
    signed: [],
    settings,
    receipt: { confirmedBy: 'CENTER', byActor: true },
    ...overrides,
  });

  it('offers the signer whose turn it is one signing command: sign while more are needed, approve for the last', () => {
    const stocking = context({ requisition: { purpose: 'STOCKING', lines: [line(2, 0)] } });
    const { actor } = approver('CS_MANAGER');
    expect(REQUISITION_LIFECYCLE.allowedCommands('SUBMITTED', actor, stocking)).toEqual(['sign', 'reject']);
    expect(REQUISITION_LIFECYCLE.allowedCommands('SUBMITTED', actor, { ...stocking, role: 'DIRECTOR' })).toEqual([]);
    expect(REQUISITION_LIFECYCLE.allowedCommands('SUBMITTED', actor, { ...stocking, role: 'DIRECTOR', signed: ['CS_MANAGER'] })).toEqual(['approve', 'reject']);
    expect(errorOf(() => REQUISITION_LIFECYCLE.assertCommand('approve', 'SUBMITTED', actor, { ...stocking, role: 'DIRECTOR' })).message).toContain(
      'CS_MANAGER signs this requisition before the DIRECTOR',
    );
  });

  it('offers shipping only while something is outstanding, and receipt only to the one who confirms it', () => {
    const commerce = { permissions: ['parts.fulfil'] as const };
    expect(REQUISITION_LIFECYCLE.allowedCommands('APPROVED', commerce, context())).toEqual(['backorder', 'shipPartly', 'ship']);
    expect(REQUISITION_LIFECYCLE.allowedCommands('BACKORDERED', commerce, context({ requisition: { purpose: 'REPAIR', lines: [line(2, 2)] } }))).toEqual([]);
    const receiver = { permissions: ['parts.receive'] as const };
    expect(REQUISITION_LIFECYCLE.allowedCommands('SHIPPED', receiver, context())).toEqual(['receive']);
    const elsewhere = context({ receipt: { confirmedBy: 'CENTER', byActor: false } });
    expect(errorOf(() => REQUISITION_LIFECYCLE.assertCommand('receive', 'SHIPPED', receiver, elsewhere)).message).toBe(
      'The repair center the parts were sent to confirms their receipt.',
    );
  });

  it('lets the drafter’s side discard a draft, and nothing after it is sent (issue #13)', () => {
    const drafter = { permissions: ['parts.request'] as const };
    expect(REQUISITION_LIFECYCLE.allowedCommands('DRAFT', drafter, context())).toEqual(['edit', 'submit', 'discard']);
    expect(REQUISITION_LIFECYCLE.allowedCommands('DRAFT', { permissions: ['parts.approve'] as const }, context())).toEqual([]);
    for (const status of REQUISITION_STATUSES.filter((status) => status !== 'DRAFT')) {
      expect(errorOf(() => REQUISITION_LIFECYCLE.assertCommand('discard', status, drafter, context())).code).toBe('INVALID_TRANSITION');
    }
  });

  it('keeps its properties on generated command sequences', () => {
    checkLifecycleProperties(REQUISITION_LIFECYCLE, {
      initial: ['DRAFT'],
      step: fc.record({
        actor: fc.constantFrom(null, { permissions: PERMISSIONS }, { permissions: ['parts.request', 'parts.receive'] as const }, { permissions: ['parts.approve'] as const }),
        context: fc.record({
          role: fc.constantFrom('CS_MANAGER', 'DIRECTOR', 'CS_AGENT'),
          requisition: fc.record({
            purpose: fc.constantFrom('REPAIR', 'STOCKING'),
            lines: fc.array(fc.record({ quantity: fc.nat(5), unitCost: fc.nat(1_000_000), shippedQuantity: fc.nat(5) }), { minLength: 1, maxLength: 3 }),
          }),
          signed: fc.subarray(['CS_MANAGER', 'DIRECTOR'] as const),
          settings: fc.constant(settings),
          receipt: fc.record({ confirmedBy: fc.constantFrom('CENTER', 'HEAD_OFFICE'), byActor: fc.boolean() }),
        }) as fc.Arbitrary<RequisitionCommandContext>,
      }),
    });
  });
});
