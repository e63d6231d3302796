import type { MessageCatalog } from '../message-translator.js';

/** Requests refused before they reach a resolver: oversized GraphQL operations, unreadable bodies. */
export const REQUEST_LIMIT_MESSAGES: MessageCatalog = {
  'The query nests fields more than {} levels deep. Ask for fewer nested fields, or fetch the nested records in a separate query.':
    '查询的字段嵌套超过 {0} 层。请减少嵌套的字段，或用单独的查询获取嵌套的记录。',
  'The query asks for too much at once (cost limit {}). Ask for fewer fields or smaller pages, or split it into several queries.':
    '查询一次请求的数据过多（开销上限 {0}）。请减少字段或每页条数，或拆分为多个查询。',
  'The query uses more than {} aliases. Ask for the same field fewer times, or split it into several queries.':
    '查询使用的别名超过 {0} 个。请减少对同一字段的重复请求，或拆分为多个查询。',
  'The query uses more than {} directives. Use fewer @include/@skip directives, or split it into several queries.':
    '查询使用的指令超过 {0} 个。请减少 @include/@skip 指令，或拆分为多个查询。',
  // graphql-js's own wording for the token limit (GRAPHQL_MAX_TOKENS), "that" sic
  'Syntax Error: Document contains more that {} tokens. Parsing aborted.': '语法错误：查询文本超过 {0} 个词法单元，已停止解析。请缩短查询。',
  'The request body is not valid JSON.': '请求内容不是有效的 JSON。',
  'The request body is larger than the {} KB allowed.': '请求内容超过允许的 {0} KB。',
  'The request could not be read. Check its headers and body.': '无法读取该请求，请检查请求头和请求内容。',
  'This API has no {} operations; send a query or a mutation.': '本 API 不提供 {0} 操作，请发送 query 或 mutation。',
  'There is nothing at this address. GraphQL is at /graphql, health at /healthz.': '此地址没有内容。GraphQL 位于 /graphql，健康检查位于 /healthz。',
};
