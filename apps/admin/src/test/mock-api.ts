import { vi } from 'vitest';

export interface GraphQLErrorShape {
  message: string;
  extensions?: Record<string, unknown>;
}

export type MockResponse = { data?: unknown; errors?: GraphQLErrorShape[] };
/** Answers an operation; a promise holds the answer back until the test resolves it. */
export type MockHandler = (variables: Record<string, unknown>) => MockResponse | Promise<MockResponse>;

/** Answers a plain HTTP request (e.g. a file export), keyed by path. */
export type RestHandler = (url: URL, init: RequestInit | undefined) => Response;

export interface RecordedRequest {
  /** The GraphQL operation, or `GET /path` for a plain HTTP request. */
  operationName: string;
  variables: Record<string, unknown>;
  authorization: string | null;
  /** The Accept-Language the app sent (the API answers its messages in it). */
  language: string | null;
}

/**
 * A stand-in for the API at the network boundary: a `fetch` that answers each GraphQL operation
 * by name, and other paths (exports) from `rest`. Unknown operations fail the test loudly.
 */
export function createMockApi(handlers: Record<string, MockHandler | MockResponse>, rest: Record<string, RestHandler> = {}) {
  const requests: RecordedRequest[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    if (url.pathname !== '/graphql') {
      const method = init?.method ?? 'GET';
      const restHeaders = new Headers(init?.headers);
      requests.push({
        operationName: `${method} ${url.pathname}`,
        variables: Object.fromEntries(url.searchParams),
        authorization: restHeaders.get('authorization'),
        language: restHeaders.get('accept-language'),
      });
      const restHandler = rest[url.pathname];
      if (!restHandler) throw new Error(`The mock API has no handler for ${method} ${url.pathname}`);
      await networkJitter();
      return restHandler(url, init);
    }
    const body = JSON.parse(String(init?.body ?? '{}')) as { operationName?: string; variables?: Record<string, unknown> };
    const operationName = body.operationName ?? '';
    const headers = new Headers(init?.headers);
    requests.push({ operationName, variables: body.variables ?? {}, authorization: headers.get('authorization'), language: headers.get('accept-language') });
    const handler = handlers[operationName];
    if (!handler) throw new Error(`The mock API has no handler for ${operationName}`);
    const response = typeof handler === 'function' ? await handler(body.variables ?? {}) : handler;
    await networkJitter();
    return new Response(JSON.stringify(response), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests };
}

/**
 * With MOCK_API_JITTER_MS=n, each answer waits a random 0–n ms, so answers to parallel requests
 * arrive in any order, as on a real network. Tests that pass only in the order of the calls (the
 * race CI's load exposes now and then) fail under it; without the variable answers are immediate.
 */
const jitterMs = Number(process.env.MOCK_API_JITTER_MS ?? 0);

async function networkJitter(): Promise<void> {
  if (jitterMs > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * jitterMs));
}

export function graphQLError(code: string, message: string, fieldErrors?: Record<string, string>): MockResponse {
  return { data: null, errors: [{ message, extensions: { code, ...(fieldErrors ? { fieldErrors } : {}) } }] };
}
