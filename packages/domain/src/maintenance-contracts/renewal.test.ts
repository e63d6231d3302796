import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLifecycleProperties } from '../test-support/lifecycle-properties.js';
import { errorOf } from '../test-support/error-of.js';
import {
  CONTRACT_LIFECYCLE,
  assertCanRecordRenewal,
  assertCanRecordRenewalNotice,
  isContractExpiring,
  renewalNoticeDueOn,
  renewalStateOf,
  type RenewingContract,
} from './index.js';

const contract = {
  id: 'c-1',
  validFrom: '2025-07-01',
  validTo: '2026-06-30',
  renewalNoticeSentOn: null,
  renewalOutcome: null,
  serials: [{ serialKey: 'M2023-000512' }],
};

describe('expiring (即将到期)', () => {
  it('covers the notice period through the last day, not before and not once ended', () => {
    expect(isContractExpiring(contract, '2026-05-31', 30)).toBe(true);
    expect(isContractExpiring(contract, '2026-05-30', 30)).toBe(false);
    expect(isContractExpiring(contract, '2026-06-30', 30)).toBe(true);
    expect(isContractExpiring(contract, '2026-07-01', 30)).toBe(false);
    expect(isContractExpiring(contract, '2026-05-01', 60)).toBe(true);
  });

  it('stops once the notice is recorded or the renewal decided', () => {
    expect(isContractExpiring({ ...contract, renewalNoticeSentOn: '2026-06-01' }, '2026-06-10', 30)).toBe(false);
    expect(isContractExpiring({ ...contract, renewalOutcome: 'RENEWED' }, '2026-06-10', 30)).toBe(false);
  });

  it('needs a whole number of days', () => {
    expect(errorOf(() => isContractExpiring(contract, '2026-06-10', -1)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => isContractExpiring(contract, '2026-06-10', 2.5)).code).toBe('INVALID_INPUT');
  });

  it('dates the notice the notice period before the last day', () => {
    expect(renewalNoticeDueOn(contract, 30)).toBe('2026-05-31');
  });

  it('states where the renewal stands', () => {
    expect(renewalStateOf(contract)).toBe('NONE');
    expect(renewalStateOf({ ...contract, renewalNoticeSentOn: '2026-06-01' })).toBe('NOTICE_SENT');
    expect(renewalStateOf({ ...contract, renewalNoticeSentOn: '2026-06-01', renewalOutcome: 'DECLINED' })).toBe('DECLINED');
    expect(renewalStateOf({ ...contract, renewalOutcome: 'RENEWED' })).toBe('RENEWED');
  });
});

describe('recording the expiry notice (保养到期通知书)', () => {
  const notice = { sentOn: '2026-06-01', method: 'LETTER', sentBy: ' 李客服 ', note: ' 挂号信 ' };

  it('answers the values to store, trimmed', () => {
    expect(assertCanRecordRenewalNotice(contract, notice, '2026-06-02')).toEqual({ sentOn: '2026-06-01', method: 'LETTER', sentBy: '李客服', note: '挂号信' });
    expect(assertCanRecordRenewalNotice(contract, { ...notice, method: 'VISIT', note: '  ' }, '2026-06-01').note).toBeNull();
  });

  it('names each bad field', () => {
    const error = errorOf(() => assertCanRecordRenewalNotice(contract, { sentOn: '2026-06-31', method: 'EMAIL', sentBy: ' ' }, '2026-06-02'));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fieldErrors).toEqual({
      sentOn: expect.stringMatching(/YYYY-MM-DD/),
      method: 'Choose how the notice went out: LETTER, VISIT or PHONE.',
      sentBy: expect.stringMatching(/who sent/),
    });
    expect(errorOf(() => assertCanRecordRenewalNotice(contract, { ...notice, sentOn: '2026-06-03' }, '2026-06-02')).fieldErrors).toEqual({
      sentOn: expect.stringMatching(/future/),
    });
    expect(errorOf(() => assertCanRecordRenewalNotice(contract, { ...notice, sentOn: '2025-06-30' }, '2026-06-02')).fieldErrors).toEqual({
      sentOn: 'The notice cannot be sent before the contract started (2025-07-01).',
    });
    expect(errorOf(() => assertCanRecordRenewalNotice(contract, { ...notice, note: 'x'.repeat(501) }, '2026-06-02')).fieldErrors).toEqual({
      note: 'A note has at most 500 characters.',
    });
  });

  it('is recorded once, and not once the renewal is decided', () => {
    const sent = errorOf(() => assertCanRecordRenewalNotice({ ...contract, renewalNoticeSentOn: '2026-05-30' }, notice, '2026-06-02'));
    expect(sent).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already recorded as sent on 2026-05-30/) });
    const decided = errorOf(() => assertCanRecordRenewalNotice({ ...contract, renewalOutcome: 'RENEWED' }, notice, '2026-06-02'));
    expect(decided).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already decided \(RENEWED\)/) });
  });
});

describe('recording the renewal (续约结果)', () => {
  const renewal: RenewingContract = {
    id: 'c-2',
    contractNumber: 'HT-2026-0031',
    validFrom: '2026-07-01',
    validTo: '2027-06-30',
    serials: [{ serialKey: 'M2023-000512' }],
    renewsContractId: null,
  };

  it('links the new contract when RENEWED, the note optional', () => {
    expect(assertCanRecordRenewal(contract, { outcome: 'RENEWED', renewedBy: renewal })).toEqual({ outcome: 'RENEWED', renewedByContractId: 'c-2', note: null });
  });

  it('needs the customer’s reason when DECLINED', () => {
    expect(assertCanRecordRenewal(contract, { outcome: 'DECLINED', note: ' 设备已淘汰 ' })).toEqual({ outcome: 'DECLINED', renewedByContractId: null, note: '设备已淘汰' });
    expect(errorOf(() => assertCanRecordRenewal(contract, { outcome: 'DECLINED', note: ' ' })).fieldErrors).toEqual({ note: expect.stringMatching(/why the customer declined/) });
  });

  it('needs a known outcome', () => {
    expect(errorOf(() => assertCanRecordRenewal(contract, { outcome: 'MAYBE' })).fieldErrors).toEqual({ outcome: 'Choose the outcome: RENEWED or DECLINED.' });
  });

  it('refuses a renewal that is missing, the contract itself, ends no later or covers none of its units', () => {
    const fieldOf = (renewedBy: RenewingContract | null) => errorOf(() => assertCanRecordRenewal(contract, { outcome: 'RENEWED', renewedBy })).fieldErrors?.renewedByContractId;
    expect(fieldOf(null)).toMatch(/Choose the new contract/);
    expect(fieldOf({ ...renewal, id: 'c-1' })).toMatch(/cannot renew itself/);
    expect(fieldOf({ ...renewal, validTo: '2026-06-30' })).toBe(
      'Contract HT-2026-0031 ends on 2026-06-30, not after this one (2026-06-30); choose the contract that continues it.',
    );
    expect(fieldOf({ ...renewal, serials: [{ serialKey: 'G2024-000208' }] })).toMatch(/covers none of this contract's units/);
  });

  it('refuses a contract already recorded as another one’s renewal, and a second outcome, with CONFLICT', () => {
    const taken = errorOf(() => assertCanRecordRenewal(contract, { outcome: 'RENEWED', renewedBy: { ...renewal, renewsContractId: 'c-0' } }));
    expect(taken).toMatchObject({ code: 'CONFLICT', fieldErrors: { renewedByContractId: expect.any(String) } });
    const twice = errorOf(() => assertCanRecordRenewal({ ...contract, renewalOutcome: 'DECLINED' }, { outcome: 'RENEWED', renewedBy: renewal }));
    expect(twice).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already recorded as DECLINED/) });
  });
});

describe('CONTRACT_LIFECYCLE', () => {
  const manager = { permissions: ['contracts.read', 'contracts.manage'] as const };

  it('records one notice and one outcome, and edits at any time', () => {
    expect(CONTRACT_LIFECYCLE.allowedCommands('NONE', manager)).toEqual(['edit', 'recordRenewalNotice', 'recordRenewed', 'recordDeclined']);
    expect(CONTRACT_LIFECYCLE.allowedCommands('NOTICE_SENT', manager)).toEqual(['edit', 'recordRenewed', 'recordDeclined']);
    expect(CONTRACT_LIFECYCLE.allowedCommands('DECLINED', manager)).toEqual(['edit']);
    expect(CONTRACT_LIFECYCLE.allowedCommands('NONE', { permissions: ['contracts.read'] })).toEqual([]);
  });

  it('keeps its properties on generated command sequences', () => {
    checkLifecycleProperties(CONTRACT_LIFECYCLE, {
      initial: ['NONE'],
      step: fc.record({ actor: fc.constantFrom(null, manager, { permissions: ['contracts.read'] as const }), context: fc.constant(undefined) }),
    });
  });
});
