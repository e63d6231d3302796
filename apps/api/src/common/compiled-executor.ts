import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { GraphQLError, printSchema, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

const MAX_COMPILED = 1_000;

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
    return result.errors ? { ...result, errors: result.errors.map((error) => asGraphQLError(error, request.operation)) } : result;
  };
  return {
    async load() { return { executor }; },
    onSchemaLoadOrUpdate(callback) { callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) }); return () => {}; },
    async stop() { compiled.clear(); },
  };
}

/**
 * graphql-jit's errors carry no `extensions` object unless the thrown error had one, and Apollo
 * reads `extensions.code` of every error: as graphql-js errors they are formatted like any other.
 */
function asGraphQLError(error: GraphQLError, operation: OperationDefinitionNode): GraphQLError {
  // A variable's error names its definition, as graphql-js's does: Apollo tells the client's bad
  // input (BAD_USER_INPUT) from a server fault by it.
  const variable = /^Variable "\$([^"]+)"/.exec(error.message)?.[1];
  const definition = variable ? operation.variableDefinitions?.find((one) => one.variable.name.value === variable) : undefined;
  const converted = new GraphQLError(error.message, {
    nodes: definition,
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? {},
  });
  (converted as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return converted;
}
