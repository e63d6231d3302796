import type { MessageCatalog } from '../message-translator.js';

/** Complaints: registration, investigation, responsibility, resolution, CAPA, visits, reports. */
export const COMPLAINT_MESSAGES: MessageCatalog = {};
