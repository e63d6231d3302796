import { graphql, type ResultOf } from '../../graphql/graphql';

export const API_KEYS_QUERY = graphql(`
  query ApiKeys($repairCenterId: ID, $includeRevoked: Boolean) {
    apiKeys(repairCenterId: $repairCenterId, includeRevoked: $includeRevoked) {
      id
      name
      prefix
      repairCenter { id code name }
      createdAt
      createdByName
      lastUsedAt
      revokedAt
    }
  }
`);

export const CREATE_API_KEY = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        prefix
        repairCenter { id code name }
        createdAt
        createdByName
        lastUsedAt
        revokedAt
      }
    }
  }
`);

export const REVOKE_API_KEY = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      name
      prefix
      repairCenter { id code name }
      createdAt
      createdByName
      lastUsedAt
      revokedAt
    }
  }
`);

export type ApiKey = ResultOf<typeof API_KEYS_QUERY>['apiKeys'][number];
