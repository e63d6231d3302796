import type { Translation } from '../catalog.js';
import type { apiKeys as english } from '../en/api-keys.js';

/** The apiKeys messages in Simplified Chinese. */
export const apiKeys: Translation<typeof english> = {
  enterRequestsPerMinute: '请输入 {{min}}–{{max}} 之间的每分钟请求数（整数）。',
};
