import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, Kind, type SelectionSetNode } from 'graphql';
import type { RequestContext } from './request-context.js';

/** Whether the document asks for `__schema` or `__type` anywhere (`__typename` is not the schema). */
function asksForSchema(selectionSet: SelectionSetNode | undefined): boolean {
  return (selectionSet?.selections ?? []).some((selection) => {
    if (selection.kind === Kind.FIELD && (selection.name.value === '__schema' || selection.name.value === '__type')) return true;
    return selection.kind !== Kind.FRAGMENT_SPREAD && asksForSchema(selection.selectionSet);
  });
}

const introspectingDocuments = new WeakMap<DocumentNode, boolean>();

/** Apollo hands every request with the same text the same parsed document: it is walked once. */
function isIntrospection(document: DocumentNode): boolean {
  let answer = introspectingDocuments.get(document);
  if (answer === undefined) {
    answer = document.definitions.some(
      (definition) => (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) && asksForSchema(definition.selectionSet),
    );
    introspectingDocuments.set(document, answer);
  }
  return answer;
}

/**
 * Production answers introspection only to a caller with a valid API key or session: the API
 * explorer (and a partner's own tools) get the schema with its descriptions, while an anonymous
 * prober still gets no map of it (field suggestions are hidden in production for the same reason).
 */
export const introspectionForSignedInOnly: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        if (!isIntrospection(document)) return;
        try {
          contextValue.requirePrincipal();
        } catch (error) {
          // Apollo answers errors thrown before execution with 500 unless told otherwise.
          Object.assign((error as { extensions: Record<string, unknown> }).extensions, { http: { status: 401 } });
          throw error;
        }
      },
    };
  },
};
