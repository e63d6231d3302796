import { buildSchema, parse, print, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaSource from '../../../api/schema.graphql?raw';
// The API refuses oversized operations (depth, cost, aliases, tokens, directives) before running
// them; its limits live in this framework-free module, read here as the schema is.
import { graphqlLimitRules, graphqlParseOptions } from '../../../api/src/common/graphql-limits';

// The API emits its authoritative schema here (docs/graphql-contract.md); every operation the admin
// sends must validate against it, so contract drift fails here instead of in the browser.
// The explorer's components are GraphiQL's page, not the admin's (its entry renders on import); its
// example operations (explorer/example-operations.ts) are collected like any other.
const modules = import.meta.glob(['../**/*.ts', '../**/*.tsx', '!../**/*.test.*', '!../test/**', '!../main.tsx', '!../explorer/*.tsx'], { eager: true });

/** Every exported operation: typed documents (`graphql(…)`, printed with their fragments) and plain strings. */
interface Operation {
  name: string;
  document: string;
  typed: boolean;
}

function operations(): Operation[] {
  return Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports as Record<string, unknown>).flatMap(([name, value]): Operation[] => {
      if (typeof value === 'string') return /^\s*(query|mutation)\b/.test(value) ? [{ name: `${file}#${name}`, document: value, typed: false }] : [];
      if (!isDocument(value) || !value.definitions.some((definition) => definition.kind === 'OperationDefinition')) return [];
      return [{ name: `${file}#${name}`, document: print(value), typed: true }];
    }),
  );
}

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'Document';
}

describe('GraphQL operations', () => {
  // docs/architecture.md: a plain string's result type is whatever the page claims, so a schema
  // change would break the page only in the browser.
  it('are all typed from the schema with graphql()', () => {
    expect(operations().filter((operation) => !operation.typed).map((operation) => operation.name)).toEqual([]);
  });

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
