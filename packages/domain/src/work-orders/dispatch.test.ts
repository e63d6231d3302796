import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import {
  assertCanDispatchTechnician,
  type DispatchableTechnician,
  dispatchOrder,
  isCarriedOverCall,
  type TechnicianCenter,
  technicianDispatchBlocks,
} from './index.js';
import { english } from '../test-support/english.js';

function shanghai(dateTime: string): Date {
  return new Date(`${dateTime.replace(' ', 'T')}+08:00`);
}

const zone = 'Asia/Shanghai';
/** Tuesday 3 March 2026. */
const today = '2026-03-03';

describe('isCarriedOverCall', () => {
  it('is true for a call registered on an earlier day in the calendar zone', () => {
    expect(isCarriedOverCall({ calledAt: shanghai('2026-03-02 17:50') }, today, zone)).toBe(true);
    expect(isCarriedOverCall({ calledAt: shanghai('2026-02-27 10:00') }, today, zone)).toBe(true);
    expect(isCarriedOverCall({ calledAt: shanghai('2026-03-03 08:00') }, today, zone)).toBe(false);
  });

  it('takes the date in the calendar zone, not UTC or the server zone', () => {
    // 00:30 on 3 March in Shanghai is still 2 March in UTC.
    const afterMidnight = { calledAt: shanghai('2026-03-03 00:30') };
    expect(isCarriedOverCall(afterMidnight, today, zone)).toBe(false);
    expect(isCarriedOverCall(afterMidnight, today, 'UTC')).toBe(true);
  });
});

describe('dispatchOrder', () => {
  const calls = [
    { id: 'today-0830', calledAt: shanghai('2026-03-03 08:30') },
    { id: 'monday-1750', calledAt: shanghai('2026-03-02 17:50') },
    { id: 'today-0800', calledAt: shanghai('2026-03-03 08:00') },
    { id: 'monday-2330', calledAt: shanghai('2026-03-02 23:30') },
    { id: 'today-0030', calledAt: shanghai('2026-03-03 00:30') },
  ];

  it('puts calls left from an earlier day first (003 §13), then the rest, each by call time', () => {
    expect(dispatchOrder(calls, today, zone).map((call) => call.id)).toEqual([
      'monday-1750',
      'monday-2330',
      'today-0030',
      'today-0800',
      'today-0830',
    ]);
  });

  it('keeps the caller order for calls at the same moment and returns the same objects in a new array', () => {
    const same = shanghai('2026-03-03 09:00');
    const first = { id: 'first', calledAt: same };
    const second = { id: 'second', calledAt: new Date(same) };
    const input = [first, second];
    const ordered = dispatchOrder(input, today, zone);
    expect(ordered).toEqual([first, second]);
    expect(ordered[0]).toBe(first);
    expect(ordered).not.toBe(input);
    expect(dispatchOrder([], today, zone)).toEqual([]);
  });

  it('does not reorder the input', () => {
    const input = [...calls];
    dispatchOrder(input, today, zone);
    expect(input).toEqual(calls);
  });

  it('names every call without a valid call time, and a bad today', () => {
    const bad = [calls[0], { id: 'x', calledAt: new Date('garbage') }, { id: 'y' }] as { id: string; calledAt: Date }[];
    expect(errorOf(() => dispatchOrder(bad, today, zone)).fieldErrors).toEqual({
      'calls.1.calledAt': expect.any(String),
      'calls.2.calledAt': expect.any(String),
    });
    expect(errorOf(() => dispatchOrder(calls, '2026-02-30', zone)).fieldErrors).toHaveProperty('today');
  });
});

describe('assertCanDispatchTechnician', () => {
  const technician: DispatchableTechnician = { active: true, certificateNumber: 'JS-2024-0018', certificateExpiresOn: '2026-12-31' };
  const center: TechnicianCenter = { recordedStatus: 'ACTIVE', agreementValidTo: '2026-12-31' };

  it('passes a certified technician of an ACTIVE center, and head-office staff, who have no center', () => {
    expect(() => assertCanDispatchTechnician(technician, center, today)).not.toThrow();
    expect(() => assertCanDispatchTechnician(technician, null, today)).not.toThrow();
    expect(technicianDispatchBlocks(technician, null, today)).toEqual([]);
  });

  it("uses the center's effective status: an ended agreement makes it EXPIRED", () => {
    const ended = { ...center, agreementValidTo: '2026-03-02' };
    expect(() => assertCanDispatchTechnician(technician, { ...center, agreementValidTo: today }, today)).not.toThrow();
    const error = errorOf(() => assertCanDispatchTechnician(technician, ended, today));
    expect(error.code).toBe('CONFLICT');
    expect(english(error.message)).toMatch(/repair center is EXPIRED/);
    expect(error.details).toEqual({ blocks: ['CENTER_NOT_ACTIVE'] });
  });

  it.each(['RECTIFYING', 'SUSPENDED', 'REVOKED'] as const)('blocks the staff of a %s center', (recordedStatus) => {
    expect(technicianDispatchBlocks(technician, { ...center, recordedStatus }, today)).toEqual(['CENTER_NOT_ACTIVE']);
  });

  it('names every reason at once, the center among them', () => {
    const lapsed = { ...technician, active: false, certificateExpiresOn: '2026-03-02' };
    const error = errorOf(() => assertCanDispatchTechnician(lapsed, { ...center, recordedStatus: 'SUSPENDED' }, today));
    expect(error.details).toEqual({ blocks: ['INACTIVE', 'CERTIFICATE_EXPIRED', 'CENTER_NOT_ACTIVE'] });
  });

  it('blocks head-office staff without a certificate (000 §5)', () => {
    expect(errorOf(() => assertCanDispatchTechnician({ ...technician, certificateNumber: null }, null, today)).details).toEqual({
      blocks: ['NO_CERTIFICATE'],
    });
  });

  it('rejects a bad date in the center record', () => {
    const error = errorOf(() => assertCanDispatchTechnician(technician, { ...center, agreementValidTo: 'soon' }, today));
    expect(error.fieldErrors).toHaveProperty('agreementValidTo');
  });
});
