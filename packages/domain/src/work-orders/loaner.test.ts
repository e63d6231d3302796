import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import {
  assertCanLendLoaner,
  assertCanReturnLoaner,
  assertLoanerBackForUnitReturn,
  loanerActionsFor,
  loanerState,
  MAX_LOANER_DESCRIPTION_LENGTH,
  type LoanerRecord,
  type WorkOrderStatus,
} from './index.js';

const lentAt = new Date('2026-11-16T05:00:00Z');
const returnedAt = new Date('2026-11-18T02:00:00Z');
const inWorkshop: LoanerRecord = { status: 'TAKEN_BACK', loanerLentAt: null, loanerReturnedAt: null };
const lent: LoanerRecord = { ...inWorkshop, loanerDescription: 'GF-50 备用机 BY-007', loanerLentAt: lentAt };
const back: LoanerRecord = { ...lent, loanerReturnedAt: returnedAt };
const lending = { description: '  GF-50 备用机 BY-007 ', signature: ' 王先生 ' };

describe('loaner state and actions', () => {
  it('is NONE until lent, OUT while the customer has it, RETURNED once back', () => {
    expect([inWorkshop, lent, back].map(loanerState)).toEqual(['NONE', 'OUT', 'RETURNED']);
  });

  it('offers lending only while the unit is taken back, and taking it back only while out', () => {
    expect(loanerActionsFor(inWorkshop)).toEqual(['LEND']);
    expect(loanerActionsFor(lent)).toEqual(['RETURN']);
    expect(loanerActionsFor(back)).toEqual([]);
    for (const status of ['CALLED', 'DISPATCHED', 'ARRIVED', 'RETURNED', 'COMPLETED', 'CANCELLED'] as WorkOrderStatus[]) {
      expect(loanerActionsFor({ ...inWorkshop, status }), status).toEqual([]);
    }
  });
});

describe('assertCanLendLoaner', () => {
  it('lends while the unit is taken back, with the description and signature trimmed', () => {
    expect(assertCanLendLoaner(inWorkshop, lending)).toEqual({ description: 'GF-50 备用机 BY-007', signature: '王先生' });
  });

  it.each<WorkOrderStatus>(['ARRIVED', 'RETURNED', 'COMPLETED'])('refuses a loaner while the order is %s (CONFLICT)', (status) => {
    const error = errorOf(() => assertCanLendLoaner({ ...inWorkshop, status }, lending));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain(`this work order is ${status}`);
  });

  it('refuses a second loan, out or already returned, naming the first loaner', () => {
    const twice = errorOf(() => assertCanLendLoaner(lent, lending));
    expect(twice.code).toBe('CONFLICT');
    expect(twice.message).toMatch(/GF-50 备用机 BY-007.*already lent/);
    expect(errorOf(() => assertCanLendLoaner(back, lending)).message).toMatch(/already lent and returned/);
  });

  it('needs a description and the customer’s signature, listing both at once', () => {
    const error = errorOf(() => assertCanLendLoaner(inWorkshop, { description: '   ', signature: '' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fieldErrors).toEqual({ description: expect.stringMatching(/serial number or a description/), signature: expect.stringMatching(/sign/) });
    expect(errorOf(() => assertCanLendLoaner(inWorkshop, { description: null, signature: 42 })).fieldErrors).toHaveProperty('signature');
  });

  it('limits the description to its maximum length, counted without the surrounding spaces', () => {
    const longest = 'x'.repeat(MAX_LOANER_DESCRIPTION_LENGTH);
    expect(assertCanLendLoaner(inWorkshop, { ...lending, description: `  ${longest}  ` }).description).toBe(longest);
    const error = errorOf(() => assertCanLendLoaner(inWorkshop, { ...lending, description: `${longest}x` }));
    expect(error.fieldErrors).toEqual({ description: `Describe the loaner unit in at most ${MAX_LOANER_DESCRIPTION_LENGTH} characters.` });
  });
});

describe('assertCanReturnLoaner', () => {
  it('takes back a loaner that is out', () => {
    expect(() => assertCanReturnLoaner(lent)).not.toThrow();
  });

  it('refuses when none was lent or it is already back (CONFLICT)', () => {
    expect(errorOf(() => assertCanReturnLoaner(inWorkshop))).toMatchObject({ code: 'CONFLICT', message: 'No loaner unit was lent on this work order.' });
    const again = errorOf(() => assertCanReturnLoaner(back));
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toContain(returnedAt.toISOString());
  });
});

describe('assertLoanerBackForUnitReturn', () => {
  it('lets the unit go back when no loaner was lent, or once it is back', () => {
    expect(() => assertLoanerBackForUnitReturn(inWorkshop, returnedAt)).not.toThrow();
    expect(() => assertLoanerBackForUnitReturn(back, returnedAt)).not.toThrow();
  });

  it('refuses to return the unit while the customer still has the loaner (CONFLICT), saying what to do', () => {
    const error = errorOf(() => assertLoanerBackForUnitReturn(lent, returnedAt));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/still has the loaner unit \(GF-50 备用机 BY-007\).*收回备用机/);
  });

  it('refuses a unit return dated before the loaner came back', () => {
    const error = errorOf(() => assertLoanerBackForUnitReturn(back, new Date(returnedAt.getTime() - 60_000)));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fieldErrors).toEqual({ at: expect.stringContaining(returnedAt.toISOString()) });
  });
});
