import { Client, fetchExchange } from 'urql';

/**
 * The customer's own client: it never sends the staff session. The API refuses a request whose
 * session has expired (UNAUTHENTICATED) even for a public query, so a stale sign-in in this
 * browser must not ride along; and nothing is cached, as the survey is answered once.
 */
export function createPublicClient(fetch: typeof globalThis.fetch, url = '/graphql'): Client {
  return new Client({ url, fetch, preferGetMethod: false, requestPolicy: 'network-only', exchanges: [fetchExchange] });
}
