import { describe, expect, it } from 'vitest';
import {
  ABC_CLASSES,
  AREA_TYPES,
  CALENDAR_DAY_KINDS,
  DEFAULT_WARRANTY_MONTHS,
  normalizeComponentName,
  REGION_ZONES,
  REPAIR_CENTER_STATUSES,
  validateProductCategoryRules,
  validateProductUnitDates,
} from './reference.js';
import { english } from './test-support/english.js';

describe('reference enums', () => {
  it('match DOMAIN §1 and §4', () => {
    expect(REGION_ZONES).toEqual(['LOCAL', 'REMOTE', 'SPECIAL']);
    expect(AREA_TYPES).toEqual(['URBAN', 'SUBURBAN']);
    expect(ABC_CLASSES).toEqual(['A', 'B', 'C']);
    expect(CALENDAR_DAY_KINDS).toEqual(['HOLIDAY', 'WORKDAY']);
    expect(REPAIR_CENTER_STATUSES).toEqual(['ACTIVE', 'RECTIFYING', 'SUSPENDED', 'REVOKED', 'EXPIRED']);
  });

  it('default the warranty periods of 004 §4.6', () => {
    expect(DEFAULT_WARRANTY_MONTHS).toEqual({ MOTOR: 12, GENERATOR: 12, PUMP: 6, FURNITURE: 24 });
  });
});

describe('normalizeComponentName', () => {
  it('ignores case and surrounding spaces', () => {
    expect(normalizeComponentName('  Stator Winding ')).toBe('stator winding');
    expect(normalizeComponentName('定子')).toBe('定子');
  });
});

describe('validateProductCategoryRules', () => {
  it('accepts a category with and without component periods', () => {
    expect(validateProductCategoryRules({ warrantyMonths: 12, componentWarranties: [] })).toEqual({});
    expect(
      validateProductCategoryRules({
        warrantyMonths: 12,
        componentWarranties: [
          { component: 'Bearing', months: 6 },
          { component: '定子绕组', months: 24 },
        ],
      }),
    ).toEqual({});
  });

  it.each([0, -1, 121, 6.5, Number.NaN])('rejects %d category months', (months) => {
    expect(english(validateProductCategoryRules({ warrantyMonths: months, componentWarranties: [] }))).toEqual({
      warrantyMonths: expect.stringMatching(/from 1 to 120/),
    });
  });

  it.each([1, 120])('accepts the bound %d', (months) => {
    expect(
      validateProductCategoryRules({ warrantyMonths: months, componentWarranties: [{ component: 'Pump', months }] }),
    ).toEqual({});
  });

  it('requires component names and valid component months', () => {
    expect(
      english(validateProductCategoryRules({
        warrantyMonths: 12,
        componentWarranties: [
          { component: '   ', months: 6 },
          { component: 'Bearing', months: 0 },
          { component: 'Seal', months: 3.5 },
        ],
      })),
    ).toEqual({
      'componentWarranties.0.component': expect.any(String),
      'componentWarranties.1.months': expect.any(String),
      'componentWarranties.2.months': expect.any(String),
    });
  });

  it('rejects components listed twice, ignoring case and spaces', () => {
    const errors = validateProductCategoryRules({
      warrantyMonths: 12,
      componentWarranties: [
        { component: 'Bearing', months: 6 },
        { component: 'Seal', months: 6 },
        { component: ' bearing ', months: 24 },
      ],
    });
    expect(english(errors)).toEqual({ 'componentWarranties.2.component': expect.stringMatching(/already listed in row 1/) });
  });
});

describe('validateProductUnitDates', () => {
  it('accepts missing dates', () => {
    expect(validateProductUnitDates({})).toEqual({});
    expect(validateProductUnitDates({ factoryDate: null, purchaseDate: null })).toEqual({});
    expect(validateProductUnitDates({ purchaseDate: '2025-01-01' })).toEqual({});
  });

  it('accepts a purchase on or after the factory date', () => {
    expect(validateProductUnitDates({ factoryDate: '2025-01-01', purchaseDate: '2025-01-01' })).toEqual({});
    expect(validateProductUnitDates({ factoryDate: '2024-12-31', purchaseDate: '2025-03-01' })).toEqual({});
  });

  it('rejects a purchase before the factory date', () => {
    expect(english(validateProductUnitDates({ factoryDate: '2025-01-02', purchaseDate: '2025-01-01' }))).toEqual({
      purchaseDate: expect.stringMatching(/before it left the factory \(2025-01-02\)/),
    });
  });

  it('rejects invalid dates, including empty strings', () => {
    expect(english(validateProductUnitDates({ factoryDate: '2025-02-29', purchaseDate: '' }))).toEqual({
      factoryDate: expect.any(String),
      purchaseDate: expect.any(String),
    });
    expect(english(validateProductUnitDates({ factoryDate: '2025-01-05', purchaseDate: '01/01/2025' }))).toEqual({
      purchaseDate: expect.stringMatching(/YYYY-MM-DD/),
    });
  });
});
