import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaSource from '../../../api/schema.graphql?raw';
// The API refuses oversized operations (depth, cost, aliases, tokens, directives) before running
// them; its limits live in this framework-free module, read here as the schema is.
import { graphqlLimitRules, graphqlParseOptions } from '../../../api/src/common/graphql-limits';

// The API emits its authoritative schema here (docs/graphql-contract.md); every operation the admin
// sends must validate against it, so contract drift fails here instead of in the browser.
const modules = import.meta.glob(['../**/*.ts', '../**/*.tsx', '!../**/*.test.*', '!../test/**', '!../main.tsx'], { eager: true });

function operations(): { name: string; document: string }[] {
  return Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports as Record<string, unknown>)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && /^\s*(query|mutation)\b/.test(entry[1]))
      .map(([name, document]) => ({ name: `${file}#${name}`, document })),
  );
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
