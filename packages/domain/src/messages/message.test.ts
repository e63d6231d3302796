import { describe, expect, it } from 'vitest';
import { fillPlaceholders, list, msg, placeholders, renderMessage } from './index.js';

const catalogs: Record<string, Record<string, string>> = {
  en: { 'a.allowed': 'Allowed: {{states}}.', 'a.oneOf': 'Choose {{choices}}.', 'a.wrapped': '{{reason}} Try again.', 'a.reason': 'Too many.' },
  'zh-CN': { 'a.allowed': '允许：{{states}}。', 'a.oneOf': '请选择{{choices}}。', 'a.wrapped': '{{reason}}请重试。', 'a.reason': '次数过多。' },
};
const render = (message: ReturnType<typeof msg>, language: string) =>
  renderMessage(message, language, (key, values) => fillPlaceholders(catalogs[language]![key]!, values));

describe('rendering a message', () => {
  it('joins a list the way the language joins it; an enumeration of codes reads "A, B, C" in both', () => {
    const oneOf = { key: 'a.oneOf', values: { choices: list(['A', 'B'], 'disjunction') } } as never;
    expect(render(oneOf, 'en')).toBe('Choose A or B.');
    expect(render(oneOf, 'zh-CN')).toBe('请选择A或B。');
    const allowed = { key: 'a.allowed', values: { states: list(['OPEN', 'CLOSED']) } } as never;
    expect(render(allowed, 'en')).toBe('Allowed: OPEN, CLOSED.');
    expect(render(allowed, 'zh-CN')).toBe('允许：OPEN, CLOSED。');
  });

  it('renders nested messages in the same language', () => {
    const wrapped = { key: 'a.wrapped', values: { reason: { key: 'a.reason' } } } as never;
    expect(render(wrapped, 'en')).toBe('Too many. Try again.');
    expect(render(wrapped, 'zh-CN')).toBe('次数过多。请重试。');
  });

  it('names the placeholders of a text', () => {
    expect(placeholders('{{b}} and {{a}}')).toEqual(['a', 'b']);
  });
});
