import { describe, expect, it } from 'vitest';
import { formatMoney, isMoneyText, localDateTimeToIso, nowLocalDateTime, previousMonth } from './format';

describe('money', () => {
  it('formats Money values with grouping and two decimals', () => {
    expect(formatMoney('1234.5', 'zh-CN')).toBe('¥1,234.50');
    expect(formatMoney('1234567.89', 'zh-CN')).toBe('¥1,234,567.89');
    expect(formatMoney('0', 'en')).toBe('CN¥0.00');
  });

  it('accepts non-negative amounts with at most two decimals', () => {
    expect(isMoneyText('12.50')).toBe(true);
    expect(isMoneyText(' 12 ')).toBe(true);
    expect(isMoneyText('12.505')).toBe(false);
    expect(isMoneyText('-1')).toBe(false);
    expect(isMoneyText('abc')).toBe(false);
  });
});

describe('previousMonth', () => {
  it('steps back one month, across a year end', () => {
    expect(previousMonth('2026-11-15')).toBe('2026-10');
    expect(previousMonth('2027-01-01')).toBe('2026-12');
    expect(previousMonth('2026-10-31')).toBe('2026-09');
  });
});

describe('local date and time', () => {
  it("reads a datetime-local value in head office's time zone", () => {
    expect(localDateTimeToIso('2026-06-01T09:30')).toBe('2026-06-01T01:30:00.000Z');
    expect(localDateTimeToIso('2026-06-01')).toBeNull();
    expect(localDateTimeToIso('')).toBeNull();
  });

  it("gives now as head office's wall-clock time", () => {
    expect(nowLocalDateTime(new Date('2026-06-01T17:05:00Z'))).toBe('2026-06-02T01:05');
  });
});
