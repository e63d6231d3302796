import { DomainError, type DomainErrorCode, type FieldErrors, inEnglish, type Message } from '@aftersales/domain';
import { validatorMessage } from '../i18n/foreign-messages.js';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { appError, type ErrorCode, messageExtensions } from './app-error.js';
import { fromConnectionFailure } from './connection-errors.js';
import { describeConstraint } from './constraint-messages.js';
import { clientValueException } from './data-exceptions.js';
import { variableErrorLimit } from './variable-error-limit.js';
import { list, msg } from '../i18n/message.js';

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
    return appError(DOMAIN_TO_GRAPHQL[error.code], error.userMessage, error.fieldMessages);
  }
  const connectionFailure = fromConnectionFailure(error);
  if (connectionFailure) return connectionFailure;
  if (error instanceof QueryFailedError) return fromDatabase(error);
  if (error instanceof GraphQLError) {
    const code = error.extensions?.code;
    if (code === 'UNAUTHORIZED') {
      // type-graphql's @Authorized failure for a signed-in principal lacking the permission.
      return appError('FORBIDDEN', msg('apiCommon.youDoPermissionDo'));
    }
    if (code === 'BAD_USER_INPUT' && Array.isArray(error.extensions.validationErrors)) {
      const fieldErrors = flattenValidationErrors(error.extensions.validationErrors as ValidationError[]);
      return appError('BAD_USER_INPUT', msg('apiCommon.pleaseCorrectKeys', { keys: list(Object.keys(fieldErrors)) }), fieldErrors);
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
      return appError('CONFLICT', described?.message ?? msg('apiCommon.recordAlreadyExists'), described && { [described.field]: described.message });
    case '23503':
      return appError('BAD_USER_INPUT', described?.message ?? msg('apiCommon.referencedRecordDoesExist'), described && { [described.field]: described.message });
    case '23514':
      return appError('BAD_USER_INPUT', described?.message ?? msg('apiCommon.valueOutAllowedRange'), described && { [described.field]: described.message });
    case '22P02':
      return appError('BAD_USER_INPUT', msg('apiCommon.idValueWrongFormat'));
    // A request's fields share one transaction: once a statement of one field fails, the fields
    // queued behind it cannot run. The error that stopped them is reported with its own field.
    case '25P02':
      return appError('NOT_RUN', msg('apiCommon.partRunBecauseAnotherPart'));
    // Two changes at the same moment waited on each other (e.g. opposite stock transfers) and the
    // database cancelled one: nothing was written, and doing it again will work.
    case '40P01':
    case '40001':
      return appError('CONFLICT', msg('apiCommon.someoneElseChangingSameRecords'));
    default:
      return clientValueException(driverError.code);
  }
}

/**
 * class-validator's errors as field messages: a decorator's own message travels in its context
 * (see `validationMessage`); a default text of the library is recognised by its constraint.
 */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldErrors {
  const result: FieldErrors = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.entries(error.constraints ?? {}).map(
      ([constraint, text]): Message => (error.contexts?.[constraint]?.['message'] as Message | undefined) ?? validatorMessage(constraint, text),
    );
    if (messages.length) result[path] = messages.reduce((first, second) => msg('apiForeign.bothProblems', { first, second }));
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
  const message = msg('apiCommon.somethingWentWrongServerPlease');
  return {
    message: inEnglish(message),
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      ...messageExtensions(message),
      ...(exposeDetails ? { detail: String((original as Error)?.stack ?? original) } : {}),
    },
  };
}
