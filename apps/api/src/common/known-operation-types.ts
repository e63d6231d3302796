import type { ValidationRule } from 'graphql';
import { keyedGraphQLError } from './app-error.js';
import { msg } from '../i18n/message.js';

/**
 * graphql-js 16 validates a `subscription` (or a `mutation`) against a schema without that root
 * type and only fails when executing it, with an error that carries no code: it would reach the
 * client as a server fault. Refused here, while validating, as the client's mistake it is.
 * (graphql 17 ships this as KnownOperationTypesRule.)
 */
export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      keyedGraphQLError(msg('apiCommon.apiOperationOperationsSendQuery', { operation: node.operation }), { nodes: node }),
    );
  },
});
