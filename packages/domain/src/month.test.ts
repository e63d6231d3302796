import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { isMonth, monthOf, monthRange } from './month.js';

describe('isMonth', () => {
  it.each(['2026-11', '2024-02', '0001-01', '9999-12'])('accepts %s', (month) => {
    expect(isMonth(month)).toBe(true);
  });

  it.each(['2026-13', '2026-00', '0000-01', '2026-1', '26-11', '2026/11', '2026-11-01', ' 2026-11', ''])(
    'rejects %j',
    (month) => {
      expect(isMonth(month)).toBe(false);
    },
  );

  it('rejects non-strings without throwing', () => {
    expect(isMonth(202611 as unknown as string)).toBe(false);
    expect(isMonth(null as unknown as string)).toBe(false);
  });
});

describe('monthRange', () => {
  it.each([
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-02', '2025-02-01', '2025-02-28'],
    ['1900-02', '1900-02-01', '1900-02-28'],
    ['2026-04', '2026-04-01', '2026-04-30'],
    ['2026-12', '2026-12-01', '2026-12-31'],
  ])('%s runs from %s to %s', (month, first, last) => {
    expect(monthRange(month)).toEqual({ first, last });
  });

  it('rejects a bad month with a field error on month', () => {
    try {
      monthRange('2026-13');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('INVALID_INPUT');
      expect((error as DomainError).fieldErrors).toHaveProperty('month');
    }
  });
});

describe('monthOf', () => {
  it('takes the month of a real date', () => {
    expect(monthOf('2026-11-30')).toBe('2026-11');
    expect(monthOf('2024-02-29')).toBe('2024-02');
  });

  it('rejects an invalid date', () => {
    expect(() => monthOf('2025-02-29')).toThrow(DomainError);
  });
});
