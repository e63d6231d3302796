import { graphql, type ResultOf } from '../../graphql/graphql';

const API_KEY_FIELDS = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    repairCenter { id code name }
    createdAt
    createdByName
    lastUsedAt
    revokedAt
  }
`);

export const API_KEYS_QUERY = graphql(`
  query ApiKeys($repairCenterId: ID, $includeRevoked: Boolean) {
    apiKeys(repairCenterId: $repairCenterId, includeRevoked: $includeRevoked) { ...ApiKeyFields }
  }
`, [API_KEY_FIELDS]);

export const CREATE_API_KEY = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey { ...ApiKeyFields }
    }
  }
`, [API_KEY_FIELDS]);

export const REVOKE_API_KEY = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) { ...ApiKeyFields }
  }
`, [API_KEY_FIELDS]);

export type ApiKey = ResultOf<typeof API_KEYS_QUERY>['apiKeys'][number];
