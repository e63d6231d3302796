import type { GraphQLError } from 'graphql';
import { appError } from './app-error.js';

/**
 * PostgreSQL data exceptions (SQLSTATE class 22) that only a client's value can cause: a safety net
 * behind the input checks, so that a value they let through is still the client's error to fix.
 */
const CLIENT_VALUE_EXCEPTIONS: Record<string, string> = {
  '22001': 'A text is longer than allowed; shorten it and send again.',
  '22003': 'A number is too large or too small; send a value in the allowed range.',
  '22007': 'A date or time is not valid; use YYYY-MM-DD for dates and ISO 8601 for times.',
  '22008': 'A date or time is out of range; use YYYY-MM-DD for dates and ISO 8601 for times.',
  '22021': 'Text cannot contain the NUL character (U+0000) or invalid characters; remove them and send again.',
  '22P05': 'Text cannot contain the NUL character (U+0000) or invalid characters; remove them and send again.',
};

export function clientValueException(sqlState: string | undefined): GraphQLError | null {
  const message = sqlState ? CLIENT_VALUE_EXCEPTIONS[sqlState] : undefined;
  return message ? appError('BAD_USER_INPUT', message) : null;
}
