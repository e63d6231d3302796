import { addEnglishMessages, type CatalogKey, type DomainMessageKey, inEnglish, type Message, type MessageValues } from '@aftersales/domain';
import { API_MESSAGES } from './messages/en/index.js';

/** A key of the API's catalogs or the domain's: an unknown key is a compile error. */
export type ApiMessageKey = CatalogKey<typeof API_MESSAGES> | DomainMessageKey;

// DomainError.message and appError's English text read the API's keys too.
addEnglishMessages(API_MESSAGES);

export function msg(key: ApiMessageKey, values?: MessageValues): Message<ApiMessageKey> {
  return values ? { key, values } : { key };
}

/**
 * class-validator options for a decorator's message: the English text it reports, and the keyed
 * message in the constraint's context, where `flattenValidationErrors` finds it.
 */
export function validationMessage(message: Message): { message: string; context: { message: Message } } {
  return { message: inEnglish(message), context: { message } };
}

export { list } from '@aftersales/domain';
