import type { MessageCatalog } from '../message-translator.js';
import { COMMON_MESSAGES } from './common.js';
import { COMPLAINT_MESSAGES } from './complaints.js';
import { LIFECYCLE_MESSAGES } from './lifecycles.js';
import { MAINTENANCE_CONTRACT_MESSAGES } from './maintenance-contracts.js';
import { PARTS_API_MESSAGES } from './parts-api.js';
import { PARTS_DOMAIN_MESSAGES } from './parts-domain.js';
import { OPERATIONS_MESSAGES } from './operations.js';
import { REQUEST_LIMIT_MESSAGES } from './request-limits.js';
import { WORK_ORDER_MESSAGES } from './work-orders.js';

/**
 * The API's messages in Simplified Chinese, by area. Keys are the English texts exactly as the
 * code writes them, `${…}` written `{}`; `catalog-coverage.test.ts` finds any the code adds.
 */
export const ZH_CN_MESSAGES: MessageCatalog = {
  ...COMMON_MESSAGES,
  ...LIFECYCLE_MESSAGES,
  ...COMPLAINT_MESSAGES,
  ...WORK_ORDER_MESSAGES,
  ...PARTS_API_MESSAGES,
  ...PARTS_DOMAIN_MESSAGES,
  ...MAINTENANCE_CONTRACT_MESSAGES,
  ...OPERATIONS_MESSAGES,
  ...REQUEST_LIMIT_MESSAGES,
};
