import { DomainError, type DomainErrorCode } from '@aftersales/domain';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { appError, type ErrorCode } from './app-error.js';
import { fromConnectionFailure } from './connection-errors.js';
import { describeConstraint } from './constraint-messages.js';
import { clientValueException } from './data-exceptions.js';
import { variableErrorLimit } from './variable-error-limit.js';

const DOMAIN_TO_GRAPHQL: Record<DomainErrorCode, ErrorCode> = {
  INVALID_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID_TRANSITION: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
};

const CLIENT_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
  'NOT_RUN',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Turns whatever a resolver threw into an error a client can act on. */
export function toClientError(error: unknown): GraphQLError | null {
  if (error instanceof DomainError) {
    return appError(DOMAIN_TO_GRAPHQL[error.code], error.message, error.fieldErrors);
  }
  const connectionFailure = fromConnectionFailure(error);
  if (connectionFailure) return connectionFailure;
  if (error instanceof QueryFailedError) return fromDatabase(error);
  if (error instanceof GraphQLError) {
    const code = error.extensions?.code;
    if (code === 'UNAUTHORIZED') {
      // type-graphql's @Authorized failure for a signed-in principal lacking the permission.
      return appError('FORBIDDEN', 'You do not have permission to do this.');
    }
    if (code === 'BAD_USER_INPUT' && Array.isArray(error.extensions.validationErrors)) {
      const fieldErrors = flattenValidationErrors(error.extensions.validationErrors as ValidationError[]);
      return appError('BAD_USER_INPUT', `Please correct: ${Object.keys(fieldErrors).join(', ')}.`, fieldErrors);
    }
    if (typeof code === 'string' && CLIENT_CODES.has(code)) return error;
    return variableErrorLimit(error);
  }
  return null;
}

function fromDatabase(error: QueryFailedError): GraphQLError | null {
  const driverError = error.driverError as { code?: string; constraint?: string };
  const described = describeConstraint(driverError.constraint);
  switch (driverError.code) {
    case '23505':
      return appError('CONFLICT', described?.message ?? 'This record already exists.', described && { [described.field]: described.message });
    case '23503':
      return appError('BAD_USER_INPUT', described?.message ?? 'A referenced record does not exist.', described && { [described.field]: described.message });
    case '23514':
      return appError('BAD_USER_INPUT', described?.message ?? 'A value is out of the allowed range.', described && { [described.field]: described.message });
    case '22P02':
      return appError('BAD_USER_INPUT', 'An id or value has the wrong format.');
    // A request's fields share one transaction: once a statement of one field fails, the fields
    // queued behind it cannot run. The error that stopped them is reported with its own field.
    case '25P02':
      return appError('NOT_RUN', 'This part was not run because another part of this request failed first; see that error, correct it and send again. Nothing was changed.');
    // Two changes at the same moment waited on each other (e.g. opposite stock transfers) and the
    // database cancelled one: nothing was written, and doing it again will work.
    case '40P01':
    case '40001':
      return appError('CONFLICT', 'Someone else was changing the same records at the same moment; nothing was saved. Try again.');
    default:
      return clientValueException(driverError.code);
  }
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length) result[path] = messages.join('; ');
    if (error.children?.length) Object.assign(result, flattenValidationErrors(error.children, path));
  }
  return result;
}

/**
 * Apollo's formatError: known client errors pass through with their code; anything else
 * becomes a generic INTERNAL_SERVER_ERROR without a stack trace (logged on the server).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, exposeDetails: boolean): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const mapped = toClientError(original) ?? toClientError(error);
  if (mapped) {
    // `http` tells Apollo the response status; it is not for the client.
    const { http: _http, ...extensions } = mapped.extensions;
    return { message: mapped.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  console.error(original);
  return {
    message: 'Something went wrong on the server. Please try again; if it keeps happening, tell your administrator.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: exposeDetails
      ? { code: 'INTERNAL_SERVER_ERROR', detail: String((original as Error)?.stack ?? original) }
      : { code: 'INTERNAL_SERVER_ERROR' },
  };
}
