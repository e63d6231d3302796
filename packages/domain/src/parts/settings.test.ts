import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import { assertPartsSettings, DEFAULT_PARTS_SETTINGS, type PartsSettings, validatePartsSettings } from './index.js';
import { english } from '../test-support/english.js';

const settings = DEFAULT_PARTS_SETTINGS;

describe('DEFAULT_PARTS_SETTINGS', () => {
  it('holds the numbers of the seeds and is valid', () => {
    // ¥5,000 director threshold (003 parts §9 via DOMAIN §6), ¥200 scrap appraisal (002), three quotes (003 parts §10).
    expect(DEFAULT_PARTS_SETTINGS).toEqual({
      directorApprovalThreshold: 500_000,
      scrapAppraisalThreshold: 20_000,
      localPurchaseQuoteCount: 3,
    });
    expect(validatePartsSettings(settings)).toEqual({});
  });
});

describe('validatePartsSettings', () => {
  it('accepts zero thresholds and the quote bounds', () => {
    expect(validatePartsSettings({ directorApprovalThreshold: 0, scrapAppraisalThreshold: 0, localPurchaseQuoteCount: 1 })).toEqual({});
    expect(validatePartsSettings({ ...settings, localPurchaseQuoteCount: 10 })).toEqual({});
  });

  it.each([-1, 0.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2])('rejects %d fen on both thresholds', (amount) => {
    expect(english(validatePartsSettings({ ...settings, directorApprovalThreshold: amount, scrapAppraisalThreshold: amount }))).toEqual({
      directorApprovalThreshold: expect.stringMatching(/whole fen/),
      scrapAppraisalThreshold: expect.stringMatching(/whole fen/),
    });
  });

  it.each([0, 11, 2.5, -3])('rejects %d quotes', (localPurchaseQuoteCount) => {
    expect(english(validatePartsSettings({ ...settings, localPurchaseQuoteCount }))).toEqual({
      localPurchaseQuoteCount: expect.stringMatching(/1 to 10/),
    });
  });

  it('reports missing values instead of throwing', () => {
    expect(Object.keys(validatePartsSettings({} as PartsSettings)).sort()).toEqual([
      'directorApprovalThreshold',
      'localPurchaseQuoteCount',
      'scrapAppraisalThreshold',
    ]);
    expect(Object.keys(validatePartsSettings(null as unknown as PartsSettings))).toHaveLength(3);
  });

  it('throws INVALID_INPUT with every bad field from assertPartsSettings', () => {
    const error = errorOf(() => assertPartsSettings({ ...settings, localPurchaseQuoteCount: 0 }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fieldErrors).toEqual({ localPurchaseQuoteCount: expect.any(String) });
  });
});
