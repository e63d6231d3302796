/** The apiApiKeys messages in English; `../zh-CN/api-api-keys.ts` has the same keys in Chinese. */
export const apiApiKeys = {
  chooseRepairCenter: 'Choose a repair center.',
  partnersOnlySeeApiKeys: 'Partners can only see the API keys of their own repair center.',
  apiKeyAlreadyRevoked: 'This API key is already revoked.',
};
