import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import { serviceTypeAtCall } from './index.js';

describe('the service type of a repair call', () => {
  it('is free under 三包 while the unit is in warranty, contract customer or not', () => {
    expect(serviceTypeAtCall({ warrantyStatus: 'IN_WARRANTY', contractCustomer: false })).toBe('FREE');
    expect(serviceTypeAtCall({ warrantyStatus: 'IN_WARRANTY', contractCustomer: true })).toBe('FREE');
  });

  it('is under the maintenance contract out of warranty or without proof, for a contract customer', () => {
    expect(serviceTypeAtCall({ warrantyStatus: 'EXPIRED', contractCustomer: true })).toBe('CONTRACT');
    expect(serviceTypeAtCall({ warrantyStatus: 'NO_PROOF', contractCustomer: true })).toBe('CONTRACT');
  });

  it('is paid out of warranty or without proof for anyone else', () => {
    expect(serviceTypeAtCall({ warrantyStatus: 'EXPIRED', contractCustomer: false })).toBe('PAID');
    expect(serviceTypeAtCall({ warrantyStatus: 'NO_PROOF', contractCustomer: false })).toBe('PAID');
  });

  it('names what is missing', () => {
    expect(errorOf(() => serviceTypeAtCall({ warrantyStatus: 'UNKNOWN' as never, contractCustomer: undefined as never }))).toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { warrantyStatus: expect.any(String), contractCustomer: expect.any(String) },
    });
  });
});
