import type { MessageCatalog } from '../message-translator.js';

/** 三包 parts rules of the domain package. */
export const PARTS_DOMAIN_MESSAGES: MessageCatalog = {};
