import { GraphQLError } from 'graphql';

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

export function appError(
  code: ErrorCode,
  message: string,
  fieldErrors?: Record<string, string>,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: fieldErrors && Object.keys(fieldErrors).length ? { code, fieldErrors } : { code },
  });
}

export const notFound = (entity: string, id: string) =>
  appError('NOT_FOUND', `${entity} ${id} does not exist.`);
