import { vi } from 'vitest';

export interface GraphQLErrorShape {
  message: string;
  extensions?: Record<string, unknown>;
}

export type MockResponse = { data?: unknown; errors?: GraphQLErrorShape[] };
export type MockHandler = (variables: Record<string, unknown>) => MockResponse;

export interface RecordedRequest {
  operationName: string;
  variables: Record<string, unknown>;
  authorization: string | null;
}

/**
 * A stand-in for the API at the network boundary: a `fetch` that answers each GraphQL operation
 * by name. Unknown operations fail the test loudly.
 */
export function createMockApi(handlers: Record<string, MockHandler | MockResponse>) {
  const requests: RecordedRequest[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body ?? '{}')) as { operationName?: string; variables?: Record<string, unknown> };
    const operationName = body.operationName ?? '';
    const headers = new Headers(init?.headers);
    requests.push({ operationName, variables: body.variables ?? {}, authorization: headers.get('authorization') });
    const handler = handlers[operationName];
    if (!handler) throw new Error(`The mock API has no handler for ${operationName}`);
    const response = typeof handler === 'function' ? handler(body.variables ?? {}) : handler;
    return new Response(JSON.stringify(response), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests };
}

export function graphQLError(code: string, message: string, fieldErrors?: Record<string, string>): MockResponse {
  return { data: null, errors: [{ message, extensions: { code, ...(fieldErrors ? { fieldErrors } : {}) } }] };
}
