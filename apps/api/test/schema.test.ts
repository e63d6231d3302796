import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../src/schema.js';
import { startTestApp } from './test-app.js';

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

describe('database schema', () => {
  // The entities are typeorm's only description of the tables; an entity whose column drifted from
  // the migrations (a renamed column, another type or nullability) would read and write the wrong
  // thing. Only columns are compared: the migrations also own constraints, foreign keys, indexes and
  // defaults the entities do not declare, and numeric precisions (entities say `numeric`).
  const COLUMN_CHANGE = /ADD COLUMN|ALTER COLUMN "[^"]+" (TYPE|SET NOT NULL|DROP NOT NULL)|CREATE TABLE|RENAME/;
  const NUMERIC_PRECISION_ONLY = /ALTER COLUMN "[^"]+" TYPE numeric$/;

  it('the entities match the migrations: typeorm would add or change no column', async () => {
    const app = await startTestApp();
    try {
      const pending = await app.dataSource.driver.createSchemaBuilder().log();
      const columnChanges = pending.upQueries
        .map((query) => query.query)
        .filter((query) => COLUMN_CHANGE.test(query) && !NUMERIC_PRECISION_ONLY.test(query));
      expect(columnChanges).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
