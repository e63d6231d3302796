import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../src/schema.js';

describe('published schema', () => {
  it('matches the committed schema.graphql (regenerate with `pnpm --filter @aftersales/api schema`)', async () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join('\n')
      .trim();
    expect(printSchema(await buildAppSchema()).trim()).toBe(committed);
  });

  it('describes every root field, so partners know the Chinese term', async () => {
    const schema = await buildAppSchema();
    const rootFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.values(type!.getFields()));
    expect(rootFields.filter((field) => !field.description).map((field) => field.name)).toEqual([]);
  });
});
