import type { MessageCatalog } from '../message-translator.js';

/** 三包 parts as the API checks them: requisitions, shipments, local purchases, stock, write-offs. */
export const PARTS_API_MESSAGES: MessageCatalog = {};
