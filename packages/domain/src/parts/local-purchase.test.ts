import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../roles.js';
import { errorOf } from '../test-support/error-of.js';
import { checkLifecycleProperties } from '../test-support/lifecycle-properties.js';
import {
  assertLocalPurchaseApproved,
  assertValidLocalPurchase,
  DEFAULT_PARTS_SETTINGS,
  LOCAL_PURCHASE_LIFECYCLE,
  LOCAL_PURCHASE_REASONS,
  type LocalPurchaseInput,
  localPurchaseValue,
  normalizeSupplierName,
  validateLocalPurchase,
} from './index.js';
import { english } from '../test-support/english.js';

const settings = DEFAULT_PARTS_SETTINGS;
// A mechanical seal for a QJ pump, bought locally because the customer's irrigation has stopped.
const purchase: LocalPurchaseInput = {
  reasons: ['PRODUCTION_STOPPED', 'FACTORY_CANNOT_SUPPLY'],
  workOrderId: 'wo-7',
  partId: 'SEAL-QJ',
  quantity: 2,
  supplier: '鼓楼五金机电',
  unitPrice: 4_200,
  quotes: [
    { supplier: '鼓楼五金机电', unitPrice: 4_200 },
    { supplier: '台江水泵配件', unitPrice: 4_500 },
    { supplier: '仓山机电商行', unitPrice: 4_800 },
  ],
};

describe('validateLocalPurchase', () => {
  it('accepts an urgent purchase at the lowest of three quotes', () => {
    expect(LOCAL_PURCHASE_REASONS).toEqual(['CUSTOMER_WAITING', 'PRODUCTION_STOPPED', 'FACTORY_CANNOT_SUPPLY']);
    expect(validateLocalPurchase(purchase, settings)).toEqual({});
    expect(localPurchaseValue(purchase)).toBe(8_400);
    expect(() => assertValidLocalPurchase({ ...purchase, workOrderId: null, complaintId: 'c-3' }, settings)).not.toThrow();
  });

  it('needs an urgent reason of 004 §6.1 and the repair it is for', () => {
    expect(english(validateLocalPurchase({ ...purchase, reasons: [], workOrderId: ' ' }, settings))).toEqual({
      reasons: expect.stringMatching(/customer is waiting/),
      workOrderId: expect.any(String),
    });
    const reasons = ['CHEAPER' as 'CUSTOMER_WAITING', 'PRODUCTION_STOPPED', 'PRODUCTION_STOPPED'] as const;
    expect(english(validateLocalPurchase({ ...purchase, reasons }, settings))).toEqual({
      'reasons.0': expect.any(String),
      'reasons.2': 'PRODUCTION_STOPPED is already given.',
    });
  });

  it('compares three distinct suppliers (003 parts §10)', () => {
    const two = { ...purchase, quotes: purchase.quotes.slice(0, 2) };
    expect(english(validateLocalPurchase(two, settings))).toEqual({ quotes: 'Compare quotes from 3 different suppliers; 2 given.' });
    const repeated = { ...purchase, quotes: [...purchase.quotes.slice(0, 2), { supplier: '  台江水泵配件 ', unitPrice: 4_400 }] };
    expect(english(validateLocalPurchase(repeated, settings))).toEqual({
      'quotes.2.supplier': expect.stringMatching(/already quoted in row 2/),
      quotes: expect.stringMatching(/2 given/),
    });
    expect(validateLocalPurchase({ ...two, choiceReason: null }, { ...settings, localPurchaseQuoteCount: 2 })).toEqual({});
  });

  it('checks each quote', () => {
    const quotes = [{ supplier: '', unitPrice: 0 }, ...purchase.quotes];
    expect(english(validateLocalPurchase({ ...purchase, quotes }, settings))).toEqual({
      'quotes.0.supplier': expect.any(String),
      'quotes.0.unitPrice': expect.any(String),
    });
  });

  it('asks why when buying above the lowest quote or outside the quotes', () => {
    const dearer = { ...purchase, supplier: '台江水泵配件', unitPrice: 4_500 };
    expect(english(validateLocalPurchase(dearer, settings))).toEqual({
      choiceReason: 'The price ¥45.00 is above the lowest quote, ¥42.00 from 鼓楼五金机电; say why, e.g. quality or delivery time.',
    });
    expect(validateLocalPurchase({ ...dearer, choiceReason: '原厂同规格,质量更稳定' }, settings)).toEqual({});
    const outside = { ...purchase, unitPrice: 4_000 };
    expect(english(validateLocalPurchase(outside, settings))).toEqual({ choiceReason: expect.stringMatching(/not among the quotes/) });
    expect(english(validateLocalPurchase({ ...purchase, supplier: '马尾配件厂' }, settings))).toEqual({
      choiceReason: expect.stringMatching(/not among/),
    });
  });

  it('matches supplier names without case or spacing, and takes any of a tie as the lowest', () => {
    expect(normalizeSupplierName('  ABC   Hardware ')).toBe('abc hardware');
    const tie = { ...purchase, quotes: [...purchase.quotes.slice(0, 2), { supplier: 'ABC  Hardware', unitPrice: 4_200 }] };
    expect(validateLocalPurchase({ ...tie, supplier: 'abc hardware' }, settings)).toEqual({});
  });

  it('names the purchase fields', () => {
    const empty = { ...purchase, partId: '', quantity: 0, supplier: ' ', unitPrice: 0 };
    expect(english(validateLocalPurchase(empty, settings))).toEqual({
      partId: expect.any(String),
      quantity: expect.any(String),
      supplier: expect.any(String),
      unitPrice: expect.any(String),
    });
    expect(errorOf(() => assertValidLocalPurchase(empty, settings)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => validateLocalPurchase(purchase, { ...settings, localPurchaseQuoteCount: 0 })).fieldErrors).toHaveProperty(
      'localPurchaseQuoteCount',
    );
  });
});

describe('assertLocalPurchaseApproved (004 §6.1: 报部门领导同意后)', () => {
  const approvedAt = new Date('2026-11-05T01:30:00Z');

  it('lets the purchase go ahead once the CS department leader agreed', () => {
    expect(() => assertLocalPurchaseApproved({ approverRole: 'CS_MANAGER', approvedAt })).not.toThrow();
    expect(() => assertLocalPurchaseApproved({ approverRole: 'CS_MANAGER', approvedAt }, approvedAt)).not.toThrow();
  });

  it('refuses without approval, by another role, or bought before the approval', () => {
    expect(errorOf(() => assertLocalPurchaseApproved(null)).code).toBe('CONFLICT');
    const agent = errorOf(() => assertLocalPurchaseApproved({ approverRole: 'CS_AGENT', approvedAt }));
    expect(agent.code).toBe('FORBIDDEN');
    expect(agent.details).toEqual({ role: 'CS_AGENT', required: 'CS_MANAGER' });
    const early = errorOf(() => assertLocalPurchaseApproved({ approverRole: 'CS_MANAGER', approvedAt }, new Date('2026-11-05T01:29:59Z')));
    expect(early.fieldErrors).toEqual({ purchasedAt: expect.any(String) });
    expect(errorOf(() => assertLocalPurchaseApproved({ approverRole: 'CS_MANAGER', approvedAt: new Date('x') })).fieldErrors).toEqual({
      approvedAt: expect.any(String),
    });
  });
});

describe('LOCAL_PURCHASE_LIFECYCLE', () => {
  it('lets only the CS department leader decide, and records only an agreed purchase', () => {
    const approver = { permissions: ['parts.approve', 'parts.request'] as const };
    expect(LOCAL_PURCHASE_LIFECYCLE.allowedCommands('REQUESTED', approver, { role: 'CS_MANAGER' })).toEqual(['approve', 'reject']);
    expect(LOCAL_PURCHASE_LIFECYCLE.allowedCommands('REQUESTED', approver, { role: 'DIRECTOR' })).toEqual([]);
    expect(errorOf(() => LOCAL_PURCHASE_LIFECYCLE.assertCommand('approve', 'REQUESTED', approver, { role: 'DIRECTOR' })).code).toBe('FORBIDDEN');
    expect(LOCAL_PURCHASE_LIFECYCLE.allowedCommands('APPROVED', approver, { role: 'CS_AGENT' })).toEqual(['recordPurchase']);
    expect(LOCAL_PURCHASE_LIFECYCLE.transitions).toEqual({ REQUESTED: ['APPROVED', 'REJECTED'], APPROVED: ['PURCHASED'], REJECTED: [], PURCHASED: [] });
  });

  it('keeps its properties on generated command sequences', () => {
    checkLifecycleProperties(LOCAL_PURCHASE_LIFECYCLE, {
      initial: ['REQUESTED'],
      step: fc.record({
        actor: fc.constantFrom(null, { permissions: ['parts.approve'] as const }, { permissions: ['parts.request'] as const }),
        context: fc.record({ role: fc.constantFrom(...ROLES) }),
      }),
    });
  });
});
