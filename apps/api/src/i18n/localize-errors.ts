import type { Message } from '@aftersales/domain';
import type { GraphQLFormattedError } from 'graphql';
import { foreignMessage } from './foreign-messages.js';
import type { ResponseLanguage } from './response-language.js';
import { translate } from './translate.js';

function keyedMessage(extensions: Record<string, unknown> | undefined): Message | null {
  const key = extensions?.['messageKey'];
  if (typeof key !== 'string') return null;
  const values = extensions?.['messageValues'] as Message['values'];
  return values ? { key, values } : { key };
}

/**
 * The errors of a GraphQL response in the response language: by `extensions.messageKey` (and the
 * field errors by `extensions.fieldMessages`); a library's own English text (graphql-js) by the few
 * patterns `foreign-messages.ts` knows. English answers keep the texts as they are.
 */
export function localizeErrors(errors: readonly GraphQLFormattedError[], language: ResponseLanguage): GraphQLFormattedError[] {
  if (language === 'en') return [...errors];
  return errors.map((error) => {
    const message = keyedMessage(error.extensions) ?? foreignMessage(error.message);
    const fieldMessages = error.extensions?.['fieldMessages'] as Record<string, Message> | undefined;
    return {
      ...error,
      message: message ? translate(message, language) : error.message,
      ...(fieldMessages
        ? {
            extensions: {
              ...error.extensions,
              fieldErrors: Object.fromEntries(Object.entries(fieldMessages).map(([field, fieldMessage]) => [field, translate(fieldMessage, language)])),
            },
          }
        : {}),
    };
  });
}
