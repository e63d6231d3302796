/** The apiKeys messages in English; `../zh-CN/api-keys.ts` has the same keys in Chinese. */
export const apiKeys = {
  enterRequestsPerMinute: 'Enter a whole number of requests per minute from {{min}} to {{max}}.',
};
