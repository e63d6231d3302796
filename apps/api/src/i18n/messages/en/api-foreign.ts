/**
 * Texts written by libraries (graphql-js, class-validator) in their own English; `foreign-messages.ts`
 * recognises them and gives them these keys, so they are translated like the API's own.
 */
export const apiForeign = {
  variableInvalidAt: 'Variable "{{variable}}" got invalid value {{value}} at "{{path}}"; {{reason}}',
  variableInvalid: 'Variable "{{variable}}" got invalid value {{value}}; {{reason}}',
  expectedType: 'Expected value of type "{{type}}", found {{value}}; {{reason}}',
  tooManyTokens: 'Syntax Error: Document contains more that {{limit}} tokens. Parsing aborted.',
  maxLength: '{{property}} must be shorter than or equal to {{max}} characters',
  eachMaxLength: 'each value in {{property}} must be shorter than or equal to {{max}} characters',
  min: '{{property}} must not be less than {{min}}',
  max: '{{property}} must not be greater than {{max}}',
  isInt: '{{property}} must be an integer number',
  isBoolean: '{{property}} must be a boolean value',
  arrayMaxSize: '{{property}} must contain no more than {{max}} elements',
  nestedValidation: 'nested property {{property}} must be either object or array',
  eachNestedValidation: 'each value in nested property {{property}} must be either object or array',
  /** Several messages of one field, one after the other. */
  bothProblems: '{{first}}; {{second}}',
  asWritten: '{{text}}',
};
