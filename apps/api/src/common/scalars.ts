import { keyedGraphQLError } from './app-error.js';
import type { Message } from '@aftersales/domain';
import { DomainError, formatMoney, isLocalDate, parseMoney } from '@aftersales/domain';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { msg } from '../i18n/message.js';

function badInput(message: Message): GraphQLError {
  return keyedGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function literalValue(ast: ValueNode): unknown {
  if (ast.kind === Kind.STRING) return ast.value;
  if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return ast.value;
  throw badInput(msg('apiCommon.expectedStringValue'));
}

function toFen(value: unknown): number {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw badInput(msg('apiCommon.moneyMustDecimalStringSuch'));
  }
  try {
    return parseMoney(value);
  } catch (error) {
    throw badInput(error instanceof DomainError ? error.userMessage : msg('apiCommon.invalidAmountMoney'));
  }
}

/** Resolvers work in integer fen; clients see yuan with two decimals (金额). */
export const MoneyScalar = new GraphQLScalarType<number, string>({
  name: 'Money',
  description: '金额 Money in yuan as a decimal string with two places, e.g. "1234.50". Inputs accept a string or a number with at most two decimals.',
  serialize: (value) => formatMoney(value as number),
  parseValue: toFen,
  parseLiteral: (ast) => toFen(literalValue(ast)),
});

function toLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !isLocalDate(value)) {
    throw badInput(msg('apiCommon.valueDateUseYyyyMm', { value: String(value) }));
  }
  return value;
}

/** A calendar date without time (日期), YYYY-MM-DD. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: '日期 A calendar date without time, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: toLocalDate,
  parseLiteral: (ast) => toLocalDate(literalValue(ast)),
});
