import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import type { RegionZone } from '../reference.js';
import { compareForWorkList, shouldFlagForEscalation, travelApprover, type WorkListEntry } from './escalation.js';
import { DEFAULT_COMPLAINT_SETTINGS } from './settings.js';

describe('shouldFlagForEscalation', () => {
  it('flags the third complaint while the two before are open (000 §3)', () => {
    expect(shouldFlagForEscalation(0)).toBe(false);
    expect(shouldFlagForEscalation(1)).toBe(false);
    expect(shouldFlagForEscalation(2)).toBe(true);
    expect(shouldFlagForEscalation(5)).toBe(true);
  });

  it('follows the configured threshold', () => {
    const second = { ...DEFAULT_COMPLAINT_SETTINGS, repeatComplaintThreshold: 2 };
    expect(shouldFlagForEscalation(0, second)).toBe(false);
    expect(shouldFlagForEscalation(1, second)).toBe(true);
  });

  it.each([-1, 1.5, Number.NaN])('rejects a count of %d', (count) => {
    expect(() => shouldFlagForEscalation(count)).toThrow(DomainError);
  });
});

describe('travelApprover', () => {
  it('is the CS manager in the head-office area and the director elsewhere (004 §4.5)', () => {
    expect(travelApprover('LOCAL')).toBe('CS_MANAGER');
    expect(travelApprover('REMOTE')).toBe('DIRECTOR');
    expect(travelApprover('SPECIAL')).toBe('DIRECTOR');
  });

  it('rejects an unknown zone', () => {
    expect(() => travelApprover('ABROAD' as RegionZone)).toThrow(DomainError);
  });
});

describe('compareForWorkList', () => {
  const at = (iso: string) => new Date(iso);
  const entries: Record<string, WorkListEntry> = {
    plainLater: { specialCase: false, overdue: false, nextDue: at('2026-03-10T00:00:00Z') },
    plainSooner: { specialCase: false, overdue: false, nextDue: at('2026-03-05T00:00:00Z') },
    plainNothingDue: { specialCase: false, overdue: false, nextDue: null },
    overdueRecent: { specialCase: false, overdue: true, nextDue: at('2026-03-03T00:00:00Z') },
    overdueLong: { specialCase: false, overdue: true, nextDue: at('2026-02-20T00:00:00Z') },
    specialNotDue: { specialCase: true, overdue: false, nextDue: at('2026-04-01T00:00:00Z') },
    specialOverdue: { specialCase: true, overdue: true, nextDue: at('2026-03-01T00:00:00Z') },
  };

  it('puts special cases first, then overdue, then the earliest due', () => {
    const sorted = Object.entries(entries)
      .sort(([, a], [, b]) => compareForWorkList(a, b))
      .map(([name]) => name);
    expect(sorted).toEqual([
      'specialOverdue',
      'specialNotDue',
      'overdueLong',
      'overdueRecent',
      'plainSooner',
      'plainLater',
      'plainNothingDue',
    ]);
  });

  it('compares equal entries as 0', () => {
    const entry = entries.plainLater as WorkListEntry;
    expect(compareForWorkList(entry, { ...entry })).toBe(0);
    const nothingDue = entries.plainNothingDue as WorkListEntry;
    expect(compareForWorkList(nothingDue, { ...nothingDue })).toBe(0);
  });
});
