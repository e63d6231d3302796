import type { GraphQLFormattedError } from 'graphql';
import { createMessageTranslator } from './message-translator.js';
import type { ResponseLanguage } from './response-language.js';
import { ZH_CN_MESSAGES } from './zh-CN/index.js';

const toChinese = createMessageTranslator(ZH_CN_MESSAGES);

/** A message in the response language; messages without a translation stay English. */
export function localizeMessage(message: string, language: ResponseLanguage): string {
  return language === 'zh-CN' ? toChinese(message) : message;
}

function localizeFieldErrors(fieldErrors: unknown, language: ResponseLanguage): unknown {
  if (!fieldErrors || typeof fieldErrors !== 'object') return fieldErrors;
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, message]) => [field, typeof message === 'string' ? localizeMessage(message, language) : message]),
  );
}

/** The errors of a GraphQL response, messages and field errors, in the response language. */
export function localizeErrors(errors: readonly GraphQLFormattedError[], language: ResponseLanguage): GraphQLFormattedError[] {
  return errors.map((error) => ({
    ...error,
    message: localizeMessage(error.message, language),
    ...(error.extensions?.['fieldErrors']
      ? { extensions: { ...error.extensions, fieldErrors: localizeFieldErrors(error.extensions['fieldErrors'], language) } }
      : {}),
  }));
}
