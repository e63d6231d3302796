import { DOMAIN_MESSAGES, DOMAIN_MESSAGES_ZH_CN, type Message, renderMessage } from '@aftersales/domain';
import i18next from 'i18next';
import { API_MESSAGES } from './messages/en/index.js';
import { API_MESSAGES_ZH_CN } from './messages/zh-CN/index.js';
import type { ResponseLanguage } from './response-language.js';

/** The resources i18next renders from: the domain's areas and the API's, one namespace, per language. */
export const CATALOGS = {
  en: { ...DOMAIN_MESSAGES, ...API_MESSAGES },
  'zh-CN': { ...DOMAIN_MESSAGES_ZH_CN, ...API_MESSAGES_ZH_CN },
} as const;

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: CATALOGS.en }, 'zh-CN': { translation: CATALOGS['zh-CN'] } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  // Values are plain text placed into plain text (JSON answers), never HTML.
  interpolation: { escapeValue: false },
});

/** A message in the response language, by key; nested messages and lists in the same language. */
export function translate(message: Message, language: ResponseLanguage): string {
  return renderMessage(message, language, (key, values) => i18n.t(key, { lng: language, replace: values }));
}
