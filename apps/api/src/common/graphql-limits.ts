import type { Message } from '@aftersales/domain';
import { keyedGraphQLError } from './app-error.js';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import { msg } from '../i18n/message.js';

/*
 * How big a GraphQL operation may be, checked while parsing and validating, so an oversized one is
 * refused before any resolver (or SQL) runs. The schema has cycles (repair center → technicians →
 * repair center …, reachable by partners through myCenter), so without a depth limit a 1 KB query
 * can ask for millions of rows; aliases multiply any field, e.g. a page of 200 work orders.
 *
 * This module is deliberately free of the server framework: the admin app's tests hold every
 * document the app sends to these same limits (apps/admin/src/graphql/operations.test.ts).
 */
export interface GraphQLLimits {
  /** Nesting levels of fields (fragments count as a level, as written). */
  maxDepth: number;
  /**
   * graphql-armor's cost: 1 a scalar, 2 an object, each level down weighs 1.5× more, and a list
   * asked for with a literal `first: n` counts n times. A full page of 200 work orders (20 fields,
   * their center, technician and model) costs about 20,000: the limit allows two such pages, not
   * 15 aliases of them. Pages are capped at 200 rows anyway (PageArgs), also when `first` is a
   * variable, which the cost cannot see.
   */
  maxCost: number;
  /** Aliased fields (`a: workOrders`, `b: workOrders` …), each of which runs its resolver again. */
  maxAliases: number;
  /** Lexical tokens of the document: bounds the parser's work on a huge query text. */
  maxTokens: number;
  /** Directives (`@include`, `@skip` …) in the operation. */
  maxDirectives: number;
}

/** Comfortably above what the admin app sends (its test checks every operation against these). */
export const DEFAULT_GRAPHQL_LIMITS: GraphQLLimits = {
  maxDepth: 10,
  maxCost: 50_000,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 20,
};

type LimitName = 'depth' | 'cost' | 'aliases' | 'directives';

const ADVICE: Record<LimitName, (limit: number) => Message> = {
  depth: (limit) => msg('apiCommon.queryNestsFieldsMoreThan', { limit }),
  cost: (limit) => msg('apiCommon.queryAsksTooMuchOnce', { limit }),
  aliases: (limit) => msg('apiCommon.queryUsesMoreThanLimit', { limit }),
  directives: (limit) => msg('apiCommon.queryUsesMoreThanLimit2', { limit }),
};

/**
 * graphql-armor throws (which would surface as a server error) or prefixes its own wording with
 * "Syntax Error"; report a validation error of ours instead, which the client receives with
 * code GRAPHQL_VALIDATION_FAILED and HTTP 400.
 */
function refuse(name: LimitName, limit: number) {
  return {
    propagateOnRejection: false,
    exposeLimits: false,
    onReject: [
      (context: ValidationContext | null) =>
        context?.reportError(keyedGraphQLError(ADVICE[name](limit), { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: name } })),
    ],
  };
}

/** Validation rules enforcing the limits, to run after graphql's own (`specifiedRules`). */
export function graphqlLimitRules(limits: GraphQLLimits = DEFAULT_GRAPHQL_LIMITS): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ...refuse('depth', limits.maxDepth) }),
    costLimitRule({ maxCost: limits.maxCost, ...refuse('cost', limits.maxCost) }),
    maxAliasesRule({ n: limits.maxAliases, ...refuse('aliases', limits.maxAliases) }),
    maxDirectivesRule({ n: limits.maxDirectives, ...refuse('directives', limits.maxDirectives) }),
  ];
}

/** The parser's own token limit (graphql-js stops reading past it: GRAPHQL_PARSE_FAILED). */
export function graphqlParseOptions(limits: GraphQLLimits = DEFAULT_GRAPHQL_LIMITS): ParseOptions {
  return { maxTokens: limits.maxTokens };
}
