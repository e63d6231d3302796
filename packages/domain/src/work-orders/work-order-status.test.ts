import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import {
  assertWorkOrderTransition,
  COMPLETION_OUTCOMES,
  isOpenWorkOrder,
  isWorkOrderOutcome,
  isWorkOrderStatus,
  WORK_ORDER_OUTCOMES,
  WORK_ORDER_STATUSES,
  WORK_ORDER_TRANSITIONS,
  type WorkOrderStatus,
  workOrderTransitionsFrom,
} from './index.js';

const signed = { customerSigned: true };

describe('work-order statuses', () => {
  it('list the lifecycle of 003 §3–7 and end in COMPLETED or CANCELLED', () => {
    expect(WORK_ORDER_STATUSES).toEqual(['CALLED', 'DISPATCHED', 'ARRIVED', 'TAKEN_BACK', 'RETURNED', 'COMPLETED', 'CANCELLED']);
    expect(WORK_ORDER_OUTCOMES).toEqual(['FIXED_ON_SITE', 'TAKEN_BACK', 'NOT_FIXED']);
    expect(WORK_ORDER_TRANSITIONS.COMPLETED.to).toEqual([]);
    expect(WORK_ORDER_TRANSITIONS.CANCELLED.to).toEqual([]);
    expect(COMPLETION_OUTCOMES).toEqual({ ARRIVED: ['FIXED_ON_SITE', 'NOT_FIXED'], RETURNED: ['TAKEN_BACK', 'NOT_FIXED'] });
  });

  it('recognise statuses and outcomes from untrusted values', () => {
    expect(isWorkOrderStatus('RETURNED')).toBe(true);
    expect(isWorkOrderStatus('returned')).toBe(false);
    expect(isWorkOrderOutcome('NOT_FIXED')).toBe(true);
    expect(isWorkOrderOutcome(null)).toBe(false);
  });

  it('are open until completed or cancelled', () => {
    expect(WORK_ORDER_STATUSES.filter(isOpenWorkOrder)).toEqual(['CALLED', 'DISPATCHED', 'ARRIVED', 'TAKEN_BACK', 'RETURNED']);
  });

  it('hand out a copy of the next states', () => {
    const next = workOrderTransitionsFrom('CALLED');
    next.push('COMPLETED');
    expect(WORK_ORDER_TRANSITIONS.CALLED.to).toEqual(['DISPATCHED', 'CANCELLED']);
  });
});

describe('assertWorkOrderTransition', () => {
  it('walks a fix on site, signed by the customer (003 §4)', () => {
    expect(() => assertWorkOrderTransition('CALLED', 'DISPATCHED')).not.toThrow();
    expect(() => assertWorkOrderTransition('DISPATCHED', 'ARRIVED')).not.toThrow();
    expect(() => assertWorkOrderTransition('ARRIVED', 'COMPLETED', { ...signed, outcome: 'FIXED_ON_SITE' })).not.toThrow();
  });

  it('walks a take-back with a receipt, a signed return with the receipt voided, then completion (003 §6–7)', () => {
    expect(() => assertWorkOrderTransition('ARRIVED', 'TAKEN_BACK', { ...signed, receiptNumber: 'SJ-0042' })).not.toThrow();
    expect(() => assertWorkOrderTransition('TAKEN_BACK', 'RETURNED', { ...signed, receiptVoided: true })).not.toThrow();
    expect(() => assertWorkOrderTransition('RETURNED', 'COMPLETED', { outcome: 'TAKEN_BACK' })).not.toThrow();
    expect(() => assertWorkOrderTransition('RETURNED', 'COMPLETED', { outcome: 'NOT_FIXED', reason: '线圈烧毁,无配件' })).not.toThrow();
  });

  it('records a visit that did not fix the unit, with the reason', () => {
    expect(() => assertWorkOrderTransition('ARRIVED', 'COMPLETED', { outcome: 'NOT_FIXED', reason: 'Customer refused the repair' })).not.toThrow();
    expect(errorOf(() => assertWorkOrderTransition('ARRIVED', 'COMPLETED', { outcome: 'NOT_FIXED' })).fieldErrors).toEqual({
      reason: expect.stringMatching(/not fixed/),
    });
  });

  it('cancels only before anyone is on site, and with a reason', () => {
    expect(() => assertWorkOrderTransition('CALLED', 'CANCELLED', { reason: '客户重复报修' })).not.toThrow();
    expect(() => assertWorkOrderTransition('DISPATCHED', 'CANCELLED', { reason: 'Customer fixed it' })).not.toThrow();
    expect(errorOf(() => assertWorkOrderTransition('CALLED', 'CANCELLED', { reason: '  ' })).fieldErrors).toEqual({
      reason: expect.any(String),
    });
    const error = errorOf(() => assertWorkOrderTransition('ARRIVED', 'CANCELLED', { reason: 'x' }));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toEqual({ from: 'ARRIVED', to: 'CANCELLED', allowed: ['COMPLETED', 'TAKEN_BACK'] });
  });

  it.each<[WorkOrderStatus, WorkOrderStatus]>([
    ['CALLED', 'ARRIVED'],
    ['CALLED', 'COMPLETED'],
    ['DISPATCHED', 'TAKEN_BACK'],
    ['TAKEN_BACK', 'COMPLETED'],
    ['RETURNED', 'TAKEN_BACK'],
    ['DISPATCHED', 'DISPATCHED'],
  ])('refuses %s → %s and lists the allowed states', (from, to) => {
    const error = errorOf(() => assertWorkOrderTransition(from, to, { ...signed, outcome: 'FIXED_ON_SITE', reason: 'x' }));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toEqual({ from, to, allowed: WORK_ORDER_TRANSITIONS[from].to });
  });

  it('treats COMPLETED and CANCELLED as final', () => {
    for (const from of ['COMPLETED', 'CANCELLED'] as const) {
      const error = errorOf(() => assertWorkOrderTransition(from, 'CALLED'));
      expect(error.details).toEqual({ from, to: 'CALLED', allowed: [] });
      expect(error.message).toMatch(/none \(the work order is finished\)/);
    }
  });

  it('lists every missing detail of a take-back and a return at once', () => {
    expect(errorOf(() => assertWorkOrderTransition('ARRIVED', 'TAKEN_BACK')).fieldErrors).toEqual({
      receiptNumber: expect.stringMatching(/receipt/),
      customerSigned: expect.stringMatching(/sign/),
    });
    expect(errorOf(() => assertWorkOrderTransition('TAKEN_BACK', 'RETURNED', { customerSigned: false })).fieldErrors).toEqual({
      customerSigned: expect.any(String),
      receiptVoided: expect.stringMatching(/void/),
    });
  });

  it('needs the outcome that fits the path, and a signature for a fix on site', () => {
    const outcomeOf = (from: WorkOrderStatus, outcome: unknown) =>
      errorOf(() => assertWorkOrderTransition(from, 'COMPLETED', { ...signed, outcome: outcome as 'NOT_FIXED', reason: 'x' })).fieldErrors;
    expect(outcomeOf('ARRIVED', 'TAKEN_BACK')).toEqual({ outcome: 'Choose how the work order ended: FIXED_ON_SITE or NOT_FIXED.' });
    expect(outcomeOf('RETURNED', 'FIXED_ON_SITE')).toEqual({ outcome: 'Choose how the work order ended: TAKEN_BACK or NOT_FIXED.' });
    expect(outcomeOf('ARRIVED', null)).toEqual({ outcome: expect.any(String) });
    expect(errorOf(() => assertWorkOrderTransition('ARRIVED', 'COMPLETED', { outcome: 'FIXED_ON_SITE' })).fieldErrors).toEqual({
      customerSigned: expect.any(String),
    });
  });

  it('rejects a stored status that is not one', () => {
    const error = errorOf(() => assertWorkOrderTransition('OPEN' as WorkOrderStatus, 'CALLED'));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details).toEqual({ from: 'OPEN' });
  });
});
