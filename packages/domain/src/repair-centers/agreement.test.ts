import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { agreementDaysLeft, isAgreementEnded, isAgreementExpiringWithin, validateAgreementDates } from './agreement.js';
import { english } from '../test-support/english.js';

describe('agreementDaysLeft', () => {
  it('counts down to 0 on the last day and goes negative after', () => {
    expect(agreementDaysLeft('2026-06-30', '2026-06-01')).toBe(29);
    expect(agreementDaysLeft('2026-06-30', '2026-06-29')).toBe(1);
    expect(agreementDaysLeft('2026-06-30', '2026-06-30')).toBe(0);
    expect(agreementDaysLeft('2026-06-30', '2026-07-01')).toBe(-1);
    expect(agreementDaysLeft('2025-03-01', '2024-03-01')).toBe(365);
    expect(agreementDaysLeft('2024-03-01', '2024-02-28')).toBe(2);
  });

  it('names the invalid date', () => {
    try {
      agreementDaysLeft('2026-02-30', '2026-01-01');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).fieldErrors).toHaveProperty('agreementValidTo');
    }
    expect(() => agreementDaysLeft('2026-01-01', 'today')).toThrow(DomainError);
  });
});

describe('isAgreementExpiringWithin', () => {
  const validTo = '2026-06-30';

  it('includes today through today + days, both ends', () => {
    expect(isAgreementExpiringWithin(validTo, '2026-05-31', 30)).toBe(true);
    expect(isAgreementExpiringWithin(validTo, '2026-05-30', 30)).toBe(false);
    expect(isAgreementExpiringWithin(validTo, '2026-06-30', 30)).toBe(true);
    expect(isAgreementExpiringWithin(validTo, '2026-06-30', 0)).toBe(true);
    expect(isAgreementExpiringWithin(validTo, '2026-06-29', 0)).toBe(false);
  });

  it('does not count an agreement that has already ended', () => {
    expect(isAgreementExpiringWithin(validTo, '2026-07-01', 30)).toBe(false);
    expect(isAgreementEnded(validTo, '2026-07-01')).toBe(true);
    expect(isAgreementEnded(validTo, '2026-06-30')).toBe(false);
  });

  it.each([-1, 1.5, Number.NaN])('rejects %d days', (days) => {
    expect(() => isAgreementExpiringWithin(validTo, '2026-06-01', days)).toThrow(DomainError);
  });
});

describe('validateAgreementDates', () => {
  it('accepts an agreement ending after or on the day it starts', () => {
    expect(validateAgreementDates('2026-01-01', '2026-12-31')).toEqual({});
    expect(validateAgreementDates('2026-01-01', '2026-01-01')).toEqual({});
  });

  it('reports an end before the start on agreementValidTo', () => {
    expect(english(validateAgreementDates('2026-01-02', '2026-01-01'))).toEqual({
      agreementValidTo: expect.stringMatching(/cannot end before it starts \(2026-01-02\)/),
    });
  });

  it('reports invalid dates on their own keys, without comparing them', () => {
    expect(english(validateAgreementDates('2026-02-30', '2026-01-01'))).toEqual({ agreementValidFrom: expect.any(String) });
    expect(english(validateAgreementDates('2026-01-01', '31/12/2026'))).toEqual({ agreementValidTo: expect.any(String) });
    expect(Object.keys(validateAgreementDates('', null as unknown as string)).sort()).toEqual([
      'agreementValidFrom',
      'agreementValidTo',
    ]);
  });
});
