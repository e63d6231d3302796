import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../locales/en';
import { zhCN } from '../locales/zh-CN';

export const LANGUAGE_STORAGE_KEY = 'aftersales.lang';
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

export function storedLanguage(): Language {
  const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

/** A fresh i18next instance (one per app, one per test), in the stored language. */
export function createI18n(language: Language = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false }, // React escapes.
    initAsync: false,
    returnNull: false,
  });
  const applyToDocument = (next: string) => {
    document.documentElement.lang = next;
    document.title = instance.t('app.name');
  };
  applyToDocument(language);
  instance.on('languageChanged', (next) => {
    applyToDocument(next);
    if (isLanguage(next)) localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
  });
  return instance;
}
