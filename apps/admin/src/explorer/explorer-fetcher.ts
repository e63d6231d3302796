import type { GraphiQLProps } from 'graphiql';
import type { Credential } from './credentials';

type Fetcher = GraphiQLProps['fetcher'];

/**
 * Sends GraphiQL's requests to the product's own /graphql with the credential as
 * `Authorization: Bearer …` (the header the API reads for partner keys and sessions) and the
 * reader's language, so error messages come back in it. Headers typed into GraphiQL's header
 * editor are sent too; the credential wins over an Authorization typed there.
 */
export function explorerFetcher(credential: Credential, language: string): Fetcher {
  return async (params, options) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        ...options?.headers,
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        'accept-language': language,
        ...(credential.kind === 'NONE' ? {} : { authorization: `Bearer ${credential.token}` }),
      },
      body: JSON.stringify(params),
    });
    return response.json();
  };
}
