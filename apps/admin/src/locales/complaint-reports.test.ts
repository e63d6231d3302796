import { describe, expect, it } from 'vitest';
import { complaintReportMessagesEn } from './complaint-reports.en';
import { complaintReportMessages } from './complaint-reports.zh-CN';

// `locales.test.ts` checks these too once `zh-CN.ts` and `en.ts` spread them in; until then, here.

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();

describe('complaint report locales', () => {
  const zh = new Map(leaves(complaintReportMessages));
  const en = new Map(leaves(complaintReportMessagesEn));

  it('have identical keys, no empty texts and the same interpolation variables', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, text] of zh) {
      expect(text, key).not.toBe('');
      expect(en.get(key), key).not.toBe('');
      expect(variables(en.get(key) ?? ''), key).toEqual(variables(text));
    }
  });
});
