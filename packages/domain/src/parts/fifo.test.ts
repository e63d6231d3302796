import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import { issueFifo, type StockLot } from './index.js';

const lots: StockLot[] = [
  { lotId: 'lot-3', receivedOn: '2026-11-02', quantity: 10, unitCost: 4_800 },
  { lotId: 'lot-1', receivedOn: '2026-10-08', quantity: 2, unitCost: 4_500 },
  { lotId: 'lot-2', receivedOn: '2026-10-08', quantity: 0, unitCost: 4_600 },
  { lotId: 'lot-2b', receivedOn: '2026-10-08', quantity: 3, unitCost: 4_700 },
];

describe('issueFifo (002 (六)5: 先进先出)', () => {
  it('takes the oldest lots first, same-day lots in the order given, skipping empty ones', () => {
    expect(issueFifo(lots, 4)).toEqual({
      allocations: [
        { lotId: 'lot-1', quantity: 2, unitCost: 4_500, cost: 9_000 },
        { lotId: 'lot-2b', quantity: 2, unitCost: 4_700, cost: 9_400 },
      ],
      totalCost: 18_400,
      remaining: [
        { lotId: 'lot-2b', receivedOn: '2026-10-08', quantity: 1, unitCost: 4_700 },
        { lotId: 'lot-3', receivedOn: '2026-11-02', quantity: 10, unitCost: 4_800 },
      ],
    });
  });

  it('empties every lot when the issue takes everything', () => {
    const issue = issueFifo(lots, 15);
    expect(issue.allocations.map((allocation) => allocation.lotId)).toEqual(['lot-1', 'lot-2b', 'lot-3']);
    expect(issue.totalCost).toBe(9_000 + 14_100 + 48_000);
    expect(issue.remaining).toEqual([]);
  });

  it('refuses to go negative, naming the shortfall', () => {
    const error = errorOf(() => issueFifo(lots, 16));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toEqual({ available: 15, requested: 16, shortfall: 1 });
    expect(errorOf(() => issueFifo([], 1)).details).toEqual({ available: 0, requested: 1, shortfall: 1 });
  });

  it('refuses a bad quantity or lot', () => {
    expect(errorOf(() => issueFifo(lots, 0)).fieldErrors).toEqual({ quantity: expect.any(String) });
    const bad = [
      { lotId: 'a', receivedOn: '2026-02-30', quantity: -1, unitCost: 1.5 },
      { lotId: 'a', receivedOn: '2026-03-01', quantity: 1, unitCost: 1 },
    ];
    expect(errorOf(() => issueFifo(bad, 1)).fieldErrors).toEqual({
      'lots.0.receivedOn': expect.any(String),
      'lots.0.quantity': expect.any(String),
      'lots.0.unitCost': expect.any(String),
      'lots.1.lotId': 'Lot a is listed twice.',
    });
  });
});
