import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import { assertFeeShownBeforeWork, type PaidServiceInput, paidServiceFee } from './index.js';

const input: PaidServiceInput = {
  labourHours: 2,
  hourlyRate: 8_000,
  parts: [
    { partNumber: 'BRG-6204', quantity: 2, unitCost: 1_250 },
    { partNumber: 'CAP-450V', quantity: 1, unitCost: 30_000 },
  ],
};

describe('paidServiceFee', () => {
  it('charges labour hours × rate plus parts at cost, in exact fen (000 §5, 004 §4.9)', () => {
    expect(paidServiceFee(input)).toEqual({
      labourHours: 2,
      hourlyRate: 8_000,
      labour: 16_000,
      parts: [
        { partNumber: 'BRG-6204', quantity: 2, unitCost: 1_250, amount: 2_500 },
        { partNumber: 'CAP-450V', quantity: 1, unitCost: 30_000, amount: 30_000 },
      ],
      partsTotal: 32_500,
      total: 48_500,
    });
  });

  it('rounds labour to the fen, halves up, without float error', () => {
    // 1.33 h × ¥79.99 = 10,638.67 fen.
    expect(paidServiceFee({ ...input, labourHours: 1.33, hourlyRate: 7_999, parts: [] }).labour).toBe(10_639);
    expect(paidServiceFee({ ...input, labourHours: 0.5, hourlyRate: 1, parts: [] }).labour).toBe(1);
    expect(paidServiceFee({ ...input, labourHours: 0.01, hourlyRate: 49, parts: [] }).labour).toBe(0);
    // 0.29 × 100 is 28.999… in floats; the fee must still be 29 fen × rate.
    expect(paidServiceFee({ ...input, labourHours: 0.29, hourlyRate: 10_000, parts: [] }).labour).toBe(2_900);
  });

  it('charges nothing for no labour and no parts', () => {
    expect(paidServiceFee({ labourHours: 0, hourlyRate: 8_000, parts: [] })).toMatchObject({ labour: 0, partsTotal: 0, total: 0 });
  });

  it('lists every bad field', () => {
    const error = errorOf(() =>
      paidServiceFee({
        labourHours: 1.255,
        hourlyRate: 80.5,
        parts: [
          { partNumber: ' ', quantity: 0, unitCost: -1 },
          { partNumber: 'X', quantity: 1.5, unitCost: 10 },
        ],
      }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fieldErrors).toEqual({
      labourHours: expect.stringMatching(/2 decimals/),
      hourlyRate: expect.any(String),
      'parts.0.partNumber': expect.any(String),
      'parts.0.quantity': expect.any(String),
      'parts.0.unitCost': expect.any(String),
      'parts.1.quantity': expect.any(String),
    });
    expect(errorOf(() => paidServiceFee({ ...input, labourHours: -1 })).fieldErrors).toEqual({ labourHours: expect.any(String) });
    expect(errorOf(() => paidServiceFee({ ...input, parts: null as unknown as [] })).fieldErrors).toEqual({ parts: expect.any(String) });
  });
});

describe('assertFeeShownBeforeWork', () => {
  const workAt = new Date('2026-03-02T03:00:00Z');

  it('passes FREE and CONTRACT orders without a fee schedule', () => {
    expect(() => assertFeeShownBeforeWork({ serviceType: 'FREE', feeShownAt: null }, workAt)).not.toThrow();
    expect(() => assertFeeShownBeforeWork({ serviceType: 'CONTRACT', feeShownAt: null }, workAt)).not.toThrow();
  });

  it('passes a PAID order whose fee was shown at or before the work', () => {
    expect(() => assertFeeShownBeforeWork({ serviceType: 'PAID', feeShownAt: new Date('2026-03-02T02:50:00Z') }, workAt)).not.toThrow();
    expect(() => assertFeeShownBeforeWork({ serviceType: 'PAID', feeShownAt: workAt }, workAt)).not.toThrow();
  });

  it('refuses a PAID order whose fee was not shown, or shown afterwards', () => {
    const missing = errorOf(() => assertFeeShownBeforeWork({ serviceType: 'PAID', feeShownAt: null }, workAt));
    expect(missing.code).toBe('CONFLICT');
    expect(missing.details).toEqual({ missing: 'feeShownAt' });
    const late = errorOf(() => assertFeeShownBeforeWork({ serviceType: 'PAID', feeShownAt: new Date('2026-03-02T03:00:01Z') }, workAt));
    expect(late.code).toBe('CONFLICT');
    expect(late.message).toMatch(/after the work/);
  });

  it('rejects invalid times', () => {
    expect(errorOf(() => assertFeeShownBeforeWork({ serviceType: 'PAID', feeShownAt: null }, new Date('x'))).fieldErrors).toEqual({
      workAt: expect.any(String),
    });
    expect(errorOf(() => assertFeeShownBeforeWork({ serviceType: 'PAID', feeShownAt: new Date('x') }, workAt)).fieldErrors).toEqual({
      feeShownAt: expect.any(String),
    });
  });
});
