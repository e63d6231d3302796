import type { Message } from '@aftersales/domain';
import type { GraphQLError } from 'graphql';
import { appError } from './app-error.js';
import { msg } from '../i18n/message.js';

/**
 * PostgreSQL data exceptions (SQLSTATE class 22) that only a client's value can cause: a safety net
 * behind the input checks, so that a value they let through is still the client's error to fix.
 */
const CLIENT_VALUE_EXCEPTIONS: Record<string, Message> = {
  '22001': msg('apiCommon.textLongerThanAllowedShorten'),
  '22003': msg('apiCommon.numberTooLargeTooSmall'),
  '22007': msg('apiCommon.dateTimeValidUseYyyy'),
  '22008': msg('apiCommon.dateTimeOutRangeUse'),
  '22021': msg('apiCommon.textContainNulCharacterU'),
  '22P05': msg('apiCommon.textContainNulCharacterU'),
};

export function clientValueException(sqlState: string | undefined): GraphQLError | null {
  const message = sqlState ? CLIENT_VALUE_EXCEPTIONS[sqlState] : undefined;
  return message ? appError('BAD_USER_INPUT', message) : null;
}
