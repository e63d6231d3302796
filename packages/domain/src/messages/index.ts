import { type Catalog, type CatalogKey, catalogText } from './catalog.js';
import { DOMAIN_MESSAGES } from './en/index.js';
import { fillPlaceholders, type Message, type MessageValues, renderMessage } from './message.js';

export * from './catalog.js';
export * from './message.js';
export { DOMAIN_MESSAGES } from './en/index.js';
export { DOMAIN_MESSAGES_ZH_CN } from './zh-CN/index.js';

export type DomainMessageKey = CatalogKey<typeof DOMAIN_MESSAGES>;

/** A domain message; an unknown key is a compile error. */
export function msg(key: DomainMessageKey, values?: MessageValues): Message<DomainMessageKey> {
  return values ? { key, values } : { key };
}

const englishCatalogs: Catalog[] = [DOMAIN_MESSAGES];

/** The API adds its own English catalog, so errors it raises through the domain read in English too. */
export function addEnglishMessages(catalog: Catalog): void {
  if (!englishCatalogs.includes(catalog)) englishCatalogs.push(catalog);
}

function englishTemplate(key: string): string {
  for (const catalog of englishCatalogs) {
    const text = catalogText(catalog, key);
    if (text !== undefined) return text;
  }
  return key;
}

/** The English text of a message (what `DomainError.message`, logs and tests read). */
export function inEnglish(message: Message): string {
  return renderMessage(message, 'en', (key, values) => fillPlaceholders(englishTemplate(key), values));
}

/** Field messages as English texts, field by field. */
export function fieldsInEnglish(fields: Readonly<Record<string, Message>>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([field, message]) => [field, inEnglish(message)]));
}
