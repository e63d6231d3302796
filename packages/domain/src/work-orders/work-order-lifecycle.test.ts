import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { permissionsOf, ROLES } from '../roles.js';
import { errorOf } from '../test-support/error-of.js';
import { checkLifecycleProperties } from '../test-support/lifecycle-properties.js';
import { type CommandedWorkOrder, WORK_ORDER_LIFECYCLE, WORK_ORDER_STATUSES, workOrderCommandTo } from './work-order-status.js';

const lentAt = new Date('2026-11-16T02:00:00Z');
const order = (overrides: Partial<CommandedWorkOrder> = {}): CommandedWorkOrder => ({
  status: 'TAKEN_BACK',
  serviceType: 'PAID',
  loanerDescription: null,
  loanerLentAt: null,
  loanerReturnedAt: null,
  ...overrides,
});
const supervisor = { permissions: permissionsOf('SUPERVISOR') };
const agent = { permissions: permissionsOf('CS_AGENT') };

describe('the work-order lifecycle', () => {
  it('derives the state table of 003 §3–7 from its commands', () => {
    expect(WORK_ORDER_LIFECYCLE.transitions).toEqual({
      CALLED: ['DISPATCHED', 'CANCELLED'],
      DISPATCHED: ['ARRIVED', 'CANCELLED'],
      ARRIVED: ['COMPLETED', 'TAKEN_BACK'],
      TAKEN_BACK: ['RETURNED'],
      RETURNED: ['COMPLETED'],
      COMPLETED: [],
      CANCELLED: [],
    });
    expect(workOrderCommandTo('RETURNED', 'COMPLETED')).toBe('complete');
    expect(workOrderCommandTo('ARRIVED', 'CANCELLED')).toBeNull();
  });

  it('offers each role its steps: the supervisor dispatches, CS does not; both record and cancel', () => {
    expect(WORK_ORDER_LIFECYCLE.allowedCommands('DISPATCHED', supervisor, order())).toEqual(['reassign', 'recordArrival', 'showFee', 'cancel']);
    expect(WORK_ORDER_LIFECYCLE.allowedCommands('DISPATCHED', agent, order())).toEqual(['recordArrival', 'showFee', 'cancel']);
    expect(errorOf(() => WORK_ORDER_LIFECYCLE.assertCommand('dispatch', 'CALLED', agent, order())).code).toBe('FORBIDDEN');
  });

  it('shows a fee only to a paying customer, and lends one loaner per order', () => {
    expect(errorOf(() => WORK_ORDER_LIFECYCLE.assertCommand('showFee', 'ARRIVED', null, order({ serviceType: 'WARRANTY' }))).message).toMatch(/not charged/);
    expect(WORK_ORDER_LIFECYCLE.allowedCommands('TAKEN_BACK', supervisor, order())).toEqual(['lendLoaner', 'returnUnit']);
    const out = order({ loanerLentAt: lentAt, loanerDescription: 'BY-007' });
    expect(WORK_ORDER_LIFECYCLE.allowedCommands('TAKEN_BACK', supervisor, out)).toEqual(['returnLoaner', 'returnUnit']);
    expect(errorOf(() => WORK_ORDER_LIFECYCLE.assertCommand('lendLoaner', 'TAKEN_BACK', null, out)).message).toMatch(/BY-007.*already lent/);
  });

  it('keeps its properties on generated command sequences', () => {
    checkLifecycleProperties(WORK_ORDER_LIFECYCLE, {
      initial: ['CALLED'],
      step: fc.record({
        actor: fc.option(fc.constantFrom(...ROLES).map((role) => ({ permissions: permissionsOf(role) }))),
        context: fc.record({
          status: fc.constantFrom(...WORK_ORDER_STATUSES),
          serviceType: fc.constantFrom('PAID', 'WARRANTY'),
          loanerDescription: fc.constantFrom(null, 'BY-007'),
          loanerLentAt: fc.constantFrom(null, lentAt),
          loanerReturnedAt: fc.constantFrom(null, lentAt),
        }),
      }),
    });
  });
});
