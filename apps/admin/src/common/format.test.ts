import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDeadline, formatMoney, isMoneyText, localDateTimeToIso, nowLocalDateTime, previousMonth } from './format';

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

describe('formatDeadline', () => {
  it('names the last day of a deadline at local midnight, in either language', () => {
    // 2026-12-11 00:00 in Shanghai: the 10th is the last day.
    expect(formatDeadline('2026-12-10T16:00:00.000Z', 'zh-CN')).toBe('2026年12月10日 24:00');
    expect(formatDeadline('2026-12-10T16:00:00.000Z', 'en')).toBe('by end of 10 Dec 2026');
  });

  it('steps back across a month and a year end', () => {
    expect(formatDeadline('2026-12-31T16:00:00.000Z', 'zh-CN')).toBe('2026年12月31日 24:00');
    expect(formatDeadline('2026-02-28T16:00:00.000Z', 'en')).toBe('by end of 28 Feb 2026');
  });

  it('shows any other instant as it is', () => {
    for (const iso of ['2026-12-11T01:30:00.000Z', '2026-12-10T16:00:30.000Z', '2026-12-11T00:00:00.000Z']) {
      expect(formatDeadline(iso, 'zh-CN')).toBe(formatDateTime(iso, 'zh-CN'));
    }
    expect(formatDeadline(null, 'zh-CN')).toBe('');
    expect(formatDeadline('not a date', 'en')).toBe('not a date');
  });
});
