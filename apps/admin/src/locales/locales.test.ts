import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function interpolations(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
}

describe('locales', () => {
  it('have identical key sets', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(zhCN).sort());
  });

  it('use the same interpolation variables and no empty texts', () => {
    const lookup = (resources: unknown, path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], resources) as string;
    for (const path of keyPaths(zhCN)) {
      expect(lookup(zhCN, path), path).not.toBe('');
      expect(lookup(en, path), path).not.toBe('');
      expect(interpolations(lookup(en, path)), path).toEqual(interpolations(lookup(zhCN, path)));
    }
  });
});
