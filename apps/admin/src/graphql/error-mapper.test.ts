import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { hasErrorCode, toFormErrors } from './error-mapper';

describe('toFormErrors', () => {
  it('puts fieldErrors next to their fields and keeps the readable message', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Please correct: code, componentWarranties.0.months.', {
          extensions: { code: 'BAD_USER_INPUT', fieldErrors: { code: '编码已存在', 'componentWarranties.0.months': '月数须大于 0' } },
        }),
      ],
    });
    expect(toFormErrors(error, 'offline')).toEqual({
      message: 'Please correct: code, componentWarranties.0.months.',
      fieldErrors: { code: '编码已存在', 'componentWarranties.0.months': '月数须大于 0' },
    });
    expect(hasErrorCode(error, 'BAD_USER_INPUT')).toBe(true);
  });

  it('uses the message of other errors without field errors', () => {
    const error = new CombinedError({ graphQLErrors: [new GraphQLError('This record already exists.', { extensions: { code: 'CONFLICT' } })] });
    expect(toFormErrors(error, 'offline')).toEqual({ message: 'This record already exists.', fieldErrors: {} });
  });

  it('falls back to the given text for a network failure', () => {
    const error = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(toFormErrors(error, '无法连接服务器')).toEqual({ message: '无法连接服务器', fieldErrors: {} });
  });

  it('has nothing to show without an error', () => {
    expect(toFormErrors(undefined, 'offline')).toEqual({ message: null, fieldErrors: {} });
  });
});
