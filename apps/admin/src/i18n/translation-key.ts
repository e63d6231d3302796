import type { ParseKeys } from 'i18next';

/** Any key of the translation resources, checked at compile time. */
export type TranslationKey = ParseKeys<'translation'>;
