import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import {
  defaultResponsibilityScenario,
  RESPONSIBLE_UNIT_LABELS,
  RESPONSIBLE_UNITS,
  allocateLoss,
  DEFAULT_RESPONSIBILITY_RULES,
  proposeResponsibility,
  RESPONSIBILITY_SCENARIOS,
  type ResponsibilityRules,
  type ResponsibilityScenario,
  type ResponsibilityShare,
  validateResponsibility,
  validateResponsibilityRules,
} from './responsibility.js';
import { english } from '../test-support/english.js';


describe('proposeResponsibility', () => {
  it('proposes the splits of 001 §3 and §4.1', () => {
    expect(proposeResponsibility('INTRINSIC_DEFECT')).toEqual([
      { unit: 'PRODUCTION', sharePercent: 70 },
      { unit: 'QUALITY_INSPECTION', sharePercent: 30 },
    ]);
    expect(proposeResponsibility('HARD_TO_DETECT_DEFECT')).toEqual([
      { unit: 'PRODUCTION', sharePercent: 90 },
      { unit: 'QUALITY_INSPECTION', sharePercent: 10 },
    ]);
    expect(proposeResponsibility('TRANSIT_DAMAGE_AFTER_SIGN_OFF')).toEqual([{ unit: 'CARRIER', sharePercent: 100 }]);
    expect(proposeResponsibility('PACKAGING_DAMAGE_BEFORE_WAREHOUSE_SIGN_OFF')).toEqual([{ unit: 'PRODUCTION', sharePercent: 100 }]);
    expect(proposeResponsibility('PACKAGING_DAMAGE_BEFORE_LOADING')).toEqual([{ unit: 'MATERIALS', sharePercent: 100 }]);
    expect(proposeResponsibility('CUSTOMER_MISUSE')).toEqual([{ unit: 'CUSTOMER', sharePercent: 100 }]);
    expect(proposeResponsibility('EVIDENCE_WINDOW_MISSED_BY_SALES')).toEqual([
      { unit: 'SALES', sharePercent: 50 },
      { unit: 'COMPANY', sharePercent: 50 },
    ]);
  });

  it('hands out a copy the person may adjust', () => {
    const proposal = proposeResponsibility('INTRINSIC_DEFECT');
    const first = proposal[0];
    if (first) first.sharePercent = 60;
    expect(DEFAULT_RESPONSIBILITY_RULES.INTRINSIC_DEFECT[0]?.sharePercent).toBe(70);
  });

  it('uses configured rules and refuses broken ones', () => {
    const rules: ResponsibilityRules = {
      ...DEFAULT_RESPONSIBILITY_RULES,
      INTRINSIC_DEFECT: [
        { unit: 'PRODUCTION', sharePercent: 80 },
        { unit: 'QUALITY_INSPECTION', sharePercent: 20 },
      ],
    };
    expect(proposeResponsibility('INTRINSIC_DEFECT', rules)[0]).toEqual({ unit: 'PRODUCTION', sharePercent: 80 });
    const broken = { ...rules, CUSTOMER_MISUSE: [{ unit: 'CUSTOMER' as const, sharePercent: 90 }] };
    expect(errorOf(() => proposeResponsibility('CUSTOMER_MISUSE', broken)).fieldErrors).toEqual({
      CUSTOMER_MISUSE: expect.stringMatching(/90 %/),
    });
    expect(errorOf(() => proposeResponsibility('ACT_OF_GOD' as ResponsibilityScenario)).fieldErrors).toHaveProperty('scenario');
  });
});

describe('validateResponsibility', () => {
  it('accepts splits adding up to exactly 100, two decimals included', () => {
    expect(validateResponsibility([{ unit: 'CARRIER', sharePercent: 100 }])).toEqual({});
    expect(
      validateResponsibility([
        { unit: 'PRODUCTION', sharePercent: 33.33 },
        { unit: 'QUALITY_INSPECTION', sharePercent: 33.33 },
        { unit: 'MATERIALS', sharePercent: 33.34 },
      ]),
    ).toEqual({});
    expect(
      validateResponsibility([
        { unit: 'SALES', sharePercent: 0.01 },
        { unit: 'COMPANY', sharePercent: 99.99 },
      ]),
    ).toEqual({});
  });

  it('reports a sum other than 100 on the list', () => {
    expect(
      english(validateResponsibility([
        { unit: 'PRODUCTION', sharePercent: 70 },
        { unit: 'QUALITY_INSPECTION', sharePercent: 29.99 },
      ])),
    ).toEqual({ responsibility: expect.stringMatching(/99\.99 %/) });
    expect(
      english(validateResponsibility([
        { unit: 'PRODUCTION', sharePercent: 70 },
        { unit: 'QUALITY_INSPECTION', sharePercent: 30.01 },
      ])),
    ).toEqual({ responsibility: expect.stringMatching(/100\.01 %/) });
  });

  it.each([0, -10, 100.01, 33.333, Number.NaN, Number.POSITIVE_INFINITY])('rejects a share of %d', (sharePercent) => {
    expect(english(validateResponsibility([{ unit: 'CARRIER', sharePercent }]))).toEqual({ 'responsibility.0.sharePercent': expect.any(String) });
  });

  it('reports unknown and repeated units by row', () => {
    expect(
      english(validateResponsibility(
        [
          { unit: 'PRODUCTION', sharePercent: 50 },
          { unit: 'PRODUCTION', sharePercent: 20 },
          { unit: 'JANITOR' as 'SALES', sharePercent: 30 },
        ],
        'split',
      )),
    ).toEqual({
      'split.1.unit': expect.stringMatching(/already listed in row 1/),
      'split.2.unit': expect.any(String),
    });
  });

  it('asks for at least one unit', () => {
    expect(english(validateResponsibility([]))).toEqual({ responsibility: expect.any(String) });
    expect(english(validateResponsibility(null as unknown as ResponsibilityShare[]))).toEqual({ responsibility: expect.any(String) });
  });
});

describe('validateResponsibilityRules', () => {
  it('accepts the defaults and reports a broken rule under its scenario', () => {
    expect(validateResponsibilityRules(DEFAULT_RESPONSIBILITY_RULES)).toEqual({});
    const broken = { ...DEFAULT_RESPONSIBILITY_RULES, HARD_TO_DETECT_DEFECT: [{ unit: 'PRODUCTION' as const, sharePercent: 0 }] };
    expect(english(validateResponsibilityRules(broken))).toEqual({ 'HARD_TO_DETECT_DEFECT.0.sharePercent': expect.any(String) });
    expect(Object.keys(validateResponsibilityRules({} as ResponsibilityRules))).toEqual([...RESPONSIBILITY_SCENARIOS]);
  });
});

describe('allocateLoss', () => {
  it('splits the loss 70 / 30 exactly', () => {
    expect(allocateLoss(1_000_000, proposeResponsibility('INTRINSIC_DEFECT'))).toEqual([
      { unit: 'PRODUCTION', amount: 700_000 },
      { unit: 'QUALITY_INSPECTION', amount: 300_000 },
    ]);
  });

  it('keeps the total when the fen do not divide evenly', () => {
    // 333.33 × 90 % = 299.997 and × 10 % = 33.333: the larger remainder takes the odd fen.
    const parts = allocateLoss(33_333, proposeResponsibility('HARD_TO_DETECT_DEFECT'));
    expect(parts).toEqual([
      { unit: 'PRODUCTION', amount: 30_000 },
      { unit: 'QUALITY_INSPECTION', amount: 3_333 },
    ]);
    const thirds = allocateLoss(100, [
      { unit: 'PRODUCTION', sharePercent: 33.33 },
      { unit: 'QUALITY_INSPECTION', sharePercent: 33.33 },
      { unit: 'MATERIALS', sharePercent: 33.34 },
    ]);
    expect(thirds.map((part) => part.amount)).toEqual([33, 33, 34]);
    expect(allocateLoss(1, proposeResponsibility('EVIDENCE_WINDOW_MISSED_BY_SALES'))).toEqual([
      { unit: 'SALES', amount: 1 },
      { unit: 'COMPANY', amount: 0 },
    ]);
  });

  it('allocates a zero loss as zeros', () => {
    expect(allocateLoss(0, proposeResponsibility('CUSTOMER_MISUSE'))).toEqual([{ unit: 'CUSTOMER', amount: 0 }]);
  });

  it('rejects a negative or fractional loss and an invalid split', () => {
    expect(errorOf(() => allocateLoss(-1, proposeResponsibility('CUSTOMER_MISUSE'))).fieldErrors).toEqual({ loss: expect.any(String) });
    expect(errorOf(() => allocateLoss(10.5, proposeResponsibility('CUSTOMER_MISUSE'))).fieldErrors).toEqual({ loss: expect.any(String) });
    expect(errorOf(() => allocateLoss(100, [{ unit: 'SALES', sharePercent: 50 }])).fieldErrors).toEqual({
      responsibility: expect.any(String),
    });
  });
});

describe('defaultResponsibilityScenario', () => {
  it('proposes the 001 §3 split that matches the appraised cause', () => {
    expect(defaultResponsibilityScenario('MANUFACTURING')).toBe('INTRINSIC_DEFECT');
    expect(defaultResponsibilityScenario('TRANSPORT')).toBe('TRANSIT_DAMAGE_AFTER_SIGN_OFF');
    expect(defaultResponsibilityScenario('CUSTOMER_MISUSE')).toBe('CUSTOMER_MISUSE');
    expect(defaultResponsibilityScenario('OTHER_CUSTOMER')).toBe('CUSTOMER_MISUSE');
  });

  it('proposes nothing for a design fault, which the seeds give no split for', () => {
    expect(defaultResponsibilityScenario('DESIGN')).toBeNull();
  });
});

describe('RESPONSIBLE_UNIT_LABELS', () => {
  it('names every responsible unit in Chinese and English', () => {
    for (const unit of RESPONSIBLE_UNITS) {
      expect(RESPONSIBLE_UNIT_LABELS[unit].zh).toMatch(/\p{Script=Han}/u);
      expect(RESPONSIBLE_UNIT_LABELS[unit].en.length).toBeGreaterThan(0);
    }
  });
});
