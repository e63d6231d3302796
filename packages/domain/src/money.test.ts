import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import {
  addMoney,
  allocateByPercent,
  formatMoney,
  formatMoneyDisplay,
  multiplyMoney,
  parseMoney,
} from './money.js';

function expectInvalid(run: () => unknown, message?: RegExp): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('INVALID_INPUT');
    if (message) expect((error as DomainError).message).toMatch(message);
    return;
  }
  expect.unreachable('expected an INVALID_INPUT DomainError');
}

describe('parseMoney', () => {
  it.each([
    ['1234', 123_400],
    ['1234.5', 123_450],
    ['1234.50', 123_450],
    ['-3.10', -310],
    ['+7', 700],
    ['0', 0],
    ['-0.00', 0],
    ['0.29', 29],
    ['0.07', 7],
    ['007.10', 710],
    ['  12.34 ', 1234],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
    ['-90071992547409.91', -Number.MAX_SAFE_INTEGER],
  ])('reads %j as %d fen', (input, fen) => {
    expect(parseMoney(input)).toBe(fen);
  });

  it('never returns negative zero', () => {
    expect(Object.is(parseMoney('-0'), 0)).toBe(true);
  });

  it.each([
    [12.34, 1234],
    [0.29, 29],
    [1.1, 110],
    [-3.1, -310],
    [100, 10_000],
    [0, 0],
  ])('reads the number %d as %d fen', (input, fen) => {
    expect(parseMoney(input)).toBe(fen);
  });

  it.each(['1.005', '0.001', '1.000'])('rejects more than 2 decimals: %j', (input) => {
    expectInvalid(() => parseMoney(input), /more than 2 decimals/);
  });

  it.each([1.005, 0.1 + 0.2, 1e-7])('rejects the number %d with more than 2 decimals', (input) => {
    expectInvalid(() => parseMoney(input), /more than 2 decimals/);
  });

  it.each(['', '   '])('asks for an amount when empty: %j', (input) => {
    expectInvalid(() => parseMoney(input), /Enter an amount/);
  });

  it.each(['abc', '1,234.50', '¥12', '1.', '.5', '1.2.3', '--1', '1e3', '12 34', 'Infinity'])(
    'rejects non-amounts: %j',
    (input) => {
      expectInvalid(() => parseMoney(input), /not an amount/);
    },
  );

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('rejects the number %d', (input) => {
    expectInvalid(() => parseMoney(input), /not an amount/);
  });

  it('rejects values beyond the safe integer range of fen', () => {
    expectInvalid(() => parseMoney('90071992547409.92'), /too large/);
    expectInvalid(() => parseMoney('-90071992547409.92'), /too large/);
    expectInvalid(() => parseMoney('99999999999999999999'), /too large/);
    expectInvalid(() => parseMoney(1e21), /too large/);
    expectInvalid(() => parseMoney(1e15), /too large/);
  });
});

describe('formatMoney', () => {
  it.each([
    [123_450, '1234.50'],
    [-5, '-0.05'],
    [0, '0.00'],
    [-0, '0.00'],
    [7, '0.07'],
    [100, '1.00'],
    [-123_456, '-1234.56'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('formats %d fen as %j', (fen, text) => {
    expect(formatMoney(fen)).toBe(text);
  });

  it('round-trips with parseMoney', () => {
    for (const fen of [0, 1, -1, 99, 100, 123_456_789, -Number.MAX_SAFE_INTEGER]) {
      expect(parseMoney(formatMoney(fen))).toBe(fen);
    }
  });

  it.each([1.5, Number.NaN, 2 ** 53])('rejects %d, which is not integer fen', (fen) => {
    expectInvalid(() => formatMoney(fen));
  });
});

describe('formatMoneyDisplay', () => {
  it('groups thousands with a yuan sign', () => {
    expect(formatMoneyDisplay(123_450)).toBe('¥1,234.50');
    expect(formatMoneyDisplay(123_450, 'zh-CN')).toBe('¥1,234.50');
    expect(formatMoneyDisplay(123_456_789_00)).toBe('¥123,456,789.00');
    expect(formatMoneyDisplay(99_999)).toBe('¥999.99');
    expect(formatMoneyDisplay(0)).toBe('¥0.00');
  });

  it('puts the minus sign before the currency sign', () => {
    expect(formatMoneyDisplay(-123_450)).toBe('-¥1,234.50');
    expect(formatMoneyDisplay(-5)).toBe('-¥0.05');
  });

  it('disambiguates the yuan from the yen in English', () => {
    expect(formatMoneyDisplay(123_450, 'en')).toBe('CN¥1,234.50');
  });
});

describe('addMoney', () => {
  it('adds exactly, where floats would drift', () => {
    expect(addMoney(10, 20)).toBe(30);
    expect(addMoney(parseMoney('0.1'), parseMoney('0.2'))).toBe(30);
    expect(addMoney(500, -700, 1)).toBe(-199);
  });

  it('is zero for no amounts', () => {
    expect(addMoney()).toBe(0);
  });

  it('accepts a total that is safe even when a running sum is not', () => {
    expect(addMoney(Number.MAX_SAFE_INTEGER, 1, -1)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('rejects non-integer or unsafe amounts and unsafe totals', () => {
    expectInvalid(() => addMoney(1, 0.5), /not a whole number of fen/);
    expectInvalid(() => addMoney(2 ** 53), /not a whole number of fen/);
    expectInvalid(() => addMoney(Number.MAX_SAFE_INTEGER, 1), /too large/);
  });
});

describe('multiplyMoney', () => {
  it('multiplies by whole quantities', () => {
    expect(multiplyMoney(1999, 3)).toBe(5997);
    expect(multiplyMoney(1999, 0)).toBe(0);
    expect(multiplyMoney(-250, 4)).toBe(-1000);
    expect(multiplyMoney(250, -2)).toBe(-500);
  });

  it('rejects fractional quantities, fractional fen and unsafe products', () => {
    expectInvalid(() => multiplyMoney(100, 1.5), /whole quantity/);
    expectInvalid(() => multiplyMoney(100, Number.NaN), /whole quantity/);
    expectInvalid(() => multiplyMoney(0.5, 2), /not a whole number of fen/);
    expectInvalid(() => multiplyMoney(Number.MAX_SAFE_INTEGER, 2), /too large/);
  });
});

describe('allocateByPercent', () => {
  it('splits evenly when it can', () => {
    expect(allocateByPercent(10_000, [50, 30, 20])).toEqual([5000, 3000, 2000]);
  });

  it('gives the leftover fen to the largest remainders and keeps the total', () => {
    expect(allocateByPercent(100, [33.33, 33.33, 33.34])).toEqual([33, 33, 34]);
    expect(allocateByPercent(1, [50, 50])).toEqual([1, 0]);
    expect(allocateByPercent(10, [15, 15, 70])).toEqual([2, 1, 7]);
    // 1001 × 60 % = 600.6 and × 40 % = 400.4: the 0.6 remainder wins the leftover fen.
    expect(allocateByPercent(1001, [40, 60])).toEqual([400, 601]);
  });

  it('breaks ties in favour of earlier parts', () => {
    expect(allocateByPercent(2, [25, 25, 25, 25])).toEqual([1, 1, 0, 0]);
  });

  it('splits negative totals symmetrically', () => {
    expect(allocateByPercent(-1001, [40, 60])).toEqual([-400, -601]);
    expect(allocateByPercent(-1, [50, 50])).toEqual([-1, 0]);
    expect(Object.is(allocateByPercent(-1, [50, 50])[1], 0)).toBe(true);
  });

  it('handles zero totals and zero percentages', () => {
    expect(allocateByPercent(0, [60, 40])).toEqual([0, 0]);
    expect(allocateByPercent(999, [0, 100, 0])).toEqual([0, 999, 0]);
    expect(allocateByPercent(999, [100])).toEqual([999]);
  });

  it('always sums exactly to the total', () => {
    const percents = [12.5, 7.25, 30, 0.25, 50];
    for (const total of [1, 7, 99, 12_345, 9_999_999, Number.MAX_SAFE_INTEGER]) {
      const parts = allocateByPercent(total, percents);
      expect(parts.reduce((sum, part) => sum + BigInt(part), 0n)).toBe(BigInt(total));
    }
  });

  it('rejects percentages that do not add up to 100', () => {
    expectInvalid(() => allocateByPercent(100, [50, 40]), /add up to 90/);
    expectInvalid(() => allocateByPercent(100, [60, 60]), /add up to 120/);
    expectInvalid(() => allocateByPercent(100, []), /add up to 0/);
  });

  it('rejects negative, non-finite or over-precise percentages and bad totals', () => {
    expectInvalid(() => allocateByPercent(100, [-10, 110]), /Percentage -10/);
    expectInvalid(() => allocateByPercent(100, [Number.NaN, 100]));
    expectInvalid(() => allocateByPercent(100, [33.333, 66.667]), /at most 2 decimals/);
    expectInvalid(() => allocateByPercent(1.5, [100]), /not a whole number of fen/);
  });
});
