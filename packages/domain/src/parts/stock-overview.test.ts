import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import type { AbcClass } from '../reference.js';
import { ABC_CLASS_CONTROLS, type OnHand, stockOverview } from './index.js';

describe('stockOverview', () => {
  it('shows the ABC class and its control (000 §6: A high value, tight control)', () => {
    expect(Object.keys(ABC_CLASS_CONTROLS)).toEqual(['A', 'B', 'C']);
    expect(ABC_CLASS_CONTROLS.A.control).toBe('TIGHT');
    expect(ABC_CLASS_CONTROLS.C.control).toBe('SIMPLE');
    const onHand: OnHand = { 'CENTER:XM-01': 2, 'CENTER:FZ-01': 0, HEAD_OFFICE: 1, FACTORY: 6 };
    expect(stockOverview({ partId: 'AVR-50', abcClass: 'A' }, onHand)).toEqual({
      partId: 'AVR-50',
      abcClass: 'A',
      control: { control: 'TIGHT', zh: 'A 类:价值高,重点控制', en: 'A: high value, tight control' },
      total: 9,
      locations: [
        { location: 'FACTORY', quantity: 6 },
        { location: 'HEAD_OFFICE', quantity: 1 },
        { location: 'CENTER:XM-01', quantity: 2 },
      ],
    });
  });

  it('shows nothing on hand as an empty list', () => {
    expect(stockOverview({ partId: 'GAS-BG', abcClass: 'B' }, {})).toMatchObject({ total: 0, locations: [] });
  });

  it('refuses an unknown class and bad balances', () => {
    const unknownClass = errorOf(() => stockOverview({ partId: 'x', abcClass: 'D' as AbcClass }, {}));
    expect(unknownClass.fieldErrors).toEqual({ abcClass: expect.any(String) });
    expect(errorOf(() => stockOverview({ partId: 'x', abcClass: 'C' }, { FACTORY: 1.5 })).code).toBe('INVALID_INPUT');
  });
});
