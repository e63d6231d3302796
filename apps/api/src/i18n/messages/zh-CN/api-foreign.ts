import type { Translation } from '@aftersales/domain';
import type { apiForeign as english } from '../en/api-foreign.js';

/** The libraries' texts in Simplified Chinese. */
export const apiForeign: Translation<typeof english> = {
  variableInvalidAt: '变量 {{variable}} 中 "{{path}}" 的值 {{value}} 无效：{{reason}}',
  variableInvalid: '变量 {{variable}} 的值 {{value}} 无效：{{reason}}',
  expectedType: '应为 "{{type}}" 类型的值，实际为 {{value}}：{{reason}}',
  tooManyTokens: '语法错误：查询文本超过 {{limit}} 个词法单元，已停止解析。请缩短查询。',
  maxLength: '{{property}} 不能超过 {{max}} 个字符。',
  eachMaxLength: '{{property}} 中的每一项都不能超过 {{max}} 个字符。',
  min: '{{property}} 不能小于 {{min}}。',
  max: '{{property}} 不能大于 {{max}}。',
  isInt: '{{property}} 必须是整数。',
  isBoolean: '{{property}} 必须是布尔值（true 或 false）。',
  arrayMaxSize: '{{property}} 最多只能有 {{max}} 项。',
  nestedValidation: '{{property}} 必须是对象或数组。',
  eachNestedValidation: '{{property}} 中的每一项都必须是对象。',
  bothProblems: '{{first}}{{second}}',
  asWritten: '{{text}}',
};
