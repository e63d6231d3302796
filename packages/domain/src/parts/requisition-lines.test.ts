import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import {
  applyApprovedQuantities,
  assertValidRequisition,
  lineValue,
  outstandingQuantity,
  REQUISITION_PURPOSES,
  type RequisitionLine,
  requisitionValue,
  validateApprovedQuantities,
  validateRequisition,
  validateShipment,
} from './index.js';
import { english } from '../test-support/english.js';

// Parts of the demo catalogue: a 6308 bearing (wear part, ¥45) and a Y2-132M-4 stator winding (¥620).
const inWarranty = { status: 'IN_WARRANTY' as const, endDate: '2026-04-18' };
const bearing: RequisitionLine = {
  partId: 'BRG-6308',
  quantity: 2,
  unitCost: 4_500,
  wearPart: true,
  serialNumber: 'M2025-000101',
  workOrderId: 'wo-1',
  warranty: inWarranty,
};
const winding: RequisitionLine = { ...bearing, partId: 'WND-132M', quantity: 1, unitCost: 62_000, wearPart: false };
const stockBearing: RequisitionLine = { partId: 'BRG-6308', quantity: 20, unitCost: 4_500, wearPart: true };

describe('requisition value', () => {
  it('is quantity × unit cost, summed exactly in fen', () => {
    expect(REQUISITION_PURPOSES).toEqual(['REPAIR', 'STOCKING']);
    expect(lineValue(bearing)).toBe(9_000);
    expect(requisitionValue([bearing, winding])).toBe(71_000);
    expect(requisitionValue([])).toBe(0);
    expect(requisitionValue([{ quantity: 0, unitCost: 62_000 }])).toBe(0);
  });

  it('refuses quantities and costs that are not whole', () => {
    expect(errorOf(() => requisitionValue([{ quantity: 1.5, unitCost: 100 }, { quantity: 1, unitCost: -1 }])).fieldErrors).toEqual({
      'lines.0.quantity': expect.any(String),
      'lines.1.unitCost': expect.any(String),
    });
  });
});

describe('validateRequisition', () => {
  it('accepts a repair for units in warranty and a stocking of wear parts', () => {
    expect(validateRequisition({ purpose: 'REPAIR', lines: [bearing, winding] })).toEqual({});
    expect(validateRequisition({ purpose: 'REPAIR', lines: [{ ...bearing, workOrderId: null, complaintId: 'c-1' }] })).toEqual({});
    expect(validateRequisition({ purpose: 'STOCKING', lines: [stockBearing] })).toEqual({});
  });

  it('needs a purpose and at least one line', () => {
    expect(english(validateRequisition({ purpose: 'SPARE' as 'REPAIR', lines: [] }))).toEqual({
      purpose: expect.any(String),
      lines: 'Add at least one part.',
    });
  });

  it('names each bad line field by its row', () => {
    const lines = [bearing, { ...winding, partId: ' ', quantity: 0 }, { ...winding, quantity: 2.5, unitCost: -100 }];
    expect(english(validateRequisition({ purpose: 'REPAIR', lines }))).toEqual({
      'lines.1.partId': 'Choose the part.',
      'lines.1.quantity': expect.stringMatching(/1 or more/),
      'lines.2.quantity': expect.stringMatching(/1 or more/),
      'lines.2.unitCost': expect.any(String),
    });
  });

  it('needs the unit and its work order or complaint on a repair line', () => {
    const line = { ...bearing, serialNumber: '', workOrderId: null, complaintId: ' ' };
    expect(english(validateRequisition({ purpose: 'REPAIR', lines: [line] }))).toEqual({
      'lines.0.serialNumber': expect.stringMatching(/serial number/),
      'lines.0.workOrderId': expect.stringMatching(/work order or the complaint/),
    });
  });

  it('refuses a 三包 part for a unit out of warranty, without proof, or not yet evaluated', () => {
    const expired = { ...bearing, warranty: { status: 'EXPIRED' as const, endDate: '2025-04-18' } };
    const noProof = { ...winding, warranty: { status: 'NO_PROOF' as const, endDate: null } };
    const unknown = { ...bearing, partId: 'SEAL-QJ', warranty: null };
    expect(english(validateRequisition({ purpose: 'REPAIR', lines: [expired, noProof, unknown] }))).toEqual({
      'lines.0.serialNumber': expect.stringMatching(/ended on 2025-04-18 \(EXPIRED\).*paid part instead/),
      'lines.1.serialNumber': expect.stringMatching(/no proof of purchase.*paid part instead/),
      'lines.2.serialNumber': expect.stringMatching(/Evaluate the warranty/),
    });
  });

  it('refuses a non-quality fault and accepts a fault not yet appraised', () => {
    expect(english(validateRequisition({ purpose: 'REPAIR', lines: [{ ...bearing, faultCause: 'CUSTOMER_MISUSE' }] }))).toEqual({
      'lines.0.serialNumber': expect.stringMatching(/CUSTOMER_MISUSE fault is not a quality fault/),
    });
    expect(validateRequisition({ purpose: 'REPAIR', lines: [{ ...bearing, faultCause: 'TRANSPORT' }] })).toEqual({});
    expect(validateRequisition({ purpose: 'REPAIR', lines: [{ ...bearing, faultCause: null }] })).toEqual({});
  });

  it('stocks wear parts only, and not for a unit', () => {
    const lines = [
      stockBearing,
      { ...stockBearing, partId: 'WND-132M', wearPart: false },
      { ...stockBearing, partId: 'SEAL-QJ', serialNumber: 'X' },
    ];
    expect(english(validateRequisition({ purpose: 'STOCKING', lines }))).toEqual({
      'lines.1.partId': expect.stringMatching(/Only wear parts/),
      'lines.2.serialNumber': expect.stringMatching(/not for one unit/),
    });
  });

  it('lists a part once per unit, and once per stocking requisition', () => {
    const otherUnit = { ...bearing, serialNumber: 'M2025-000102' };
    expect(validateRequisition({ purpose: 'REPAIR', lines: [bearing, otherUnit] })).toEqual({});
    expect(english(validateRequisition({ purpose: 'REPAIR', lines: [bearing, winding, { ...bearing, serialNumber: ' M2025-000101 ' }] }))).toEqual({
      'lines.2.partId': expect.stringMatching(/row 1 for the same unit/),
    });
    expect(english(validateRequisition({ purpose: 'STOCKING', lines: [stockBearing, stockBearing] }))).toEqual({
      'lines.1.partId': expect.stringMatching(/already listed in row 1;/),
    });
  });

  it('throws INVALID_INPUT from assertValidRequisition', () => {
    expect(() => assertValidRequisition({ purpose: 'STOCKING', lines: [stockBearing] })).not.toThrow();
    expect(errorOf(() => assertValidRequisition({ purpose: 'STOCKING', lines: [] })).code).toBe('INVALID_INPUT');
  });
});

describe('approved quantities', () => {
  const lines = [bearing, winding];

  it('may cut a line, even to 0, and hands back fresh copies', () => {
    expect(validateApprovedQuantities(lines, [1, 0])).toEqual({});
    const approved = applyApprovedQuantities(lines, [2, 0]);
    expect(approved.map((line) => line.quantity)).toEqual([2, 0]);
    expect(approved[1]).toEqual({ ...winding, quantity: 0 });
    expect(lines[1]?.quantity).toBe(1);
  });

  it('never raises a quantity', () => {
    const error = errorOf(() => applyApprovedQuantities(lines, [3, 1]));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fieldErrors).toEqual({ 'lines.0.quantity': expect.stringMatching(/not raise it above the 2 requested/) });
  });

  it('refuses cutting every line (that is a rejection), bad numbers and a wrong count', () => {
    expect(english(validateApprovedQuantities(lines, [0, 0]))).toEqual({ lines: expect.stringMatching(/reject the requisition instead/) });
    expect(english(validateApprovedQuantities(lines, [-1, 0.5]))).toEqual({
      'lines.0.quantity': expect.any(String),
      'lines.1.quantity': expect.any(String),
    });
    expect(english(validateApprovedQuantities(lines, [1]))).toEqual({ lines: expect.stringMatching(/each of the 2 lines/) });
  });
});

describe('validateShipment', () => {
  const lines = [
    { quantity: 5, shippedQuantity: 2 },
    { quantity: 1, shippedQuantity: 0 },
    { quantity: 0, shippedQuantity: 0 },
  ];

  it('ships part or all of what is outstanding', () => {
    expect(lines.map(outstandingQuantity)).toEqual([3, 1, 0]);
    expect(validateShipment(lines, [3, 1, 0])).toEqual({});
    expect(validateShipment(lines, [1, 0, 0])).toEqual({});
  });

  it('never ships more than is outstanding, and ships something', () => {
    expect(english(validateShipment(lines, [4, 1, 1]))).toEqual({
      'lines.0.quantity': 'Only 3 remain to ship on this line; ship at most that.',
      'lines.2.quantity': 'Only 0 remain to ship on this line; ship at most that.',
    });
    expect(english(validateShipment(lines, [0, 0, 0]))).toEqual({ lines: expect.stringMatching(/ships nothing/) });
    expect(english(validateShipment(lines, [1]))).toEqual({ lines: expect.stringMatching(/each of the 3 lines/) });
    expect(english(validateShipment([{ quantity: 2, shippedQuantity: Number.NaN }], [1]))).toEqual({ 'lines.0': expect.any(String) });
  });
});
