import type { GraphQLError } from 'graphql';
import { appError } from './app-error.js';
import { msg } from '../i18n/message.js';

/**
 * graphql-js stops checking variables after 50 errors and adds one more error without a code,
 * which Apollo would pass on as a server fault. It is the client's input, like the 50 before it.
 */
export function variableErrorLimit(error: GraphQLError): GraphQLError | null {
  if (error.extensions?.code || !error.message.startsWith('Too many errors processing variables')) return null;
  return appError('BAD_USER_INPUT', msg('apiCommon.tooManyInvalidValuesVariables'));
}
