import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  assertCapaTransition,
  CAPA_STATUSES,
  CAPA_TRANSITIONS,
  type CapaContent,
  type CapaStatus,
  canIssueCapa,
  validateCapaContent,
} from './capa.js';
import { english } from '../test-support/english.js';

const ALLOWED: [CapaStatus, CapaStatus][] = [
  ['ISSUED', 'ANALYZED'],
  ['ANALYZED', 'ACTIONS_RECORDED'],
  ['ACTIONS_RECORDED', 'VERIFIED_EFFECTIVE'],
  ['ACTIONS_RECORDED', 'VERIFIED_INEFFECTIVE'],
  ['VERIFIED_INEFFECTIVE', 'ANALYZED'],
];

describe('assertCapaTransition', () => {
  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(() => assertCapaTransition(from, to)).not.toThrow();
  });

  it('refuses every other pair, with the allowed next states', () => {
    const allowed = new Set(ALLOWED.map(([from, to]) => `${from}>${to}`));
    for (const from of CAPA_STATUSES) {
      for (const to of CAPA_STATUSES) {
        if (allowed.has(`${from}>${to}`)) continue;
        try {
          assertCapaTransition(from, to);
          expect.unreachable(`${from} → ${to}`);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).code).toBe('INVALID_TRANSITION');
          expect((error as DomainError).details).toEqual({ from, to, allowed: [...CAPA_TRANSITIONS[from].to] });
        }
      }
    }
  });

  it('loops through a new analysis until effective, which is final', () => {
    expect(CAPA_TRANSITIONS.VERIFIED_EFFECTIVE.to).toEqual([]);
    expect(() => assertCapaTransition('VERIFIED_EFFECTIVE', 'ANALYZED')).toThrow(/verified effective is final/);
    expect(() => assertCapaTransition('BROKEN' as CapaStatus, 'ANALYZED')).toThrow(DomainError);
  });
});

describe('validateCapaContent', () => {
  const full: CapaContent = {
    rootCause: '绕组浸漆工艺温度偏低,绝缘固化不足',
    correctiveAction: '返修同批次 12 台电机',
    preventiveAction: '浸漆炉加装温度记录仪,每班点检',
    verificationNote: '跟踪三个月,同类故障 0 起',
  };

  it('needs only what each state stands on', () => {
    expect(validateCapaContent('ISSUED', {})).toEqual({});
    expect(validateCapaContent('ANALYZED', { rootCause: full.rootCause })).toEqual({});
    expect(validateCapaContent('ACTIONS_RECORDED', { ...full, verificationNote: null })).toEqual({});
    expect(validateCapaContent('VERIFIED_EFFECTIVE', full)).toEqual({});
  });

  it('names each missing text', () => {
    expect(english(validateCapaContent('ANALYZED', {}))).toEqual({ rootCause: expect.any(String) });
    expect(english(validateCapaContent('ACTIONS_RECORDED', { rootCause: full.rootCause }))).toEqual({
      correctiveAction: expect.any(String),
      preventiveAction: expect.any(String),
    });
    expect(english(validateCapaContent('VERIFIED_INEFFECTIVE', { ...full, verificationNote: '  ' }))).toEqual({
      verificationNote: expect.any(String),
    });
  });

  it('does not take punctuation for an analysis', () => {
    expect(english(validateCapaContent('ANALYZED', { rootCause: ' - / 。' }))).toEqual({ rootCause: expect.any(String) });
    expect(validateCapaContent('ANALYZED', { rootCause: '无' })).toEqual({});
  });

  it('reports an unknown status', () => {
    expect(english(validateCapaContent('DONE' as CapaStatus, full))).toEqual({ status: expect.any(String) });
  });
});

describe('canIssueCapa', () => {
  it('issues only when a unit inside the company bears a share', () => {
    expect(canIssueCapa([{ unit: 'PRODUCTION', sharePercent: 70 }, { unit: 'QUALITY_INSPECTION', sharePercent: 30 }])).toBe(true);
    expect(canIssueCapa([{ unit: 'CARRIER', sharePercent: 60 }, { unit: 'SALES', sharePercent: 40 }])).toBe(true);
    expect(canIssueCapa([{ unit: 'CUSTOMER', sharePercent: 100 }])).toBe(false);
    expect(canIssueCapa([{ unit: 'CARRIER', sharePercent: 100 }])).toBe(false);
    expect(canIssueCapa([])).toBe(false);
  });
});
