import { describe, expect, it } from 'vitest';
import { catalogProblems, createMessageTranslator } from './message-translator.js';
import { responseLanguage } from './response-language.js';

const translate = createMessageTranslator({
  'Wrong username or password.': '用户名或密码错误。',
  'Complaint {} is {}; a visit is registered for an open complaint.': '投诉 {0} 已{1}，只能为未结的投诉登记上门服务。',
  'Move {} from {} to {}.': '将 {0} 从 {2} 移回 {1}。',
  '{} Try again in {}.': '{0}请在{1}后重试。',
  'Too many failed sign-ins.': '登录失败次数过多。',
  '{} minutes': '{0} 分钟',
  'The order is {}.': '派工单状态为 {0}。',
  'The order is closed.': '派工单已关闭。',
});

describe('translating a message', () => {
  it('finds a message as written, and one with values in its own word order', () => {
    expect(translate('Wrong username or password.')).toBe('用户名或密码错误。');
    expect(translate('Complaint TS-2026-000001 is CLOSED; a visit is registered for an open complaint.')).toBe(
      '投诉 TS-2026-000001 已CLOSED，只能为未结的投诉登记上门服务。',
    );
    expect(translate('Move 3 from A to B.')).toBe('将 3 从 B 移回 A。');
  });

  it('translates the values that are messages themselves', () => {
    expect(translate('Too many failed sign-ins. Try again in 15 minutes.')).toBe('登录失败次数过多。请在15 分钟后重试。');
  });

  it('prefers the more specific entry', () => {
    expect(translate('The order is closed.')).toBe('派工单已关闭。');
    expect(translate('The order is CALLED.')).toBe('派工单状态为 CALLED。');
  });

  it('translates sentence by sentence, and leaves what it does not know in English', () => {
    expect(translate('Wrong username or password. Ask your administrator.')).toBe('用户名或密码错误。Ask your administrator.');
    expect(translate('Nothing known here.')).toBe('Nothing known here.');
  });
});

describe('checking a catalog', () => {
  it('names translations that place a value the key does not hold, or leave them unnumbered', () => {
    expect(catalogProblems({ 'Part {} is out.': '配件 {1} 缺货。', 'Part {} again.': '配件 {} 再次。', 'Fine {}.': '好 {0}。' })).toEqual([
      '"Part {} is out.": {1} but the key has 1 value(s)',
      '"Part {} again.": the translation must number its values ({0}, {1}, …)',
    ]);
  });
});

describe('the response language', () => {
  it('is Chinese when the reader asks for it first, English otherwise', () => {
    expect(responseLanguage('zh-CN')).toBe('zh-CN');
    expect(responseLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(responseLanguage('en-US,en;q=0.9,zh-CN;q=0.5')).toBe('en');
    expect(responseLanguage('fr')).toBe('en');
    expect(responseLanguage(undefined)).toBe('en');
  });
});
