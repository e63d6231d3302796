import { enumValues, graphql, type ResultOf, type SchemaEnum } from '../../graphql/graphql';

export type ApiKeyScope = SchemaEnum<'ApiKeyScope'>;
/** In the order the form offers them: the narrower scope first. */
export const API_KEY_SCOPES = enumValues<ApiKeyScope>()(['READ', 'READ_WRITE']);

const API_KEY_FIELDS = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    repairCenter { id code name }
    scope
    ownRateLimitPerMinute
    rateLimitPerMinute
    requestsLast30Days
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

export const UPDATE_API_KEY = graphql(`
  mutation UpdateApiKey($id: ID!, $input: UpdateApiKeyInput!) {
    updateApiKey(id: $id, input: $input) { ...ApiKeyFields }
  }
`, [API_KEY_FIELDS]);

export const REVOKE_API_KEY = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) { ...ApiKeyFields }
  }
`, [API_KEY_FIELDS]);

export const API_KEY_SETTINGS_QUERY = graphql(`
  query ApiKeySettings {
    apiKeySettings { defaultRateLimitPerMinute }
  }
`);

export const UPDATE_API_KEY_SETTINGS = graphql(`
  mutation UpdateApiKeySettings($input: ApiKeySettingsInput!) {
    updateApiKeySettings(input: $input) { defaultRateLimitPerMinute }
  }
`);

export type ApiKey = ResultOf<typeof API_KEYS_QUERY>['apiKeys'][number];
