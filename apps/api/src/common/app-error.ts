import { type FieldErrors, fieldsInEnglish, inEnglish, type Message, type MessageValues } from '@aftersales/domain';
import { GraphQLError, type GraphQLErrorOptions } from 'graphql';
import { msg } from '../i18n/message.js';
import { apiRecords } from '../i18n/messages/en/api-records.js';

/** The one error vocabulary clients see (extensions.code). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  /** The database is unreachable or busy: try again shortly (HTTP 503, Retry-After). */
  | 'SERVICE_UNAVAILABLE'
  /** A statement ran past the request's statement timeout: ask for less, or try later. */
  | 'TIMEOUT'
  /** Not run because an earlier part of the same request failed and aborted its transaction. */
  | 'NOT_RUN';

/** How a message travels in `extensions`: the key and values a client can translate by itself. */
export function messageExtensions(message: Message): { messageKey: string; messageValues?: MessageValues } {
  return message.values ? { messageKey: message.key, messageValues: message.values } : { messageKey: message.key };
}

/**
 * A GraphQL error whose text is a keyed message: `message` is its English text, `extensions`
 * carry the key and values; the response is put into the reader's language by key on the way out.
 */
export function keyedGraphQLError(message: Message, options: GraphQLErrorOptions = {}): GraphQLError {
  return new GraphQLError(inEnglish(message), { ...options, extensions: { ...options.extensions, ...messageExtensions(message) } });
}

export function appError(code: ErrorCode, message: Message, fieldErrors?: FieldErrors): GraphQLError {
  const fields = fieldErrors && Object.keys(fieldErrors).length ? fieldErrors : undefined;
  return keyedGraphQLError(message, {
    extensions: fields
      ? { code, fieldErrors: fieldsInEnglish(fields), fieldMessages: Object.fromEntries(Object.entries(fields).map(([field, fieldMessage]) => [field, messageOf(fieldMessage)])) }
      : { code },
  });
}

/** A message as plain data (key, values), the form clients receive it in. */
function messageOf(message: Message): Message {
  return message.values ? { key: message.key, values: message.values } : { key: message.key };
}

const isRecordName = (entity: string): entity is keyof typeof apiRecords => Object.hasOwn(apiRecords, entity);

/** "<record> <id> does not exist."; the record's name is translated when the catalog knows it. */
export const notFound = (entity: string, id: string) =>
  appError('NOT_FOUND', msg('apiCommon.entityIdDoesExist', { entity: isRecordName(entity) ? msg(`apiRecords.${entity}`) : entity, id }));
