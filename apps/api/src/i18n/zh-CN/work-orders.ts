import type { MessageCatalog } from '../message-translator.js';

/** Work orders, surveys and technician scores. */
export const WORK_ORDER_MESSAGES: MessageCatalog = {};
