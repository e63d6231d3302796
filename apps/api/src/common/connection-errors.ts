import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { appError } from './app-error.js';
import { RequestEndedError } from './request-connection.js';
import { msg } from '../i18n/message.js';

/** What clients are told to wait before trying again while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

/** Network failures of the connection to PostgreSQL (Node's codes). */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/**
 * node-postgres and pg-pool report a lost, unusable or unobtainable connection with these
 * messages and no code.
 */
const DRIVER_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error and is not queryable/,
  /^Client was closed and is not queryable/,
  /^Cannot use a pool after calling end on the pool/,
];

/** SQLSTATEs that mean the server will not (now) serve this connection. */
function isUnavailableState(code: string): boolean {
  return (
    code.startsWith('08') || // connection exception
    code === '57P01' || // admin_shutdown (e.g. pg_terminate_backend)
    code === '57P02' || // crash_shutdown
    code === '57P03' || // cannot_connect_now (starting up, shutting down, recovery)
    code === '53300' // too_many_connections
  );
}

function driverErrorOf(error: unknown): { code?: unknown; severity?: unknown; message?: unknown } | null {
  if (error instanceof QueryFailedError) return error.driverError as { code?: unknown };
  return error && typeof error === 'object' ? (error as { code?: unknown }) : null;
}

/** Whether the error says the database cannot be reached or has dropped the connection. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const driverError = driverErrorOf(error);
  if (!driverError) return false;
  const { code, severity, message } = driverError;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || isUnavailableState(code))) return true;
  // FATAL ends the session: whatever the reason (database not accepting connections, role gone),
  // the request cannot be served on it.
  if (severity === 'FATAL' || severity === 'PANIC') return true;
  return typeof message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(message));
}

function isCancelledStatement(error: unknown): boolean {
  return driverErrorOf(error)?.code === '57014';
}

export const databaseUnavailable = () =>
  appError('SERVICE_UNAVAILABLE', msg('apiCommon.databaseUnavailableBusyMomentNothing'));

/**
 * Failures of the connection rather than of the request: the database being unreachable or busy
 * (SERVICE_UNAVAILABLE), or a statement stopped by the request's statement timeout (TIMEOUT).
 */
export function fromConnectionFailure(error: unknown): GraphQLError | null {
  if (isDatabaseUnavailable(error)) return databaseUnavailable();
  if (isCancelledStatement(error)) {
    return appError(
      'TIMEOUT',
      msg('apiCommon.requestTookTooLongStopped'),
    );
  }
  // The client hung up; the answer goes nowhere, but it is no server fault either.
  if (error instanceof RequestEndedError) return new GraphQLError(error.message, { extensions: { code: 'CLIENT_CLOSED_REQUEST' } });
  return null;
}
