import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import {
  assertMaintenanceContract,
  assertNoOverlappingCover,
  contractDaysLeft,
  contractStatusOn,
  coveringContract,
  isContractValidOn,
  MAX_CONTRACT_SERIALS,
  validateMaintenanceContract,
  type MaintenanceContractDraft,
} from './index.js';
import { english } from '../test-support/english.js';

const draft: MaintenanceContractDraft = {
  contractNumber: ' HT-2026-0001 ',
  customerName: ' 厦门海沧水务 ',
  customerPhone: '0592-6660000',
  customerAddress: '厦门市海沧区水厂路 1 号',
  serialNumbers: [' M2023-000512 ', 'm2023-000513 '],
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  annualFee: 1_200_000,
};

describe('a maintenance contract as typed', () => {
  it('is saved trimmed, with each serial keyed as calls match it', () => {
    expect(validateMaintenanceContract(draft)).toEqual({});
    expect(assertMaintenanceContract(draft)).toEqual({
      contractNumber: 'HT-2026-0001',
      customerName: '厦门海沧水务',
      customerPhone: '0592-6660000',
      customerAddress: '厦门市海沧区水厂路 1 号',
      serials: [
        { serialNumber: 'M2023-000512', serialKey: 'M2023-000512' },
        { serialNumber: 'm2023-000513', serialKey: 'M2023-000513' },
      ],
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      annualFee: 1_200_000,
    });
  });

  it('may last a single day and state no fee', () => {
    expect(validateMaintenanceContract({ ...draft, validTo: '2026-01-01', annualFee: null })).toEqual({});
    expect(assertMaintenanceContract({ ...draft, annualFee: undefined }).annualFee).toBeNull();
  });

  it('names every missing text, the address because the notice is mailed there', () => {
    expect(english(validateMaintenanceContract({ ...draft, contractNumber: ' ', customerName: '', customerPhone: null, customerAddress: undefined }))).toEqual({
      contractNumber: expect.stringMatching(/合同编号/),
      customerName: expect.any(String),
      customerPhone: expect.any(String),
      customerAddress: expect.stringMatching(/notice is mailed/),
    });
    expect(english(validateMaintenanceContract({ ...draft, contractNumber: 'H'.repeat(51) }))).toEqual({ contractNumber: 'Use at most 50 characters.' });
  });

  it('needs at least one serial, each once and not blank', () => {
    expect(english(validateMaintenanceContract({ ...draft, serialNumbers: [] }))).toEqual({ serialNumbers: expect.stringMatching(/at least one serial/) });
    expect(english(validateMaintenanceContract({ ...draft, serialNumbers: 'M2023-000512' }))).toEqual({ serialNumbers: expect.stringMatching(/at least one serial/) });
    expect(english(validateMaintenanceContract({ ...draft, serialNumbers: ['M2023-000512', ' ', 'm2023-000512'] }))).toEqual({
      'serialNumbers.1': expect.stringMatching(/empty line/),
      'serialNumbers.2': 'm2023-000512 is listed twice (line 1); list each unit once.',
    });
    const tooMany = Array.from({ length: MAX_CONTRACT_SERIALS + 1 }, (_, index) => `S-${index}`);
    expect(english(validateMaintenanceContract({ ...draft, serialNumbers: tooMany }))).toEqual({ serialNumbers: expect.stringMatching(/at most 200/) });
  });

  it('cannot end before it starts, and needs real dates', () => {
    expect(english(validateMaintenanceContract({ ...draft, validFrom: '2026-06-01', validTo: '2026-05-31' }))).toEqual({
      validTo: 'The contract cannot end before it starts (2026-06-01); check both dates.',
    });
    expect(english(validateMaintenanceContract({ ...draft, validFrom: '2026-02-30', validTo: 20261231 }))).toEqual({
      validFrom: expect.stringMatching(/YYYY-MM-DD/),
      validTo: expect.stringMatching(/YYYY-MM-DD/),
    });
  });

  it('takes the annual fee in whole fen, 0 or more', () => {
    expect(validateMaintenanceContract({ ...draft, annualFee: 0 })).toEqual({});
    for (const annualFee of [-1, 12.5, '100']) {
      expect(english(validateMaintenanceContract({ ...draft, annualFee }))).toEqual({ annualFee: expect.stringMatching(/annual fee/) });
    }
  });

  it('throws INVALID_INPUT with every field error at once', () => {
    const error = errorOf(() => assertMaintenanceContract({ ...draft, customerName: '', serialNumbers: [] }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(['customerName', 'serialNumbers']);
  });
});

describe('validity and status', () => {
  const contract = { validFrom: '2026-01-01', validTo: '2026-12-31' };

  it('is valid from the first through the last day', () => {
    expect(isContractValidOn(contract, '2025-12-31')).toBe(false);
    expect(isContractValidOn(contract, '2026-01-01')).toBe(true);
    expect(isContractValidOn(contract, '2026-12-31')).toBe(true);
    expect(isContractValidOn(contract, '2027-01-01')).toBe(false);
  });

  it('is UPCOMING before, ACTIVE during and EXPIRED after', () => {
    expect(contractStatusOn(contract, '2025-12-31')).toBe('UPCOMING');
    expect(contractStatusOn(contract, '2026-01-01')).toBe('ACTIVE');
    expect(contractStatusOn(contract, '2026-12-31')).toBe('ACTIVE');
    expect(contractStatusOn(contract, '2027-01-01')).toBe('EXPIRED');
  });

  it('counts the days left down to 0 on the last day, negative after', () => {
    expect(contractDaysLeft(contract, '2026-12-01')).toBe(30);
    expect(contractDaysLeft(contract, '2026-12-31')).toBe(0);
    expect(contractDaysLeft(contract, '2027-01-02')).toBe(-2);
  });
});

describe('coveringContract', () => {
  const older = { id: 'old', validFrom: '2025-01-01', validTo: '2025-12-31', serials: [{ serialKey: 'M2023-000512' }] };
  const current = { id: 'new', validFrom: '2026-01-01', validTo: '2026-12-31', serials: [{ serialKey: 'M2023-000512' }, { serialKey: 'G2024-000208' }] };

  it('finds the contract valid on the call date for the serial, however it is typed', () => {
    expect(coveringContract([older, current], ' m2023-000512 ', '2026-03-01')?.id).toBe('new');
    expect(coveringContract([older, current], 'M2023-000512', '2025-12-31')?.id).toBe('old');
    expect(coveringContract([older, current], 'g2024-000208', '2026-12-31')?.id).toBe('new');
  });

  it('finds none for another serial or outside every period', () => {
    expect(coveringContract([older, current], 'M2024-000877', '2026-03-01')).toBeNull();
    expect(coveringContract([older, current], 'G2024-000208', '2025-06-01')).toBeNull();
    expect(coveringContract([older, current], 'M2023-000512', '2027-01-01')).toBeNull();
  });

  it('prefers the contract that started last if stored data ever overlap', () => {
    const overlapping = { ...current, id: 'later', validFrom: '2026-02-01' };
    expect(coveringContract([current, overlapping], 'M2023-000512', '2026-03-01')?.id).toBe('later');
  });
});

describe('assertNoOverlappingCover', () => {
  const existing = {
    contractNumber: 'HT-2025-0031',
    validFrom: '2025-06-01',
    validTo: '2026-05-31',
    serials: [{ serialNumber: 'M2023-000512', serialKey: 'M2023-000512' }],
  };
  const candidate = (validFrom: string, validTo: string) => ({
    validFrom,
    validTo,
    serials: [
      { serialNumber: 'G2024-000208', serialKey: 'G2024-000208' },
      { serialNumber: 'm2023-000512', serialKey: 'M2023-000512' },
    ],
  });

  it('lets a renewal start the day after the contract it continues ends', () => {
    expect(() => assertNoOverlappingCover(candidate('2026-06-01', '2027-05-31'), [existing])).not.toThrow();
    expect(() => assertNoOverlappingCover(candidate('2024-01-01', '2025-05-31'), [existing])).not.toThrow();
  });

  it('refuses a unit already under another contract on any shared day, with CONFLICT on its line', () => {
    const error = errorOf(() => assertNoOverlappingCover(candidate('2026-05-31', '2027-05-30'), [existing]));
    expect(error.code).toBe('CONFLICT');
    expect(error.fieldErrors).toEqual({
      'serialNumbers.1': expect.stringMatching(/^m2023-000512 is already covered by contract HT-2025-0031 from 2025-06-01 to 2026-05-31/),
    });
  });
});
