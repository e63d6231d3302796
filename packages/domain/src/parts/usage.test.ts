import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import { oldPartsHeld, type PartUsage, type PartUsageInput, recordPartUsage, validatePartUsage } from './index.js';
import { english } from '../test-support/english.js';

const input: PartUsageInput = {
  workOrderId: 'wo-1',
  serialNumber: ' M2025-000101 ',
  partId: 'BRG-6308',
  quantity: 2,
  location: 'CENTER:FZ-01',
  usedOn: '2026-11-05',
  account: { issued: 2, used: 0, returned: 0 },
};

describe('recordPartUsage', () => {
  it('records the replacement against the work order and serial, the old part held by the center (004 §6.3)', () => {
    expect(recordPartUsage(input)).toEqual({
      workOrderId: 'wo-1',
      serialNumber: 'M2025-000101',
      partId: 'BRG-6308',
      quantity: 2,
      location: 'CENTER:FZ-01',
      usedOn: '2026-11-05',
      oldPartHeldAt: 'CENTER:FZ-01',
    });
  });

  it('uses only parts issued to the work order and not yet used or returned (003 parts §1)', () => {
    expect(() => recordPartUsage({ ...input, quantity: 1, account: { issued: 3, used: 1, returned: 1 } })).not.toThrow();
    const error = errorOf(() => recordPartUsage({ ...input, account: { issued: 3, used: 1, returned: 1 } }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/Only 1 .* uses 2: 1 short; issue the part against the work order first/);
    expect(error.details).toEqual({ workOrderId: 'wo-1', available: 1, requested: 2, shortfall: 1 });
    expect(errorOf(() => recordPartUsage({ ...input, account: { issued: 0, used: 0, returned: 0 } })).code).toBe('CONFLICT');
  });

  it('names every missing field at once', () => {
    const empty = { workOrderId: '', serialNumber: ' ', partId: '', quantity: 0, location: 'SHOP', usedOn: '2026-11-31', account: null };
    expect(Object.keys(validatePartUsage(empty as unknown as PartUsageInput)).sort()).toEqual([
      'account',
      'location',
      'partId',
      'quantity',
      'serialNumber',
      'usedOn',
      'workOrderId',
    ]);
    expect(errorOf(() => recordPartUsage({ ...input, workOrderId: '' })).code).toBe('INVALID_INPUT');
  });

  it('records use at a center or head office, not at the factory stock', () => {
    expect(validatePartUsage({ ...input, location: 'HEAD_OFFICE' })).toEqual({});
    expect(english(validatePartUsage({ ...input, location: 'FACTORY' }))).toEqual({ location: expect.any(String) });
  });
});

describe('oldPartsHeld', () => {
  const usage = (partId: string, quantity: number, at: PartUsage['oldPartHeldAt'] = 'CENTER:FZ-01'): PartUsage => ({
    ...recordPartUsage({ ...input, partId, quantity, location: at, account: { issued: quantity, used: 0, returned: 0 } }),
  });
  const usages = [usage('BRG-6308', 2), usage('BRG-6308', 1), usage('SEAL-QJ', 1), usage('BRG-6308', 4, 'CENTER:XM-01')];

  it('counts the old parts one location holds of one part, less those returned', () => {
    expect(oldPartsHeld(usages, 'CENTER:FZ-01', 'BRG-6308')).toBe(3);
    expect(oldPartsHeld(usages, 'CENTER:FZ-01', 'BRG-6308', 2)).toBe(1);
    expect(oldPartsHeld(usages, 'CENTER:XM-01', 'BRG-6308')).toBe(4);
    expect(oldPartsHeld(usages, 'HEAD_OFFICE', 'BRG-6308')).toBe(0);
  });

  it('no longer holds old parts a closed write-off wrote off', () => {
    expect(oldPartsHeld(usages, 'CENTER:FZ-01', 'BRG-6308', 0, 3)).toBe(0);
    expect(oldPartsHeld(usages, 'CENTER:FZ-01', 'BRG-6308', 1, 1)).toBe(1);
  });

  it('never holds fewer than none', () => {
    expect(oldPartsHeld(usages, 'CENTER:FZ-01', 'SEAL-QJ', 5)).toBe(0);
    expect(oldPartsHeld(usages, 'CENTER:FZ-01', 'SEAL-QJ', 1, 1)).toBe(0);
    expect(errorOf(() => oldPartsHeld(usages, 'CENTER:FZ-01', 'SEAL-QJ', -1)).fieldErrors).toEqual({ alreadyReturned: expect.any(String) });
    expect(errorOf(() => oldPartsHeld(usages, 'CENTER:FZ-01', 'SEAL-QJ', 0, 0.5)).fieldErrors).toEqual({ writtenOff: expect.any(String) });
  });
});
