import type { ApolloServerPlugin } from '@apollo/server';
import { scopeAllows } from '@aftersales/domain';
import { Kind } from 'graphql';
import { keyedGraphQLError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { list, msg } from '../i18n/message.js';
import type { ApiKeyRateLimiter } from './api-key-rate-limiter.js';
import type { ApiKeyUsage } from './api-key-usage.js';

/**
 * Every operation of a request signed with an API key passes here once, after Apollo knows the
 * operation and before any resolver runs: the key's requests-per-minute limit, its usage count,
 * and its scope (a READ key runs no mutation, whatever the mutation). Session requests skip it.
 */
export function apiKeyAccess(rateLimiter: ApiKeyRateLimiter, usage: ApiKeyUsage): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const principal = contextValue.principal;
      const access = principal?.apiKey;
      if (!principal || !access) return;
      return {
        async didResolveOperation({ operation }) {
          await rateLimiter.consume(principal.id, access.rateLimitPerMinute);
          usage.record(principal.id);
          // Apollo has refused a request without a resolvable operation before this hook.
          if (!operation || scopeAllows(access.scope, operation.operation)) return;
          const fields = operation.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : []));
          throw keyedGraphQLError(msg('apiApiKeys.readOnlyKeyRefusesMutation', { scope: access.scope, fields: list(fields) }), {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        },
      };
    },
  };
}
