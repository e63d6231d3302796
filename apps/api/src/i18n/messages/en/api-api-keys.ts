/** The apiApiKeys messages in English; `../zh-CN/api-api-keys.ts` has the same keys in Chinese. */
export const apiApiKeys = {
  chooseRepairCenter: 'Choose a repair center.',
  partnersOnlySeeApiKeys: 'Partners can only see the API keys of their own repair center.',
  apiKeyAlreadyRevoked: 'This API key is already revoked.',
  apiKeyRevokedCannotChange: 'This API key is revoked; issue a new key instead of changing it.',
  apiKeySettingsInvalid: 'The API key settings are not valid; correct the marked fields.',
  apiKeyInvalid: 'The API key is not valid; correct the marked fields.',
  rateLimitReached: 'This API key has used its {{limit}} requests for this minute; try again in {{seconds}} s, or ask head office for a higher limit.',
  readOnlyKeyRefusesMutation: 'This API key is read-only (scope {{scope}}): it may ask questions but not change anything ({{fields}}). Ask head office to give the key the READ_WRITE scope.',
};
