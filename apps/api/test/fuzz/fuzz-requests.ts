import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { type ValueContext, valueFor } from './hostile-values.js';

export interface FuzzOperation {
  kind: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export interface FuzzRequest {
  operation: string;
  role: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Every query and mutation of the schema, so new operations are fuzzed without editing the test. */
export function schemaOperations(schema: GraphQLSchema): FuzzOperation[] {
  const operations: FuzzOperation[] = [];
  for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) operations.push({ kind, name: field.name, field });
  }
  return operations;
}

/**
 * The leaf fields of the returned type, and the id (or a few leaves) of the objects one level down:
 * shallow, so the documents stay within depth and cost limits, yet the field resolvers and loaders
 * of related records run on whatever the operation returned.
 */
export function selectionFor(type: GraphQLOutputType, depth = 1): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const fields = Object.values(named.getFields()).filter(
    (field) => !field.args.some((argument) => isNonNullType(argument.type) && argument.defaultValue === undefined),
  );
  const leaves = fields.filter((field) => isLeafType(getNamedType(field.type))).map((field) => field.name);
  if (depth === 0) return `{ __typename ${leaves.includes('id') ? 'id' : leaves.slice(0, 3).join(' ')} }`;
  const parts = ['__typename', ...leaves];
  for (const field of fields) {
    if (isObjectType(getNamedType(field.type))) parts.push(`${field.name} ${selectionFor(field.type, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** A GraphQL literal for `value` in a position of `type` (enum values bare, everything else JSON-like). */
export function printLiteral(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(value)) {
    const item = isListType(nullable) ? nullable.ofType : nullable;
    return `[${value.map((entry) => printLiteral(entry, item)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = isInputObjectType(nullable) ? nullable.getFields() : {};
    const entries = Object.entries(value).map(([key, entry]) => `${key}: ${printLiteral(entry, fields[key]?.type ?? nullable)}`);
    return `{ ${entries.join(', ')} }`;
  }
  if (typeof value === 'string' && isEnumType(getNamedType(nullable)) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return JSON.stringify(value);
}

type ArgumentStyle = 'variable' | 'literal' | 'omitted';

const argumentStyle = fc.oneof(
  { weight: 16, arbitrary: fc.constant<ArgumentStyle>('variable') },
  { weight: 3, arbitrary: fc.constant<ArgumentStyle>('literal') },
  { weight: 1, arbitrary: fc.constant<ArgumentStyle>('omitted') },
);

/** Requests for one operation, as any of `roles`. */
export function requestsFor(operation: FuzzOperation, roles: readonly string[], context: (operation: string) => ValueContext): fc.Arbitrary<FuzzRequest> {
  const valueContext = context(operation.name);
  const argumentArbitraries = operation.field.args.map((argument) =>
    fc.record({ style: argumentStyle, value: valueFor(argument.type, argument.name, valueContext) }),
  );
  const selection = selectionFor(operation.field.type);
  return fc
    .record({
      role: fc.constantFrom(...roles),
      argumentValues: fc.tuple(...argumentArbitraries),
      extraArgument: fc.oneof({ weight: 30, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    })
    .map(({ role, argumentValues, extraArgument }) => {
      const declarations: string[] = [];
      const usages: string[] = [];
      const variables: Record<string, unknown> = {};
      operation.field.args.forEach((argument: GraphQLArgument, index) => {
        const { style, value } = argumentValues[index]!;
        if (style === 'omitted') return;
        if (style === 'literal') {
          if (value !== undefined) usages.push(`${argument.name}: ${printLiteral(value, argument.type)}`);
          return;
        }
        declarations.push(`$${argument.name}: ${String(argument.type)}`);
        usages.push(`${argument.name}: $${argument.name}`);
        if (value !== undefined) variables[argument.name] = value;
      });
      if (extraArgument) usages.push('fuzzExtraArgument: 1');
      const header = declarations.length ? `(${declarations.join(', ')})` : '';
      const call = usages.length ? `(${usages.join(', ')})` : '';
      const query = `${operation.kind} Fuzz${header} { ${operation.name}${call} ${selection} }`;
      return { operation: operation.name, role, query, variables };
    });
}
