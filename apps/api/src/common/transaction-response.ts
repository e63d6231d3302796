import type { GraphQLResponse } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { appError } from './app-error.js';
import { RETRY_AFTER_SECONDS } from './connection-errors.js';
import { toClientError } from './error-mapping.js';
import { msg } from '../i18n/message.js';

/**
 * What a request whose commit failed answers: CONFLICT when other changes got in the way
 * (serialization failure, deadlock, a deferred constraint), SERVICE_UNAVAILABLE when the
 * connection was lost. Either way nothing was saved.
 */
export function commitFailure(error: unknown): GraphQLFormattedError {
  const mapped = toClientError(error) ?? appError('CONFLICT', msg('apiCommon.changeCouldSavedPleaseTry'));
  return { message: mapped.message, extensions: { ...mapped.extensions } };
}

/**
 * GraphQL answers errors with HTTP 200; one that could not reach the database goes out as
 * 503 with Retry-After instead, so that clients and load balancers know to try again.
 */
export function markUnavailable(response: GraphQLResponse): void {
  if (response.body.kind !== 'single') return;
  const errors = response.body.singleResult.errors ?? [];
  if (!errors.some((error) => error.extensions?.['code'] === 'SERVICE_UNAVAILABLE')) return;
  response.http.status = 503;
  response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
}
