import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { localizeErrors } from './localize-errors.js';
import { catalogProblems } from './message-translator.js';
import { sourceMessages } from './source-messages.js';
import { ZH_CN_MESSAGES } from './zh-CN/index.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const folders = ['apps/api/src', 'packages/domain/src'].map((folder) => `${repoRoot}${folder}`);

describe('the Chinese message catalog', () => {
  it('translates every message the API and the domain rules write', () => {
    const missing = sourceMessages(folders, repoRoot)
      .filter(({ text }) => !(text in ZH_CN_MESSAGES))
      .map(({ text, where }) => `${where}  ${text}`);
    expect(missing).toEqual([]);
  });

  it('places every value its English key holds, numbered', () => {
    expect(catalogProblems(ZH_CN_MESSAGES)).toEqual([]);
  });

  it('answers a Chinese reader in Chinese, field errors too, and keeps English for anyone else', () => {
    const errors = [{ message: 'Please correct: code, name.', extensions: { code: 'BAD_USER_INPUT', fieldErrors: { code: 'This record already exists.' } } }];
    expect(localizeErrors(errors, 'zh-CN')).toEqual([
      { message: '请更正：code, name。', extensions: { code: 'BAD_USER_INPUT', fieldErrors: { code: '该记录已存在。' } } },
    ]);
    expect(localizeErrors(errors, 'en')).toEqual(errors);
  });
});
