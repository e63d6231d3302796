import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import {
  COMPLAINT_CHANNELS,
  type ComplaintRegistrationInput,
  complaintProductDetails,
  formatComplaintCode,
  parseComplaintCode,
  validateComplaintRegistration,
} from './registration.js';
import { english } from '../test-support/english.js';


const typed: ComplaintRegistrationInput = {
  customerName: '福州宏达机械厂',
  customerPhone: '0591-83456789',
  customerAddress: '福州市仓山区建新镇金山工业区 12 号',
  serialNumber: 'M2025-000101',
  knownUnit: null,
  modelId: 'model-y2-132m-4',
  factoryDate: '2025-03-02',
  purchaseDate: '2025-04-18',
  mainFault: '电机运行时异响,温升过高',
  customerRequest: '上门检修',
  channel: 'PHONE',
  receivedAt: new Date('2026-03-02T02:15:00Z'),
  regionId: 'region-fuzhou',
};

const known: ComplaintRegistrationInput = {
  ...typed,
  knownUnit: { modelId: 'model-y2-132m-4', factoryDate: '2025-03-02', purchaseDate: '2025-04-18' },
  modelId: null,
  factoryDate: null,
  purchaseDate: null,
};

describe('validateComplaintRegistration', () => {
  it('accepts a complete complaint for an unknown serial', () => {
    expect(validateComplaintRegistration(typed)).toEqual({});
    expect(COMPLAINT_CHANNELS).toEqual(['PHONE', 'LETTER', 'VISIT', 'EMAIL', 'WEB', 'DEALER', 'REPAIR_CENTER']);
  });

  it('names every missing field of §3.1 at once', () => {
    const empty: ComplaintRegistrationInput = {
      customerName: null,
      customerPhone: ' ',
      customerAddress: '',
      serialNumber: null,
      mainFault: null,
      customerRequest: null,
      channel: null,
      receivedAt: null,
      regionId: null,
    };
    expect(Object.keys(validateComplaintRegistration(empty)).sort()).toEqual([
      'channel',
      'customerAddress',
      'customerName',
      'customerPhone',
      'customerRequest',
      'factoryDate',
      'mainFault',
      'modelId',
      'purchaseDate',
      'receivedAt',
      'regionId',
      'serialNumber',
    ]);
  });

  it('takes the model and dates of a known unit, so the agent types none of them', () => {
    expect(validateComplaintRegistration(known)).toEqual({});
    expect(complaintProductDetails(known)).toEqual({ modelId: 'model-y2-132m-4', factoryDate: '2025-03-02', purchaseDate: '2025-04-18' });
  });

  it('asks for what the unit record lacks, e.g. a purchase date for a unit sold without proof', () => {
    const noProof = { ...known, knownUnit: { modelId: 'model-bg-01', factoryDate: '2025-08-01', purchaseDate: null } };
    expect(english(validateComplaintRegistration(noProof))).toEqual({ purchaseDate: expect.stringMatching(/registered unit has no purchase date/) });
    // Issue #13: it says the customer's stated date is wanted and what it means for 三包.
    expect(english(validateComplaintRegistration(noProof))).toEqual({ purchaseDate: expect.stringMatching(/the purchase date the customer states.*warranty \(三包\) runs from that date.*not covered/) });
    const stated = { ...noProof, purchaseDate: '2025-09-10' };
    expect(validateComplaintRegistration(stated)).toEqual({});
    expect(complaintProductDetails(stated).purchaseDate).toBe('2025-09-10');
  });

  it('accepts typed values equal to the unit record and refuses contradicting ones', () => {
    expect(validateComplaintRegistration({ ...known, modelId: 'model-y2-132m-4', factoryDate: ' 2025-03-02 ' })).toEqual({});
    expect(english(validateComplaintRegistration({ ...known, modelId: 'model-other', purchaseDate: '2025-05-01' }))).toEqual({
      modelId: expect.stringMatching(/a different model/),
      purchaseDate: expect.stringMatching(/recorded with 2025-04-18/),
    });
  });

  it('checks typed dates and their order', () => {
    expect(english(validateComplaintRegistration({ ...typed, factoryDate: '2025-02-30', purchaseDate: '18/04/2025' }))).toEqual({
      factoryDate: expect.stringMatching(/YYYY-MM-DD/),
      purchaseDate: expect.stringMatching(/YYYY-MM-DD/),
    });
    expect(english(validateComplaintRegistration({ ...typed, purchaseDate: '2025-03-01' }))).toEqual({
      purchaseDate: expect.stringMatching(/before it left the factory \(2025-03-02\)/),
    });
    expect(validateComplaintRegistration({ ...typed, purchaseDate: '2025-03-02' })).toEqual({});
    // The order is checked on the combined values too: the unit's factory date, the stated purchase date.
    const mixed = { ...known, knownUnit: { modelId: 'm', factoryDate: '2025-03-02', purchaseDate: null }, purchaseDate: '2025-01-01' };
    expect(english(validateComplaintRegistration(mixed))).toEqual({ purchaseDate: expect.stringMatching(/before it left the factory/) });
  });

  it('refuses an unknown channel and an invalid receipt time', () => {
    expect(english(validateComplaintRegistration({ ...typed, channel: 'FAX' as 'PHONE', receivedAt: new Date('nonsense') }))).toEqual({
      channel: expect.stringMatching(/PHONE, LETTER/),
      receivedAt: expect.any(String),
    });
  });
});

describe('formatComplaintCode', () => {
  it('pads the sequence to six digits', () => {
    expect(formatComplaintCode(2026, 123)).toBe('TS-2026-000123');
    expect(formatComplaintCode(2026, 1)).toBe('TS-2026-000001');
    expect(formatComplaintCode(2026, 999_999)).toBe('TS-2026-999999');
  });

  it('refuses overflow and nonsense', () => {
    const overflow = errorOf(() => formatComplaintCode(2026, 1_000_000));
    expect(overflow.code).toBe('INVALID_INPUT');
    expect(overflow.fieldErrors).toEqual({ sequence: expect.stringMatching(/999999/) });
    for (const sequence of [0, -1, 1.5, Number.NaN]) {
      expect(errorOf(() => formatComplaintCode(2026, sequence)).fieldErrors).toHaveProperty('sequence');
    }
    for (const year of [0, 10_000, 2026.5]) {
      expect(errorOf(() => formatComplaintCode(year, 1)).fieldErrors).toHaveProperty('year');
    }
  });

  it('reads a code back', () => {
    expect(parseComplaintCode('TS-2026-000123')).toEqual({ year: 2026, sequence: 123 });
    expect(parseComplaintCode(' ts-2026-000123 ')).toEqual({ year: 2026, sequence: 123 });
    expect(parseComplaintCode('TS-2026-123')).toBeNull();
    expect(parseComplaintCode('TS-2026-000000')).toBeNull();
    expect(parseComplaintCode('TS-2026-1000000')).toBeNull();
  });
});
