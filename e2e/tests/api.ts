import { inject } from 'vitest';

/**
 * The product's GraphQL API as a test reads it beside the browser: the e2e files share one
 * product, so a test that expects what the data says asks the API what it says now instead of
 * assuming the demo data as loaded (another file may have changed it).
 */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${inject('baseUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors?.length) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function apiToken(username: string, password = 'demo1234'): Promise<string> {
  const { login } = await graphql<{ login: { token: string } }>('mutation ($input: LoginInput!) { login(input: $input) { token } }', {
    input: { username, password },
  });
  return login.token;
}
