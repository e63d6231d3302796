import { cacheExchange, Client, fetchExchange, mapExchange } from 'urql';
import { hasErrorCode } from './error-mapper';
import { apiRequestHeaders } from './request-headers';

export interface ApiClientOptions {
  url?: string;
  /** Injected by tests: the network boundary. */
  fetch?: typeof fetch;
  /** Called when the API rejects the session (expired, revoked, unknown token). */
  onUnauthenticated: () => void;
}

export function createApiClient({ url = '/graphql', fetch, onUnauthenticated }: ApiClientOptions): Client {
  return new Client({
    url,
    ...(fetch ? { fetch } : {}),
    // Always POST: GET queries would need CSRF-safe headers on the server side.
    preferGetMethod: false,
    fetchOptions: () => ({ headers: apiRequestHeaders() }),
    exchanges: [
      mapExchange({
        onError(error) {
          if (hasErrorCode(error, 'UNAUTHENTICATED') || error.response?.status === 401) onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
