import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLifecycleProperties } from '../test-support/lifecycle-properties.js';
import { errorOf } from '../test-support/error-of.js';
import {
  assertCanCloseWriteOff,
  assertWriteOffOpen,
  assertWriteOffTransition,
  computeWriteOff,
  isQuarter,
  oldPartsToWriteOff,
  type PartUsage,
  quarterOf,
  quarterRange,
  WRITE_OFF_LIFECYCLE,
  type WriteOffInput,
  type WriteOffStatus,
} from './index.js';

describe('quarters', () => {
  it.each(['2026-Q4', '2024-Q1', '0001-Q1', '9999-Q4'])('accepts %s', (quarter) => {
    expect(isQuarter(quarter)).toBe(true);
  });

  it.each(['2026-Q0', '2026-Q5', '2026-q4', '2026Q4', '0000-Q1', '26-Q1', ' 2026-Q4', ''])('rejects %j', (quarter) => {
    expect(isQuarter(quarter)).toBe(false);
  });

  it.each([
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-Q3', '2026-07-01', '2026-09-30'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
  ])('%s runs from %s to %s', (quarter, first, last) => {
    expect(quarterRange(quarter)).toEqual({ first, last });
  });

  it('finds the quarter of a date', () => {
    expect(quarterOf('2026-11-30')).toBe('2026-Q4');
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
  });

  it('rejects bad input with a field error', () => {
    expect(errorOf(() => quarterRange('2026-Q5')).fieldErrors).toEqual({ quarter: expect.any(String) });
    expect(errorOf(() => quarterOf('2026-02-30')).fieldErrors).toEqual({ date: expect.any(String) });
  });
});

describe('write-off status', () => {
  it('closes once and is then final', () => {
    expect(WRITE_OFF_LIFECYCLE.transitions.CLOSED).toEqual([]);
    expect(() => assertWriteOffTransition('OPEN', 'CLOSED')).not.toThrow();
    const error = errorOf(() => assertWriteOffTransition('CLOSED', 'OPEN'));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toEqual({ from: 'CLOSED', to: 'OPEN', allowed: [] });
    expect(errorOf(() => assertWriteOffTransition('DONE' as WriteOffStatus, 'CLOSED')).code).toBe('INVALID_INPUT');
  });

  it('closes only with every difference explained, and offers nothing once closed', () => {
    const clerk = { permissions: ['parts.writeOff'] as const };
    const blocked = { summary: { quarter: '2026-Q4', canClose: false, blockingPartIds: ['p-1'] } };
    expect(WRITE_OFF_LIFECYCLE.allowedCommands('OPEN', clerk, blocked)).toEqual(['recordCounts', 'returnOldParts']);
    expect(errorOf(() => WRITE_OFF_LIFECYCLE.assertCommand('close', 'OPEN', clerk, blocked)).message).toMatch(/explain the differences of p-1/);
    expect(WRITE_OFF_LIFECYCLE.allowedCommands('OPEN', clerk, { summary: { ...blocked.summary, canClose: true, blockingPartIds: [] } })).toContain('close');
    expect(WRITE_OFF_LIFECYCLE.allowedCommands('CLOSED', clerk, { summary: null })).toEqual([]);
  });

  it('keeps its properties on generated command sequences', () => {
    checkLifecycleProperties(WRITE_OFF_LIFECYCLE, {
      initial: ['OPEN'],
      step: fc.record({
        actor: fc.constantFrom(null, { permissions: ['parts.writeOff'] as const }, { permissions: ['parts.read'] as const }),
        context: fc.record({
          summary: fc.option(fc.record({ quarter: fc.constant('2026-Q4'), canClose: fc.boolean(), blockingPartIds: fc.array(fc.uuid(), { maxLength: 2 }) })),
        }),
      }),
    });
  });

  it('makes a closed write-off immutable', () => {
    expect(() => assertWriteOffOpen({ status: 'OPEN' })).not.toThrow();
    const error = errorOf(() => assertWriteOffOpen({ status: 'CLOSED' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/closed .* cannot be changed/);
  });
});

describe('computeWriteOff (004 §6.3)', () => {
  const usage = (partId: string, quantity: number, usedOn = '2026-11-05'): PartUsage => ({
    workOrderId: `wo-${partId}-${usedOn}`,
    serialNumber: 'M2025-000101',
    partId,
    quantity,
    location: 'CENTER:FZ-01',
    usedOn,
    oldPartHeldAt: 'CENTER:FZ-01',
  });
  const balanced: WriteOffInput = {
    centerId: 'FZ-01',
    quarter: '2026-Q4',
    // 20 bearings came in, 2 + 3 were used, 15 remain; the 5 old bearings came back.
    parts: [{ partId: 'BRG-6308', received: 20, onHandAtStart: 0, onHandAtEnd: 15, oldPartsReturned: 5 }],
    usages: [usage('BRG-6308', 2, '2026-10-01'), usage('BRG-6308', 3, '2026-12-31')],
  };

  it('closes when received, used, on hand and old parts agree', () => {
    const summary = computeWriteOff(balanced);
    expect(summary).toMatchObject({
      centerId: 'FZ-01',
      quarter: '2026-Q4',
      first: '2026-10-01',
      last: '2026-12-31',
      canClose: true,
      blockingPartIds: [],
    });
    expect(summary.lines).toEqual([
      {
        partId: 'BRG-6308',
        received: 20,
        used: 5,
        scrapped: 0,
        transferredOut: 0,
        onHandChange: 15,
        oldPartsReturned: 5,
        stockDifference: 0,
        oldPartDifference: 0,
        explanation: null,
        blocking: false,
      },
    ]);
    expect(() => assertCanCloseWriteOff({ status: 'OPEN' }, summary)).not.toThrow();
  });

  it('flags missing parts and missing old parts', () => {
    const parts = [{ partId: 'BRG-6308', received: 20, onHandAtStart: 2, onHandAtEnd: 14, oldPartsReturned: 4 }];
    const summary = computeWriteOff({ ...balanced, parts });
    // 20 − 5 − (14 − 2) = 3 bearings unaccounted for; 5 used, 4 old ones back: 1 missing.
    expect(summary.lines[0]).toMatchObject({ stockDifference: 3, oldPartDifference: 1, blocking: true });
    expect(summary.canClose).toBe(false);
    const error = errorOf(() => assertCanCloseWriteOff({ status: 'OPEN' }, summary));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/explain the differences of BRG-6308/);
    expect(error.details).toEqual({ blockingPartIds: ['BRG-6308'] });
  });

  it('flags the other direction too: more on hand or more old parts than the records explain', () => {
    const parts = [{ partId: 'BRG-6308', received: 20, onHandAtStart: 0, onHandAtEnd: 16, oldPartsReturned: 6 }];
    expect(computeWriteOff({ ...balanced, parts }).lines[0]).toMatchObject({ stockDifference: -1, oldPartDifference: -1, blocking: true });
  });

  it('counts scraps and transfers out as accounted for', () => {
    const parts = [
      { partId: 'BRG-6308', received: 20, onHandAtStart: 0, onHandAtEnd: 12, scrapped: 1, transferredOut: 2, oldPartsReturned: 5 },
    ];
    expect(computeWriteOff({ ...balanced, parts }).lines[0]).toMatchObject({ stockDifference: 0, blocking: false });
  });

  it('lets an explained difference close', () => {
    const parts = [
      { partId: 'BRG-6308', received: 20, onHandAtStart: 0, onHandAtEnd: 15, oldPartsReturned: 4, explanation: ' 客户留存旧轴承一只 ' },
    ];
    const summary = computeWriteOff({ ...balanced, parts });
    expect(summary.lines[0]).toMatchObject({ oldPartDifference: 1, explanation: '客户留存旧轴承一只', blocking: false });
    expect(summary.canClose).toBe(true);
  });

  it('reconciles a part used but not counted', () => {
    const summary = computeWriteOff({ ...balanced, usages: [...balanced.usages, usage('SEAL-QJ', 1)] });
    expect(summary.lines[1]).toMatchObject({
      partId: 'SEAL-QJ',
      received: 0,
      used: 1,
      stockDifference: -1,
      oldPartDifference: 1,
      blocking: true,
    });
    expect(summary.blockingPartIds).toEqual(['SEAL-QJ']);
  });

  it('takes only usages of this center in this quarter', () => {
    const usages = [usage('BRG-6308', 5, '2026-09-30'), { ...usage('BRG-6308', 1), location: 'CENTER:XM-01' as const }];
    expect(errorOf(() => computeWriteOff({ ...balanced, usages })).fieldErrors).toEqual({
      'usages.0.usedOn': expect.stringMatching(/dated 2026-09-30, outside 2026-Q4/),
      'usages.1.location': expect.stringMatching(/not CENTER:FZ-01's/),
    });
    const incomplete = [{ ...usage('BRG-6308', 1), workOrderId: '' }];
    expect(errorOf(() => computeWriteOff({ ...balanced, usages: incomplete })).fieldErrors).toEqual({
      'usages.0.workOrderId': expect.any(String),
    });
  });

  it('checks the counts', () => {
    const parts = [
      { partId: 'BRG-6308', received: -1, onHandAtStart: 0, onHandAtEnd: 1.5, oldPartsReturned: 0, scrapped: -2 },
      { partId: 'BRG-6308', received: 0, onHandAtStart: 0, onHandAtEnd: 0, oldPartsReturned: 0 },
    ];
    expect(errorOf(() => computeWriteOff({ ...balanced, parts })).fieldErrors).toEqual({
      'parts.0.received': expect.any(String),
      'parts.0.onHandAtEnd': expect.any(String),
      'parts.0.scrapped': expect.any(String),
      'parts.1.partId': expect.stringMatching(/row 1/),
    });
    expect(errorOf(() => computeWriteOff({ ...balanced, quarter: '2026-Q5' })).fieldErrors).toEqual({ quarter: expect.any(String) });
    expect(errorOf(() => computeWriteOff({ ...balanced, centerId: '' })).fieldErrors).toEqual({ centerId: expect.any(String) });
  });

  it('does not close twice', () => {
    expect(errorOf(() => assertCanCloseWriteOff({ status: 'CLOSED' }, computeWriteOff(balanced))).code).toBe('INVALID_TRANSITION');
  });
});

describe('oldPartsToWriteOff', () => {
  const line = (oldPartDifference: number, explanation: string | null = '客户保留旧件') => ({ oldPartDifference, explanation });

  it('settles an explained positive old-part difference on closing', () => {
    expect(oldPartsToWriteOff(line(2), 5)).toBe(2);
  });

  it('settles no more than the center still holds', () => {
    expect(oldPartsToWriteOff(line(3), 1)).toBe(1);
    expect(oldPartsToWriteOff(line(3), 0)).toBe(0);
  });

  it('never settles old parts returned with no usage record, nor an unexplained or zero difference', () => {
    expect(oldPartsToWriteOff(line(-2), 5)).toBe(0);
    expect(oldPartsToWriteOff(line(0), 5)).toBe(0);
    expect(oldPartsToWriteOff(line(2, null), 5)).toBe(0);
    expect(oldPartsToWriteOff(line(2, '  '), 5)).toBe(0);
  });

  it('reads the held count as whole pieces', () => {
    expect(errorOf(() => oldPartsToWriteOff(line(1), -1)).fieldErrors).toEqual({ oldPartsHeld: expect.any(String) });
  });

  it('follows computeWriteOff: an explained missing old part is settled, a returned surplus is not', () => {
    const usage: PartUsage = {
      workOrderId: 'wo-1',
      serialNumber: 'M2025-000101',
      partId: 'BRG-6308',
      quantity: 1,
      location: 'CENTER:FZ-01',
      usedOn: '2026-11-05',
      oldPartHeldAt: 'CENTER:FZ-01',
    };
    const summary = computeWriteOff({
      centerId: 'FZ-01',
      quarter: '2026-Q4',
      parts: [
        { partId: 'BRG-6308', received: 1, onHandAtStart: 0, onHandAtEnd: 0, oldPartsReturned: 0, explanation: '客户保留旧件' },
        { partId: 'SEAL-QJ', received: 0, onHandAtStart: 0, onHandAtEnd: 0, oldPartsReturned: 2, explanation: '上季度旧件本季返还' },
      ],
      usages: [usage],
    });
    expect(summary.lines.map((each) => [each.partId, oldPartsToWriteOff(each, 4)])).toEqual([
      ['BRG-6308', 1],
      ['SEAL-QJ', 0],
    ]);
  });
});
