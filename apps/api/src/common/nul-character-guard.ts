import { inEnglish } from '@aftersales/domain';
import { keyedGraphQLError } from './app-error.js';
import type { ApolloServerPlugin } from '@apollo/server';
import { type ASTNode, type DocumentNode, Kind, visit } from 'graphql';
import { list, msg } from '../i18n/message.js';

const NUL = '\u0000';
export const NUL_FIELD_MESSAGE = msg('apiCommon.textContainNulCharacterU2');

/** Where NUL occurs in a variable's value: `input.lines.2.note`, keys and values alike. */
function nulPaths(value: unknown, path: string, found: string[]): void {
  if (typeof value === 'string') {
    if (value.includes(NUL)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((entry, index) => nulPaths(entry, `${path}.${index}`, found));
  } else if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if (key.includes(NUL)) found.push(path);
      else nulPaths(entry, `${path}.${key}`, found);
    }
  }
}

/**
 * The literal NULs of each document, by the parsed document itself: Apollo hands every request
 * with the same query text the same (immutable) DocumentNode from its document cache, so the
 * document is walked once, not on every request.
 */
const literalNulsOfDocument = new WeakMap<DocumentNode, readonly string[]>();

/** Where NUL occurs in the document's string literals: `createRegion.input.name`. */
function literalNulPaths(document: DocumentNode): readonly string[] {
  let found = literalNulsOfDocument.get(document);
  if (!found) {
    found = literalNulPathsOf(document);
    literalNulsOfDocument.set(document, found);
  }
  return found;
}

function literalNulPathsOf(document: DocumentNode): string[] {
  const found: string[] = [];
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (!node.value.includes(NUL)) return;
      const names = [...ancestors, parent]
        .filter((ancestor): ancestor is ASTNode => ancestor !== undefined && !Array.isArray(ancestor) && 'kind' in ancestor)
        .flatMap((ancestor) => {
          if (ancestor.kind === Kind.VARIABLE_DEFINITION) return [ancestor.variable.name.value];
          return ancestor.kind === Kind.FIELD || ancestor.kind === Kind.ARGUMENT || ancestor.kind === Kind.OBJECT_FIELD ? [ancestor.name.value] : [];
        });
      found.push(names.join('.'));
    },
  });
  return found;
}

/**
 * PostgreSQL cannot store the NUL character in text, so a NUL anywhere in a request would fail
 * deep inside SQL. Every request is checked here, before execution, and refused as
 * BAD_USER_INPUT naming where the NUL is; no resolver has to think of it.
 */
export const nulCharacterGuard: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const found: string[] = [];
        for (const [name, value] of Object.entries(request.variables ?? {})) nulPaths(value, name, found);
        found.push(...literalNulPaths(document));
        if (!found.length) return;
        const places = [...new Set(found)];
        throw keyedGraphQLError(msg('apiCommon.textContainNulCharacterU3', { places: list(places) }), {
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldErrors: Object.fromEntries(places.map((place) => [place, inEnglish(NUL_FIELD_MESSAGE)])),
            fieldMessages: Object.fromEntries(places.map((place) => [place, NUL_FIELD_MESSAGE])),
            // Apollo answers errors thrown before execution with 500 unless told otherwise.
            http: { status: 400 },
          },
        });
      },
    };
  },
};
