import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { DEFAULT_WARRANTY_MONTHS } from './reference.js';
import { evaluateWarranty, type WarrantyInput } from './warranty.js';

const motor: WarrantyInput = {
  purchaseDate: '2024-03-15',
  invoiceNumber: 'FP-0001',
  reportedOn: '2024-06-01',
  warrantyMonths: DEFAULT_WARRANTY_MONTHS.MOTOR,
  componentWarranties: [
    { component: 'Stator winding', months: 24 },
    { component: 'Carbon brush', months: 3 },
  ],
};

describe('evaluateWarranty', () => {
  it('covers a unit within its period', () => {
    expect(evaluateWarranty(motor)).toEqual({
      status: 'IN_WARRANTY',
      endDate: '2025-03-15',
      months: 12,
      component: null,
    });
  });

  it('still covers on the end date itself and not the day after', () => {
    expect(evaluateWarranty({ ...motor, reportedOn: '2025-03-15' }).status).toBe('IN_WARRANTY');
    expect(evaluateWarranty({ ...motor, reportedOn: '2025-03-16' })).toEqual({
      status: 'EXPIRED',
      endDate: '2025-03-15',
      months: 12,
      component: null,
    });
  });

  it('covers a fault reported on the purchase day', () => {
    expect(evaluateWarranty({ ...motor, reportedOn: '2024-03-15' }).status).toBe('IN_WARRANTY');
  });

  it('clamps a month-end purchase to the end of a shorter month', () => {
    const pump = { ...motor, purchaseDate: '2024-01-31', warrantyMonths: 1, componentWarranties: [] };
    expect(evaluateWarranty({ ...pump, reportedOn: '2024-02-29' })).toMatchObject({
      status: 'IN_WARRANTY',
      endDate: '2024-02-29',
    });
    expect(evaluateWarranty({ ...pump, reportedOn: '2024-03-01' }).status).toBe('EXPIRED');
    const sixMonths = { ...pump, purchaseDate: '2024-08-31', warrantyMonths: 6 };
    expect(evaluateWarranty({ ...sixMonths, reportedOn: '2025-02-28' })).toMatchObject({
      status: 'IN_WARRANTY',
      endDate: '2025-02-28',
    });
    expect(evaluateWarranty({ ...sixMonths, reportedOn: '2025-03-01' }).status).toBe('EXPIRED');
  });

  it('ends a leap-day purchase on 28 February of a common year', () => {
    const leap = { ...motor, purchaseDate: '2024-02-29' };
    expect(evaluateWarranty({ ...leap, reportedOn: '2025-02-28' })).toMatchObject({
      status: 'IN_WARRANTY',
      endDate: '2025-02-28',
    });
    expect(evaluateWarranty({ ...leap, reportedOn: '2025-03-01' }).status).toBe('EXPIRED');
  });

  it('gives a pump six months', () => {
    const pump: WarrantyInput = {
      purchaseDate: '2025-01-10',
      invoiceNumber: null,
      reportedOn: '2025-07-10',
      warrantyMonths: DEFAULT_WARRANTY_MONTHS.PUMP,
    };
    expect(evaluateWarranty(pump)).toEqual({ status: 'IN_WARRANTY', endDate: '2025-07-10', months: 6, component: null });
    expect(evaluateWarranty({ ...pump, reportedOn: '2025-07-11' }).status).toBe('EXPIRED');
  });

  it('uses a longer component period past the category period', () => {
    expect(evaluateWarranty({ ...motor, reportedOn: '2025-12-01', component: 'Stator winding' })).toEqual({
      status: 'IN_WARRANTY',
      endDate: '2026-03-15',
      months: 24,
      component: 'Stator winding',
    });
    expect(evaluateWarranty({ ...motor, reportedOn: '2025-12-01' }).status).toBe('EXPIRED');
  });

  it('uses a shorter component period within the category period', () => {
    expect(evaluateWarranty({ ...motor, reportedOn: '2024-07-01', component: 'Carbon brush' })).toEqual({
      status: 'EXPIRED',
      endDate: '2024-06-15',
      months: 3,
      component: 'Carbon brush',
    });
  });

  it('matches the component ignoring case and surrounding spaces', () => {
    expect(evaluateWarranty({ ...motor, component: '  stator WINDING ' })).toMatchObject({
      months: 24,
      component: 'Stator winding',
    });
  });

  it('falls back to the category for an unknown, empty or absent component', () => {
    for (const component of ['Bearing', '', '   ', null, undefined]) {
      expect(evaluateWarranty({ ...motor, component })).toMatchObject({ months: 12, component: null });
    }
    expect(evaluateWarranty({ ...motor, componentWarranties: undefined, component: 'Stator winding' })).toMatchObject({
      months: 12,
      component: null,
    });
  });

  it('needs a purchase date as proof, with or without an invoice number', () => {
    const noProof = { status: 'NO_PROOF', endDate: null, months: null, component: null };
    expect(evaluateWarranty({ ...motor, purchaseDate: null, invoiceNumber: null })).toEqual(noProof);
    expect(evaluateWarranty({ ...motor, purchaseDate: null, invoiceNumber: 'FP-0001' })).toEqual(noProof);
    expect(evaluateWarranty({ ...motor, purchaseDate: '  ', invoiceNumber: 'FP-0001' })).toEqual(noProof);
    expect(evaluateWarranty({ ...motor, invoiceNumber: null }).status).toBe('IN_WARRANTY');
  });

  it('rejects invalid dates and periods', () => {
    const expectInvalid = (input: WarrantyInput, field: string) => {
      try {
        evaluateWarranty(input);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).code).toBe('INVALID_INPUT');
        expect((error as DomainError).fieldErrors).toHaveProperty([field]);
      }
    };
    expectInvalid({ ...motor, reportedOn: '2025-02-29' }, 'reportedOn');
    expectInvalid({ ...motor, purchaseDate: '15/03/2024' }, 'purchaseDate');
    expectInvalid({ ...motor, warrantyMonths: 0 }, 'warrantyMonths');
    expectInvalid({ ...motor, warrantyMonths: 1.5 }, 'warrantyMonths');
    expectInvalid(
      { ...motor, componentWarranties: [{ component: 'Seal', months: -1 }], component: 'seal' },
      'componentWarranties.months',
    );
  });
});
