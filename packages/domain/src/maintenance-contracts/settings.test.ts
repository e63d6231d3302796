import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import { assertMaintenanceContractSettings, DEFAULT_MAINTENANCE_CONTRACT_SETTINGS, validateMaintenanceContractSettings } from './index.js';
import { english } from '../test-support/english.js';

describe('maintenance-contract settings', () => {
  it('notify 30 days ahead by default (003 §15: a month before expiry), which is valid', () => {
    expect(DEFAULT_MAINTENANCE_CONTRACT_SETTINGS).toEqual({ renewalNoticeDays: 30 });
    expect(validateMaintenanceContractSettings(DEFAULT_MAINTENANCE_CONTRACT_SETTINGS)).toEqual({});
  });

  it('accept 1 to 365 days', () => {
    expect(validateMaintenanceContractSettings({ renewalNoticeDays: 1 })).toEqual({});
    expect(validateMaintenanceContractSettings({ renewalNoticeDays: 365 })).toEqual({});
  });

  it.each([0, 366, 30.5, Number.NaN])('refuse %d days', (renewalNoticeDays) => {
    expect(english(validateMaintenanceContractSettings({ renewalNoticeDays }))).toEqual({ renewalNoticeDays: 'Enter a whole number of days from 1 to 365.' });
    expect(errorOf(() => assertMaintenanceContractSettings({ renewalNoticeDays })).code).toBe('INVALID_INPUT');
  });
});
