import { describe, expect, it } from 'vitest';
import { DEFAULT_REPAIR_CENTER_SETTINGS, validateRepairCenterSettings } from './settings.js';
import { english } from '../test-support/english.js';

describe('DEFAULT_REPAIR_CENTER_SETTINGS', () => {
  it('defaults to a pass mark of 60 and 30-day periods, and is valid', () => {
    expect(DEFAULT_REPAIR_CENTER_SETTINGS).toEqual({ assessmentPassMark: 60, rectificationDays: 30, agreementExpiryWarningDays: 30 });
    expect(validateRepairCenterSettings(DEFAULT_REPAIR_CENTER_SETTINGS)).toEqual({});
  });
});

describe('validateRepairCenterSettings', () => {
  const settings = DEFAULT_REPAIR_CENTER_SETTINGS;

  it('accepts the bounds', () => {
    expect(validateRepairCenterSettings({ assessmentPassMark: 0, rectificationDays: 1, agreementExpiryWarningDays: 365 })).toEqual({});
    expect(validateRepairCenterSettings({ assessmentPassMark: 100, rectificationDays: 365, agreementExpiryWarningDays: 1 })).toEqual({});
  });

  it.each([-1, 101, 59.5, Number.NaN])('rejects a pass mark of %d', (assessmentPassMark) => {
    expect(english(validateRepairCenterSettings({ ...settings, assessmentPassMark }))).toEqual({
      assessmentPassMark: expect.stringMatching(/0 to 100/),
    });
  });

  it.each([0, 366, 7.5, -30])('rejects %d days on both day settings', (days) => {
    expect(english(validateRepairCenterSettings({ ...settings, rectificationDays: days, agreementExpiryWarningDays: days }))).toEqual({
      rectificationDays: expect.stringMatching(/1 to 365/),
      agreementExpiryWarningDays: expect.stringMatching(/1 to 365/),
    });
  });

  it('reports missing values instead of throwing', () => {
    expect(Object.keys(validateRepairCenterSettings({} as typeof settings)).sort()).toEqual([
      'agreementExpiryWarningDays',
      'assessmentPassMark',
      'rectificationDays',
    ]);
  });
});
