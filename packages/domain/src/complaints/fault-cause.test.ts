import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { FAULT_CAUSES, type FaultCause, isFaultCause, isQualityFault, serviceTypeFor } from './fault-cause.js';

describe('isQualityFault', () => {
  it('counts causes (a) and (b) of 004 §4.3 as quality faults and (c) not', () => {
    expect(FAULT_CAUSES.filter(isQualityFault)).toEqual(['DESIGN', 'MANUFACTURING', 'STORAGE', 'TRANSPORT']);
    expect(isQualityFault('CUSTOMER_MISUSE')).toBe(false);
    expect(isQualityFault('OTHER_CUSTOMER')).toBe(false);
    expect(isFaultCause('WEAR')).toBe(false);
  });
});

describe('serviceTypeFor', () => {
  it('is FREE for a quality fault in warranty, contract customer or not', () => {
    expect(serviceTypeFor({ cause: 'MANUFACTURING', warrantyStatus: 'IN_WARRANTY', contractCustomer: false })).toBe('FREE');
    expect(serviceTypeFor({ cause: 'TRANSPORT', warrantyStatus: 'IN_WARRANTY', contractCustomer: true })).toBe('FREE');
  });

  it.each<[FaultCause, 'IN_WARRANTY' | 'EXPIRED' | 'NO_PROOF']>([
    ['CUSTOMER_MISUSE', 'IN_WARRANTY'],
    ['OTHER_CUSTOMER', 'IN_WARRANTY'],
    ['DESIGN', 'EXPIRED'],
    ['MANUFACTURING', 'NO_PROOF'],
  ])('is PAID for %s when %s, or CONTRACT for a contract customer', (cause, warrantyStatus) => {
    expect(serviceTypeFor({ cause, warrantyStatus, contractCustomer: false })).toBe('PAID');
    expect(serviceTypeFor({ cause, warrantyStatus, contractCustomer: true })).toBe('CONTRACT');
  });

  it('names every bad field', () => {
    try {
      serviceTypeFor({ cause: 'WEAR' as FaultCause, warrantyStatus: 'SOON' as 'EXPIRED', contractCustomer: 'yes' as unknown as boolean });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(Object.keys((error as DomainError).fieldErrors ?? {}).sort()).toEqual(['cause', 'contractCustomer', 'warrantyStatus']);
    }
  });
});
