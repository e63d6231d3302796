import { describe, expect, it } from 'vitest';
import { responseLanguage } from './response-language.js';

describe('the response language', () => {
  it('is Chinese when the reader asks for it first, English otherwise', () => {
    expect(responseLanguage('zh-CN')).toBe('zh-CN');
    expect(responseLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(responseLanguage('en-US,en;q=0.9,zh-CN;q=0.5')).toBe('en');
    expect(responseLanguage('fr')).toBe('en');
    expect(responseLanguage(undefined)).toBe('en');
  });
});
