import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import {
  assertTechnicianScoreSettings,
  assertWorkOrderSettings,
  DEFAULT_TECHNICIAN_SCORE_SETTINGS,
  DEFAULT_WORK_ORDER_SETTINGS,
  type TechnicianScoreSettings,
  validateTechnicianScoreSettings,
  validateWorkOrderSettings,
  type WorkOrderSettings,
} from '../index.js';
import { english } from '../test-support/english.js';

describe('DEFAULT_WORK_ORDER_SETTINGS', () => {
  it('holds the numbers of the seeds and is valid', () => {
    expect(DEFAULT_WORK_ORDER_SETTINGS).toEqual({ arrivalHours: { URBAN: 6, SUBURBAN: 7 }, repeatRepairDays: 30, hourlyRate: 8_000 });
    expect(validateWorkOrderSettings(DEFAULT_WORK_ORDER_SETTINGS)).toEqual({});
  });
});

describe('validateWorkOrderSettings', () => {
  const settings = DEFAULT_WORK_ORDER_SETTINGS;

  it('accepts the bounds', () => {
    expect(validateWorkOrderSettings({ arrivalHours: { URBAN: 1, SUBURBAN: 240 }, repeatRepairDays: 1, hourlyRate: 0 })).toEqual({});
    expect(validateWorkOrderSettings({ ...settings, repeatRepairDays: 365, hourlyRate: 1_000_000 })).toEqual({});
  });

  it('reports each bad value on its own key', () => {
    expect(english(validateWorkOrderSettings({ arrivalHours: { URBAN: 0, SUBURBAN: 6.5 }, repeatRepairDays: 366, hourlyRate: 80.5 }))).toEqual({
      'arrivalHours.URBAN': expect.stringMatching(/1 to 240/),
      'arrivalHours.SUBURBAN': expect.stringMatching(/1 to 240/),
      repeatRepairDays: expect.stringMatching(/1 to 365/),
      hourlyRate: expect.stringMatching(/whole fen/),
    });
  });

  it('reports missing values instead of throwing, and assert throws them', () => {
    expect(Object.keys(validateWorkOrderSettings({} as WorkOrderSettings)).sort()).toEqual([
      'arrivalHours.SUBURBAN',
      'arrivalHours.URBAN',
      'hourlyRate',
      'repeatRepairDays',
    ]);
    expect(Object.keys(validateWorkOrderSettings(null as unknown as WorkOrderSettings))).toHaveLength(4);
    const error = errorOf(() => assertWorkOrderSettings({ ...settings, repeatRepairDays: 0 }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fieldErrors).toEqual({ repeatRepairDays: expect.any(String) });
  });
});
