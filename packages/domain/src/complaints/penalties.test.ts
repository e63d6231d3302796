import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import { ledgerTotals, type PenaltyInput, penaltiesFor } from './penalties.js';
import { allocateLoss, proposeResponsibility } from './responsibility.js';
import { DEFAULT_COMPLAINT_SETTINGS } from './settings.js';


const settings = DEFAULT_COMPLAINT_SETTINGS;
const receivedAt = new Date('2026-03-02T02:00:00Z');
const onTime: PenaltyInput = {
  receivedAt,
  forwardedAt: new Date('2026-03-03T02:00:00Z'),
  repliedAt: new Date('2026-03-05T08:00:00Z'),
  replyDue: new Date('2026-03-05T16:00:00Z'),
  forwardingUnit: 'SALES',
  handlingUnit: 'TECH_CENTER',
};

describe('penaltiesFor', () => {
  it('fines nobody when both steps are in time, exactly on the due time included', () => {
    expect(penaltiesFor(onTime, settings)).toEqual([]);
    const onTheDot = { ...onTime, forwardedAt: new Date('2026-03-05T02:00:00Z'), repliedAt: onTime.replyDue };
    expect(penaltiesFor(onTheDot, settings)).toEqual([]);
  });

  it('fines sales ¥200 for forwarding after 72 hours (001 §4.1)', () => {
    expect(penaltiesFor({ ...onTime, forwardedAt: new Date('2026-03-05T02:00:01Z') }, settings)).toEqual([
      { unit: 'SALES', reason: 'LATE_FORWARD', amount: 20_000 },
    ]);
  });

  it('fines the technical center ¥200 for replying after its deadline (001 §4.2)', () => {
    expect(penaltiesFor({ ...onTime, repliedAt: new Date('2026-03-05T16:00:01Z') }, settings)).toEqual([
      { unit: 'TECH_CENTER', reason: 'LATE_HANDLING', amount: 20_000 },
    ]);
  });

  it('fines once per late step, however late, and both when both are late', () => {
    const bothLate = { ...onTime, forwardedAt: new Date('2026-03-20T00:00:00Z'), repliedAt: new Date('2026-04-30T00:00:00Z') };
    expect(penaltiesFor(bothLate, settings)).toEqual([
      { unit: 'SALES', reason: 'LATE_FORWARD', amount: 20_000 },
      { unit: 'TECH_CENTER', reason: 'LATE_HANDLING', amount: 20_000 },
    ]);
  });

  it('judges nothing that has not happened yet, and no forward without a forwarding unit', () => {
    expect(penaltiesFor({ ...onTime, forwardedAt: null, repliedAt: null }, settings)).toEqual([]);
    expect(penaltiesFor({ ...onTime, forwardingUnit: null, forwardedAt: new Date('2026-03-20T00:00:00Z') }, settings)).toEqual([]);
  });

  it('uses the configured amounts and hours, and skips a fine set to 0', () => {
    const tuned = { ...settings, forwardingHours: 24, lateForwardPenalty: 50_000, lateHandlingPenalty: 0 };
    const late = { ...onTime, forwardedAt: new Date('2026-03-03T02:00:01Z'), repliedAt: new Date('2026-04-01T00:00:00Z') };
    expect(penaltiesFor(late, tuned)).toEqual([{ unit: 'SALES', reason: 'LATE_FORWARD', amount: 50_000 }]);
  });

  it('rejects times before receipt, invalid times and unknown units', () => {
    const error = errorOf(() =>
      penaltiesFor(
        { ...onTime, forwardedAt: new Date('2026-03-01T00:00:00Z'), replyDue: new Date('x'), handlingUnit: 'NOBODY' as 'SALES' },
        settings,
      ),
    );
    expect(error.fieldErrors).toEqual({
      forwardedAt: expect.stringMatching(/before the complaint was received/),
      replyDue: expect.any(String),
      handlingUnit: expect.any(String),
    });
  });
});

describe('ledgerTotals', () => {
  it('sums loss shares, handling costs and fines per unit, in unit order', () => {
    const lossShares = [
      ...allocateLoss(1_000_000, proposeResponsibility('INTRINSIC_DEFECT')),
      ...allocateLoss(333_333, proposeResponsibility('HARD_TO_DETECT_DEFECT')),
    ];
    const handlingCosts = allocateLoss(80_000, proposeResponsibility('INTRINSIC_DEFECT'));
    const penalties = [
      { unit: 'SALES' as const, reason: 'LATE_FORWARD' as const, amount: 20_000 },
      { unit: 'TECH_CENTER' as const, reason: 'LATE_HANDLING' as const, amount: 20_000 },
      { unit: 'TECH_CENTER' as const, reason: 'LATE_HANDLING' as const, amount: 20_000 },
    ];
    expect(ledgerTotals({ lossShares, handlingCosts, penalties })).toEqual([
      { unit: 'PRODUCTION', lossShare: 1_000_000, handlingCost: 56_000, penalties: 0, total: 1_056_000 },
      { unit: 'QUALITY_INSPECTION', lossShare: 333_333, handlingCost: 24_000, penalties: 0, total: 357_333 },
      { unit: 'SALES', lossShare: 0, handlingCost: 0, penalties: 20_000, total: 20_000 },
      { unit: 'TECH_CENTER', lossShare: 0, handlingCost: 0, penalties: 40_000, total: 40_000 },
    ]);
  });

  it('lists a unit with only zero entries and leaves out units without any', () => {
    expect(ledgerTotals({ lossShares: [{ unit: 'CUSTOMER', amount: 0 }], handlingCosts: [], penalties: [] })).toEqual([
      { unit: 'CUSTOMER', lossShare: 0, handlingCost: 0, penalties: 0, total: 0 },
    ]);
    expect(ledgerTotals({ lossShares: [], handlingCosts: [], penalties: [] })).toEqual([]);
  });

  it('rejects negative or fractional amounts and unknown units by row', () => {
    const error = errorOf(() =>
      ledgerTotals({
        lossShares: [{ unit: 'PRODUCTION', amount: -1 }],
        handlingCosts: [{ unit: 'BOSS' as 'SALES', amount: 10.5 }],
        penalties: [],
      }),
    );
    expect(error.fieldErrors).toEqual({
      'lossShares.0.amount': expect.any(String),
      'handlingCosts.0.unit': expect.any(String),
      'handlingCosts.0.amount': expect.any(String),
    });
  });
});
