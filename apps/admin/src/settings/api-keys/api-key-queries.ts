const API_KEY_FIELDS = /* GraphQL */ `
  id
  name
  prefix
  repairCenter { id code name }
  createdAt
  createdByName
  lastUsedAt
  revokedAt
`;

export const API_KEYS_QUERY = /* GraphQL */ `
  query ApiKeys($repairCenterId: ID, $includeRevoked: Boolean) {
    apiKeys(repairCenterId: $repairCenterId, includeRevoked: $includeRevoked) { ${API_KEY_FIELDS} }
  }
`;

export const CREATE_API_KEY = /* GraphQL */ `
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey { ${API_KEY_FIELDS} }
    }
  }
`;

export const REVOKE_API_KEY = /* GraphQL */ `
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) { ${API_KEY_FIELDS} }
  }
`;

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  repairCenter: { id: string; code: string; name: string };
  createdAt: string;
  createdByName: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
