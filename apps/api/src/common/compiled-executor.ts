import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { GraphQLError, printSchema, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { appError } from './app-error.js';
import { msg } from '../i18n/message.js';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** Compiled operations kept, one entry per document (the oldest goes first). */
const MAX_COMPILED = 1_000;
/** As graphql-js: invalid variables listed before the answer stops listing them. */
const MAX_VARIABLE_ERRORS = 50;
const tooManyVariableErrors = () => appError('BAD_USER_INPUT', msg('apiCommon.tooManyInvalidValuesVariables'));

/**
 * Runs each operation with graphql-jit: compiled once per document into a function that calls the
 * same resolvers and reads plain fields directly, where graphql-js interprets every field of every
 * row (a page of 50 complaints: 6.1 → 4.9 ms of CPU). Apollo still parses, validates (our limits),
 * runs the plugins and formats the errors; only execution changes. Apollo 4+ takes a custom
 * executor only through its `gateway` option (its migration guide's replacement for `executor`):
 * this is a gateway with one fixed schema.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  const compiled = new Map<DocumentNode, Map<string, CompiledQuery>>();

  function compiledOf(document: DocumentNode, operationName: string | null) {
    let byName = compiled.get(document);
    if (!byName) {
      if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
      compiled.set(document, (byName = new Map()));
    }
    const key = operationName ?? '';
    let query = byName.get(key);
    if (!query) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      if (!isCompiledQuery(result)) return result;
      byName.set(key, (query = result));
    }
    return query;
  }

  const executor: Executor = async (request) => {
    const query = compiledOf(request.document, request.operationName);
    if (!isCompiledQuery(query)) return query;
    const result = await query.query(undefined, request.context, request.request.variables ?? {});
    if (!result.errors) return result;
    // No data: the operation never ran, its variables were refused (the client's input).
    const refusedVariables = result.data === undefined;
    const errors = result.errors.map((error) => asGraphQLError(error, refusedVariables));
    // graphql-js stops listing invalid variables after 50; a hostile client's thousands of invalid
    // values get as short an answer here (the last error says so, as variable-error-limit.ts words it).
    return { ...result, errors: refusedVariables && errors.length > MAX_VARIABLE_ERRORS ? [...errors.slice(0, MAX_VARIABLE_ERRORS), tooManyVariableErrors()] : errors };
  };
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {
      compiled.clear();
    },
  };
}

/**
 * graphql-jit's errors carry no `extensions` object unless the thrown error had one, and Apollo
 * reads `extensions.code` of every error: as graphql-js errors they are formatted like any other.
 */
function asGraphQLError(error: GraphQLError, invalidVariable: boolean): GraphQLError {
  // An invalid variable is the client's input, whatever graphql-jit's message calls it (it may name
  // the inner field, or be a scalar's own words): BAD_USER_INPUT, as Apollo answers graphql-js's.
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: invalidVariable ? { ...error.extensions, code: 'BAD_USER_INPUT' } : (error.extensions ?? {}),
  });
  (converted as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return converted;
}
