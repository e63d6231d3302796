import { catalogEntries, list, placeholders } from '@aftersales/domain';
import type { GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { appError } from '../common/app-error.js';
import { localizeErrors } from './localize-errors.js';
import { msg } from './message.js';
import { CATALOGS } from './translate.js';

const english = catalogEntries(CATALOGS.en);
const chinese = new Map(catalogEntries(CATALOGS['zh-CN']));

describe('the Chinese message catalog', () => {
  it('has a Chinese text for every key the API and the domain rules write', () => {
    const missing = english.filter(([key]) => !chinese.get(key)?.trim()).map(([key, text]) => `${key}  ${text}`);
    expect(missing).toEqual([]);
  });

  it('places the same values as the English text', () => {
    const mismatched = english
      .filter(([key, text]) => chinese.has(key) && placeholders(text).join() !== placeholders(chinese.get(key)!).join())
      .map(([key, text]) => `${key}: "${text}" / "${chinese.get(key)}"`);
    expect(mismatched).toEqual([]);
  });

  it('answers a Chinese reader in Chinese, field errors too, and keeps English for anyone else', () => {
    const error = appError('BAD_USER_INPUT', msg('apiCommon.pleaseCorrectKeys', { keys: list(['code', 'name']) }), {
      code: msg('apiCommon.recordAlreadyExists'),
    });
    const errors: GraphQLFormattedError[] = [{ message: error.message, extensions: error.extensions }];
    expect(localizeErrors(errors, 'zh-CN')).toMatchObject([
      { message: '请更正：code, name。', extensions: { code: 'BAD_USER_INPUT', fieldErrors: { code: '该记录已存在。' }, messageKey: 'apiCommon.pleaseCorrectKeys' } },
    ]);
    expect(localizeErrors(errors, 'en')).toMatchObject([
      { message: 'Please correct: code, name.', extensions: { code: 'BAD_USER_INPUT', fieldErrors: { code: 'This record already exists.' } } },
    ]);
  });

  it('translates a library’s own wording it knows, and the known reason inside it', () => {
    const [wrapped] = localizeErrors([{ message: 'Variable "$input" got invalid value "x"; Expected a string value.' }], 'zh-CN');
    expect(wrapped?.message).toBe('变量 $input 的值 "x" 无效：应为字符串。');
  });
});
