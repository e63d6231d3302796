import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import {
  DEFAULT_WORK_ORDER_SETTINGS,
  firstTimeFixOf,
  isSameFault,
  normalizeFaultCode,
  normalizeSerialNumber,
  type RepairHistoryEntry,
} from './index.js';

function shanghai(dateTime: string): Date {
  return new Date(`${dateTime.replace(' ', 'T')}+08:00`);
}

const zone = 'Asia/Shanghai';
const settings = DEFAULT_WORK_ORDER_SETTINGS;

const repair: RepairHistoryEntry = {
  id: 'WO-1',
  serialNumber: 'SN-2024-0001',
  faultCode: 'E04',
  status: 'COMPLETED',
  calledAt: shanghai('2026-02-28 15:00'),
  completedAt: shanghai('2026-03-01 10:00'),
  outcome: 'FIXED_ON_SITE',
};

function callOn(id: string, calledAt: string, changes: Partial<RepairHistoryEntry> = {}): RepairHistoryEntry {
  return { ...repair, id, status: 'CALLED', calledAt: shanghai(calledAt), completedAt: null, outcome: null, ...changes };
}

describe('normalizing faults and serials', () => {
  it('folds width, case and spaces', () => {
    expect(normalizeFaultCode(' Ｅ０４ ')).toBe('e04');
    expect(normalizeFaultCode('绕组  烧毁')).toBe('绕组 烧毁');
    expect(normalizeSerialNumber(' sn 2024-0001 ')).toBe('SN2024-0001');
    expect(isSameFault(repair, { serialNumber: 'sn-2024-0001', faultCode: 'ｅ04' })).toBe(true);
    expect(isSameFault(repair, { serialNumber: 'SN-2024-0002', faultCode: 'E04' })).toBe(false);
    expect(isSameFault(repair, { serialNumber: 'SN-2024-0001', faultCode: 'E05' })).toBe(false);
  });
});

describe('firstTimeFixOf', () => {
  it('is a first-time fix when the fault does not come back, with the window it was judged on', () => {
    expect(firstTimeFixOf(repair, [], zone, settings)).toEqual({
      firstTimeFix: true,
      reason: null,
      repeatedBy: null,
      windowEndsOn: '2026-03-31',
    });
  });

  it('is not when the same fault on the same unit is called in on the 30th day, and is on the 31st', () => {
    expect(firstTimeFixOf(repair, [callOn('WO-2', '2026-03-31 17:00')], zone, settings)).toEqual({
      firstTimeFix: false,
      reason: 'REPEATED',
      repeatedBy: 'WO-2',
      windowEndsOn: '2026-03-31',
    });
    expect(firstTimeFixOf(repair, [callOn('WO-2', '2026-04-01 09:00')], zone, settings).firstTimeFix).toBe(true);
  });

  it('counts the days in the calendar zone', () => {
    // 23:30 on 31 March in Shanghai is within the window; 00:30 on 1 April is not, though still 31 March in UTC.
    expect(firstTimeFixOf(repair, [callOn('WO-2', '2026-03-31 23:30')], zone, settings).firstTimeFix).toBe(false);
    const afterMidnight = [callOn('WO-2', '2026-04-01 00:30')];
    expect(firstTimeFixOf(repair, afterMidnight, zone, settings).firstTimeFix).toBe(true);
    expect(firstTimeFixOf(repair, afterMidnight, 'UTC', settings).firstTimeFix).toBe(false);
  });

  it('counts the later order from its call, whatever became of it, unless it was cancelled', () => {
    const completed = callOn('WO-2', '2026-03-10 09:00', {
      status: 'COMPLETED',
      completedAt: shanghai('2026-03-10 15:00'),
      outcome: 'TAKEN_BACK',
    });
    expect(firstTimeFixOf(repair, [completed], zone, settings).repeatedBy).toBe('WO-2');
    expect(firstTimeFixOf(repair, [callOn('WO-2', '2026-03-10 09:00', { status: 'DISPATCHED' })], zone, settings).firstTimeFix).toBe(false);
    expect(firstTimeFixOf(repair, [callOn('WO-2', '2026-03-10 09:00', { status: 'CANCELLED' })], zone, settings).firstTimeFix).toBe(true);
  });

  it('ignores another fault, another unit, a parallel order and the order itself', () => {
    const others = [
      callOn('WO-2', '2026-03-10 09:00', { faultCode: 'E05' }),
      callOn('WO-3', '2026-03-10 09:00', { serialNumber: 'SN-2024-0002' }),
      callOn('WO-4', '2026-03-01 09:30'),
      { ...repair },
    ];
    expect(firstTimeFixOf(repair, others, zone, settings).firstTimeFix).toBe(true);
  });

  it('names the earliest repeat', () => {
    const later = [callOn('WO-3', '2026-03-20 09:00'), callOn('WO-2', '2026-03-05 09:00', { faultCode: ' e04' })];
    expect(firstTimeFixOf(repair, later, zone, settings).repeatedBy).toBe('WO-2');
  });

  it('is never a first-time fix when the visit ended NOT_FIXED', () => {
    expect(firstTimeFixOf({ ...repair, outcome: 'NOT_FIXED' }, [], zone, settings)).toEqual({
      firstTimeFix: false,
      reason: 'NOT_FIXED',
      repeatedBy: null,
      windowEndsOn: '2026-03-31',
    });
  });

  it('uses the configured window', () => {
    const week = { ...settings, repeatRepairDays: 7 };
    expect(firstTimeFixOf(repair, [callOn('WO-2', '2026-03-08 09:00')], zone, week).firstTimeFix).toBe(false);
    expect(firstTimeFixOf(repair, [callOn('WO-2', '2026-03-09 09:00')], zone, week)).toMatchObject({
      firstTimeFix: true,
      windowEndsOn: '2026-03-08',
    });
  });

  it('judges only a completed order with its outcome', () => {
    for (const order of [callOn('WO-9', '2026-03-01 09:00', { status: 'ARRIVED' }), { ...repair, outcome: null }]) {
      const error = errorOf(() => firstTimeFixOf(order, [], zone, settings));
      expect(error.code).toBe('CONFLICT');
    }
  });

  it('names every unusable record and bad settings', () => {
    const broken = callOn('WO-2', '2026-03-05 09:00', { serialNumber: '', calledAt: new Date('x') });
    const error = errorOf(() => firstTimeFixOf({ ...repair, faultCode: ' ' }, [broken], zone, settings));
    expect(error.fieldErrors).toEqual({
      'order.faultCode': expect.stringMatching(/fault code/),
      'laterOrders.0.serialNumber': expect.any(String),
      'laterOrders.0.calledAt': expect.any(String),
    });
    expect(errorOf(() => firstTimeFixOf(repair, [], zone, { ...settings, repeatRepairDays: 0 })).fieldErrors).toEqual({
      repeatRepairDays: expect.any(String),
    });
  });
});
