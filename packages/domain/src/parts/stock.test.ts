import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import {
  applyMovement,
  DEFAULT_PARTS_SETTINGS,
  type OldPartReturnMovement,
  type OldPartWriteOffMovement,
  type OnHand,
  STOCK_IN_SOURCES,
  STOCK_MOVEMENT_KINDS,
  type StockInMovement,
  type StockMovement,
  type StockScrapMovement,
  unusedIssued,
  validateMovement,
} from './index.js';
import { english } from '../test-support/english.js';

const settings = DEFAULT_PARTS_SETTINGS;
const center = 'CENTER:FZ-01' as const;
const onHand: OnHand = { FACTORY: 50, [center]: 3 };
const appraisal = { opinion: '绕组烧毁,无法修复', appraisers: ['机修组 王工', '仓管员 李明'], approvedBy: '厂部 陈厂长' };

describe('stock movements', () => {
  it('has the kinds of DOMAIN §6', () => {
    expect(STOCK_MOVEMENT_KINDS).toEqual(['IN', 'OUT', 'TRANSFER', 'SHIP', 'SCRAP', 'RETURN_OLD_PART', 'OLD_PART_WRITTEN_OFF']);
    expect(STOCK_IN_SOURCES).toEqual(['RECEIPT', 'LOCAL_PURCHASE', 'WORK_ORDER_RETURN', 'OPENING']);
  });

  it('receives into a location, new or not', () => {
    expect(applyMovement(onHand, { kind: 'IN', source: 'RECEIPT', to: center, quantity: 4, unitCost: 4_500 }, settings)).toEqual({
      FACTORY: 50,
      [center]: 7,
    });
    const free: StockInMovement = { kind: 'IN', source: 'RECEIPT', to: 'HEAD_OFFICE', quantity: 1, unitCost: 0 };
    expect(applyMovement({}, free, settings)).toEqual({ HEAD_OFFICE: 1 });
  });

  it('leaves the input alone', () => {
    const before = { ...onHand };
    applyMovement(onHand, { kind: 'OUT', from: center, quantity: 1, workOrderId: 'wo-1' }, settings);
    expect(onHand).toEqual(before);
  });

  it('issues against a work order, down to exactly 0', () => {
    const issue: StockMovement = { kind: 'OUT', from: center, quantity: 3, workOrderId: 'wo-1' };
    expect(applyMovement(onHand, issue, settings)).toEqual({ FACTORY: 50, [center]: 0 });
    const noOrder = errorOf(() => applyMovement(onHand, { kind: 'OUT', from: center, quantity: 1, workOrderId: ' ' }, settings));
    expect(noOrder.fieldErrors).toEqual({ workOrderId: expect.stringMatching(/only against a work order/) });
  });

  it('never goes negative, naming the shortfall', () => {
    for (const movement of [
      { kind: 'OUT', from: center, quantity: 5, workOrderId: 'wo-1' },
      { kind: 'TRANSFER', from: center, to: 'HEAD_OFFICE', quantity: 5 },
      { kind: 'SCRAP', from: center, quantity: 5, unitCost: 100 },
    ] as StockMovement[]) {
      const error = errorOf(() => applyMovement(onHand, movement, settings));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toBe('Only 3 on hand at CENTER:FZ-01, and this movement takes 5: 2 short.');
      expect(error.details).toEqual({ location: center, available: 3, requested: 5, shortfall: 2 });
    }
    const fromNothing = errorOf(() => applyMovement({}, { kind: 'OUT', from: 'HEAD_OFFICE', quantity: 1, workOrderId: 'wo-1' }, settings));
    expect(fromNothing.details).toMatchObject({ available: 0, shortfall: 1 });
  });

  it('transfers between two different locations', () => {
    const ship: StockMovement = { kind: 'TRANSFER', from: 'FACTORY', to: center, quantity: 10 };
    expect(applyMovement(onHand, ship, settings)).toEqual({ FACTORY: 40, [center]: 13 });
    const inPlace: StockMovement = { kind: 'TRANSFER', from: center, to: center, quantity: 1 };
    expect(errorOf(() => applyMovement(onHand, inPlace, settings)).fieldErrors).toEqual({ to: expect.any(String) });
  });

  it('ships for a requisition: the parts leave the shipping stock and enter nowhere until received', () => {
    const ship: StockMovement = { kind: 'SHIP', from: 'FACTORY', to: center, quantity: 10, requisitionId: 'req-1' };
    expect(applyMovement(onHand, ship, settings)).toEqual({ FACTORY: 40, [center]: 3 });
    expect(english(validateMovement({ ...ship, requisitionId: '' }, settings))).toEqual({ requisitionId: expect.stringMatching(/for a requisition/) });
    expect(english(validateMovement({ ...ship, to: 'FACTORY' }, settings))).toEqual({ to: expect.any(String) });
    const short = errorOf(() => applyMovement(onHand, { ...ship, quantity: 51 }, settings));
    expect(short.code).toBe('CONFLICT');
  });

  it('checks quantities and locations', () => {
    const errors = validateMovement({ kind: 'TRANSFER', from: 'SHOP' as typeof center, to: center, quantity: 0 }, settings);
    expect(english(errors)).toEqual({ from: expect.any(String), quantity: expect.stringMatching(/1 or more/) });
    expect(english(validateMovement({ kind: 'LOAN' } as unknown as StockMovement, settings))).toEqual({ kind: expect.any(String) });
    const receipt: StockInMovement = { kind: 'IN', source: 'RECEIPT', to: center, quantity: 1, unitCost: 0 };
    const badLocation = errorOf(() => applyMovement({ SHOP: 1 } as OnHand, receipt, settings));
    expect(badLocation.fieldErrors).toEqual({ 'onHand.SHOP': expect.any(String) });
    expect(errorOf(() => applyMovement({ [center]: -1 }, receipt, settings)).code).toBe('INVALID_INPUT');
  });

  it('names the purchase record of a local purchase', () => {
    const purchase: StockInMovement = { kind: 'IN', source: 'LOCAL_PURCHASE', to: center, quantity: 1, unitCost: 5_200 };
    expect(english(validateMovement(purchase, settings))).toEqual({ localPurchaseId: expect.any(String) });
    expect(validateMovement({ ...purchase, localPurchaseId: 'lp-1' }, settings)).toEqual({});
  });
});

describe('returning issued parts (003 parts §7, §11)', () => {
  const account = { issued: 3, used: 2, returned: 0 };
  const back = (quantity: number): StockInMovement => ({
    kind: 'IN',
    source: 'WORK_ORDER_RETURN',
    to: center,
    quantity,
    unitCost: 4_500,
    workOrderId: 'wo-1',
    workOrderAccount: account,
  });

  it('takes back only what was issued and not used', () => {
    expect(unusedIssued(account)).toBe(1);
    expect(unusedIssued({ issued: 1, used: 2, returned: 0 })).toBe(0);
    expect(applyMovement(onHand, back(1), settings)).toEqual({ FACTORY: 50, [center]: 4 });
  });

  it('refuses used parts back into stock', () => {
    const error = errorOf(() => applyMovement(onHand, back(2), settings));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/used parts cannot go back to stock/);
    expect(error.details).toEqual({ workOrderId: 'wo-1', returnable: 1, requested: 2, shortfall: 1 });
    const allReturned = { ...back(1), workOrderAccount: { issued: 3, used: 2, returned: 1 } };
    expect(errorOf(() => applyMovement(onHand, allReturned, settings)).code).toBe('CONFLICT');
  });

  it('needs the work order and its account', () => {
    expect(english(validateMovement({ ...back(1), workOrderId: null, workOrderAccount: null }, settings))).toEqual({
      workOrderId: expect.any(String),
      workOrderAccount: expect.any(String),
    });
  });
});

describe('scrapping (002 (七)7)', () => {
  const scrap = (quantity: number, unitCost: number, withAppraisal = false): StockScrapMovement => ({
    kind: 'SCRAP',
    from: 'FACTORY',
    quantity,
    unitCost,
    appraisal: withAppraisal ? appraisal : null,
  });

  it('scraps parts worth less than ¥200 without an appraisal', () => {
    expect(applyMovement(onHand, scrap(1, 19_999), settings)).toEqual({ FACTORY: 49, [center]: 3 });
    expect(validateMovement(scrap(4, 4_500), settings)).toEqual({});
  });

  it('needs an appraisal from ¥200 up, counting the whole batch', () => {
    expect(english(validateMovement(scrap(1, 20_000), settings))).toEqual({ appraisal: expect.stringMatching(/¥200\.00 needs an appraisal/) });
    // Five bearings at ¥45 are ¥225: as much money as one dear part.
    expect(english(validateMovement(scrap(5, 4_500), settings))).toEqual({ appraisal: expect.stringMatching(/¥225\.00/) });
    expect(applyMovement(onHand, scrap(1, 62_000, true), settings)).toEqual({ FACTORY: 49, [center]: 3 });
  });

  it('checks the appraisal is complete', () => {
    const empty = { ...scrap(1, 62_000), appraisal: { opinion: ' ', appraisers: [''], approvedBy: '' } };
    expect(english(validateMovement(empty, settings))).toEqual({
      'appraisal.opinion': expect.any(String),
      'appraisal.appraisers': expect.any(String),
      'appraisal.approvedBy': expect.any(String),
    });
  });

  it('takes the exact value of the pieces when it is known, as FIFO lots differ in cost', () => {
    // Three pieces from lots at ¥66.66, ¥66.67 and ¥66.67 are worth exactly ¥200.00.
    expect(english(validateMovement({ ...scrap(3, 6_666), value: 20_000 }, settings))).toEqual({ appraisal: expect.stringMatching(/¥200\.00/) });
    expect(validateMovement({ ...scrap(3, 6_667), value: 19_999 }, settings)).toEqual({});
    expect(english(validateMovement({ ...scrap(1, 100), value: -1 }, settings))).toEqual({ value: expect.any(String) });
  });

  it('follows the configured threshold', () => {
    expect(validateMovement(scrap(1, 1), { ...settings, scrapAppraisalThreshold: 0 })).toHaveProperty('appraisal');
    expect(validateMovement(scrap(1, 62_000), { ...settings, scrapAppraisalThreshold: 100_000 })).toEqual({});
  });
});

describe('returning old parts', () => {
  const oldBack = (quantity: number, oldPartsHeld = 2, to: 'FACTORY' | 'HEAD_OFFICE' = 'FACTORY'): OldPartReturnMovement => ({
    kind: 'RETURN_OLD_PART',
    from: center,
    to,
    quantity,
    oldPartsHeld,
  });

  it('records the return without touching stock: old parts are never stock', () => {
    expect(applyMovement(onHand, oldBack(2), settings)).toEqual(onHand);
    expect(applyMovement(onHand, oldBack(1, 2, 'HEAD_OFFICE'), settings)).toEqual(onHand);
  });

  it('returns no more old parts than are held', () => {
    const error = errorOf(() => applyMovement(onHand, oldBack(3), settings));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Only 2 old parts held at CENTER:FZ-01, and this movement takes 3: 1 short.');
  });

  it('sends old parts up to head office or the factory only', () => {
    expect(english(validateMovement({ ...oldBack(1), to: 'CENTER:XM-01' }, settings))).toEqual({ to: expect.stringMatching(/never into a center/) });
    expect(english(validateMovement({ ...oldBack(1), from: 'FACTORY', to: 'HEAD_OFFICE' }, settings))).toEqual({ from: expect.any(String) });
    expect(english(validateMovement({ ...oldBack(1), oldPartsHeld: -1 }, settings))).toEqual({ oldPartsHeld: expect.any(String) });
  });
});

describe('writing old parts off', () => {
  const writtenOff = (quantity: number, oldPartsHeld = 2): OldPartWriteOffMovement => ({
    kind: 'OLD_PART_WRITTEN_OFF',
    from: center,
    quantity,
    oldPartsHeld,
    writeOffId: 'wo-2026-q4',
    reason: '客户保留旧件',
  });

  it('changes no balance anywhere: old parts are never stock', () => {
    expect(applyMovement(onHand, writtenOff(2), settings)).toEqual(onHand);
    expect(applyMovement({}, writtenOff(1, 1), settings)).toEqual({});
  });

  it('writes off no more old parts than the center holds, and at least one', () => {
    const error = errorOf(() => applyMovement(onHand, writtenOff(3), settings));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Only 2 old parts held at CENTER:FZ-01, and this movement takes 3: 1 short.');
    expect(errorOf(() => applyMovement(onHand, writtenOff(1, 0), settings)).code).toBe('CONFLICT');
    for (const quantity of [0, -1, 1.5]) {
      expect(english(validateMovement(writtenOff(quantity), settings))).toEqual({ quantity: expect.any(String) });
    }
  });

  it('is only for old parts a center holds, settled by its write-off with the reason', () => {
    expect(english(validateMovement({ ...writtenOff(1), from: 'HEAD_OFFICE' }, settings))).toEqual({ from: expect.stringMatching(/repair center/) });
    expect(english(validateMovement({ ...writtenOff(1), from: 'FACTORY' }, settings))).toEqual({ from: expect.any(String) });
    expect(english(validateMovement({ ...writtenOff(1), writeOffId: ' ', reason: '' }, settings))).toEqual({
      writeOffId: expect.any(String),
      reason: expect.stringMatching(/customer kept/),
    });
    expect(english(validateMovement({ ...writtenOff(1), oldPartsHeld: -1 }, settings))).toEqual({ oldPartsHeld: expect.any(String) });
  });
});
