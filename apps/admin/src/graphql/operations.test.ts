import { buildSchema, parse, print, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaSource from '../../../api/schema.graphql?raw';
// The API refuses oversized operations (depth, cost, aliases, tokens, directives) before running
// them; its limits live in this framework-free module, read here as the schema is.
import { graphqlLimitRules, graphqlParseOptions } from '../../../api/src/common/graphql-limits';

// The API emits its authoritative schema here (docs/graphql-contract.md); every operation the admin
// sends must validate against it, so contract drift fails here instead of in the browser.
const modules = import.meta.glob(['../**/*.ts', '../**/*.tsx', '!../**/*.test.*', '!../test/**', '!../main.tsx'], { eager: true });

/** The exported operations: typed documents (`graphql(…)`, with their fragments) and plain strings. */
function operations(): { name: string; document: string }[] {
  return Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports as Record<string, unknown>).flatMap(([name, value]) => {
      const document = operationSource(value);
      return document === null ? [] : [{ name: `${file}#${name}`, document }];
    }),
  );
}

function operationSource(value: unknown): string | null {
  if (typeof value === 'string') return /^\s*(query|mutation)\b/.test(value) ? value : null;
  if (!isDocument(value) || !value.definitions.some((definition) => definition.kind === 'OperationDefinition')) return null;
  return print(value);
}

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'Document';
}

describe('GraphQL operations', () => {
  it('all validate against the API schema', () => {
    const schema = buildSchema(schemaSource);
    const found = operations();
    expect(found.length).toBeGreaterThan(30);
    const problems = found.flatMap(({ name, document }) => validate(schema, parse(document)).map((error) => `${name}: ${error.message}`));
    expect(problems).toEqual([]);
  });

  it("all stay within the API's query limits", () => {
    const schema = buildSchema(schemaSource);
    const problems = operations().flatMap(({ name, document }) => {
      try {
        return validate(schema, parse(document, graphqlParseOptions()), graphqlLimitRules()).map((error) => `${name}: ${error.message}`);
      } catch (error) {
        return [`${name}: ${(error as Error).message}`];
      }
    });
    expect(problems).toEqual([]);
  });
});
