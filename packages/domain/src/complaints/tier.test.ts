import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import { DEFAULT_COMPLAINT_SETTINGS } from './settings.js';
import {
  atLeastTier,
  COMPLAINT_TIERS,
  requiresOfficeMeetingApproval,
  severityTier,
  TIER_HANDLING,
  tierHandling,
  validateEspeciallyMajorFlag,
  validateLossLimits,
} from './tier.js';
import { english } from '../test-support/english.js';


const settings = DEFAULT_COMPLAINT_SETTINGS;
const clear = (directLoss: number) => severityTier({ directLoss, responsibilityClear: true }, settings);
const unclear = (directLoss: number) => severityTier({ directLoss, responsibilityClear: false }, settings);

describe('severityTier', () => {
  it('follows 001 §2.2 at the exact boundaries, in fen', () => {
    expect(clear(0)).toBe('MINOR');
    expect(clear(100_000)).toBe('MINOR');
    expect(clear(100_001)).toBe('MAJOR');
    expect(clear(1_000_000)).toBe('MAJOR');
    expect(clear(1_000_001)).toBe('CRITICAL');
  });

  it('lifts a small loss with unclear responsibility to MAJOR, and never lowers CRITICAL', () => {
    expect(unclear(0)).toBe('MAJOR');
    expect(unclear(100_000)).toBe('MAJOR');
    expect(unclear(1_000_000)).toBe('MAJOR');
    expect(unclear(1_000_001)).toBe('CRITICAL');
    expect(clear(50_000_000)).toBe('CRITICAL');
  });

  it('uses the configured limits', () => {
    const tuned = { minorLossLimit: 50_000, majorLossLimit: 500_000 };
    expect(severityTier({ directLoss: 50_000, responsibilityClear: true }, tuned)).toBe('MINOR');
    expect(severityTier({ directLoss: 50_001, responsibilityClear: true }, tuned)).toBe('MAJOR');
    expect(severityTier({ directLoss: 500_001, responsibilityClear: true }, tuned)).toBe('CRITICAL');
    // Equal limits leave MAJOR to unclear responsibility only.
    const equal = { minorLossLimit: 100_000, majorLossLimit: 100_000 };
    expect(severityTier({ directLoss: 100_000, responsibilityClear: true }, equal)).toBe('MINOR');
    expect(severityTier({ directLoss: 100_000, responsibilityClear: false }, equal)).toBe('MAJOR');
    expect(severityTier({ directLoss: 100_001, responsibilityClear: true }, equal)).toBe('CRITICAL');
  });

  it.each([-1, 100.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('rejects a direct loss of %d', (directLoss) => {
    expect(errorOf(() => clear(directLoss)).fieldErrors).toEqual({ directLoss: expect.any(String) });
  });

  it('rejects a missing responsibility answer and broken limits', () => {
    const missing = { directLoss: 0 } as unknown as Parameters<typeof severityTier>[0];
    expect(errorOf(() => severityTier(missing, settings)).fieldErrors).toEqual({ responsibilityClear: expect.any(String) });
    const broken = errorOf(() => severityTier({ directLoss: 0, responsibilityClear: true }, { minorLossLimit: 2, majorLossLimit: 1 }));
    expect(broken.fieldErrors).toEqual({ majorLossLimit: expect.stringMatching(/cannot be below the MINOR limit \(¥0\.02\)/) });
  });
});

describe('validateLossLimits', () => {
  it('accepts the defaults and equal limits', () => {
    expect(validateLossLimits(settings)).toEqual({});
    expect(validateLossLimits({ minorLossLimit: 0, majorLossLimit: 0 })).toEqual({});
  });

  it('reports bad or missing amounts on their own keys', () => {
    expect(english(validateLossLimits({ minorLossLimit: -1, majorLossLimit: 1.5 }))).toEqual({
      minorLossLimit: expect.any(String),
      majorLossLimit: expect.any(String),
    });
    expect(Object.keys(validateLossLimits({} as typeof settings)).sort()).toEqual(['majorLossLimit', 'minorLossLimit']);
  });
});

describe('tier handling', () => {
  it('is the technical center for MINOR, an on-site team reporting upwards otherwise', () => {
    expect(COMPLAINT_TIERS).toEqual(['MINOR', 'MAJOR', 'CRITICAL']);
    expect(tierHandling('MINOR')).toEqual({ handledBy: 'TECH_CENTER', onSiteInvestigation: false, approvers: [], informed: [] });
    expect(tierHandling('MAJOR')).toEqual({
      handledBy: 'ON_SITE_TEAM',
      onSiteInvestigation: true,
      approvers: [],
      informed: ['VICE_PRESIDENT'],
    });
    expect(tierHandling('CRITICAL')).toEqual({
      handledBy: 'ON_SITE_TEAM',
      onSiteInvestigation: true,
      approvers: ['VICE_PRESIDENT'],
      informed: ['GENERAL_MANAGER'],
    });
  });

  it('adds the office meeting after the VP for an especially major complaint', () => {
    expect(tierHandling('CRITICAL', true).approvers).toEqual(['VICE_PRESIDENT', 'OFFICE_MEETING']);
    expect(TIER_HANDLING.CRITICAL.approvers).toEqual(['VICE_PRESIDENT']);
  });

  it('hands out copies, so callers cannot change the table', () => {
    const handling = tierHandling('MAJOR');
    (handling.informed as string[]).push('GENERAL_MANAGER');
    expect(TIER_HANDLING.MAJOR.informed).toEqual(['VICE_PRESIDENT']);
  });

  it('refuses an unknown tier and the flag on a lower tier', () => {
    expect(errorOf(() => tierHandling('HUGE' as 'MINOR')).fieldErrors).toEqual({ tier: expect.any(String) });
    expect(errorOf(() => tierHandling('MAJOR', true)).fieldErrors).toEqual({ especiallyMajor: expect.stringMatching(/MAJOR/) });
  });
});

describe('especially major', () => {
  it('needs the office meeting only on CRITICAL', () => {
    expect(requiresOfficeMeetingApproval({ tier: 'CRITICAL', especiallyMajor: true })).toBe(true);
    expect(requiresOfficeMeetingApproval({ tier: 'CRITICAL', especiallyMajor: false })).toBe(false);
    expect(requiresOfficeMeetingApproval({ tier: 'MAJOR', especiallyMajor: true })).toBe(false);
  });

  it('is a valid flag only on CRITICAL', () => {
    expect(validateEspeciallyMajorFlag({ tier: 'CRITICAL', especiallyMajor: true })).toEqual({});
    expect(validateEspeciallyMajorFlag({ tier: 'MINOR', especiallyMajor: false })).toEqual({});
    expect(english(validateEspeciallyMajorFlag({ tier: 'MINOR', especiallyMajor: true }))).toEqual({ especiallyMajor: expect.any(String) });
  });
});

describe('atLeastTier', () => {
  it('raises a lower tier to the floor and keeps a graver one', () => {
    expect(atLeastTier('MINOR', 'MAJOR')).toBe('MAJOR');
    expect(atLeastTier('MAJOR', 'MAJOR')).toBe('MAJOR');
    expect(atLeastTier('CRITICAL', 'MAJOR')).toBe('CRITICAL');
    expect(atLeastTier('MINOR', 'MINOR')).toBe('MINOR');
  });

  it('refuses a value that is not a tier', () => {
    expect(errorOf(() => atLeastTier('SEVERE' as never, 'MINOR'))).toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { tier: expect.any(String) } });
  });
});
