import type { Message } from '@aftersales/domain';
import { msg } from './message.js';
import { CATALOGS } from './translate.js';

/*
 * The one place texts are read back into messages: those graphql-js and class-validator write in
 * their own English, which carry no key. Each pattern is a library's fixed wording; everything the
 * API and the domain write carries its key and never comes here.
 */
type Reader = (match: RegExpExecArray) => Message;

const GRAPHQL_JS: [RegExp, Reader][] = [
  [/^Variable "(.+?)" got invalid value (.+?) at "(.+?)"; ([\s\S]+)$/, ([, variable, value, path, reason]) =>
    msg('apiForeign.variableInvalidAt', { variable: variable!, value: value!, path: path!, reason: knownOrText(reason!) })],
  [/^Variable "(.+?)" got invalid value (.+?); ([\s\S]+)$/, ([, variable, value, reason]) =>
    msg('apiForeign.variableInvalid', { variable: variable!, value: value!, reason: knownOrText(reason!) })],
  [/^Expected value of type "(.+?)", found (.+?); ([\s\S]+)$/, ([, type, value, reason]) =>
    msg('apiForeign.expectedType', { type: type!, value: value!, reason: knownOrText(reason!) })],
  [/^Syntax Error: Document contains more that (\d+) tokens\. Parsing aborted\.$/, ([, limit]) => msg('apiForeign.tooManyTokens', { limit: limit! })],
];

/** class-validator's default texts, by the constraint that wrote them. */
const CLASS_VALIDATOR: Record<string, [RegExp, Reader]> = {
  maxLength: [/^(each value in )?(.+) must be shorter than or equal to (\d+) characters$/, ([, each, property, max]) =>
    msg(each ? 'apiForeign.eachMaxLength' : 'apiForeign.maxLength', { property: property!, max: max! })],
  min: [/^(.+) must not be less than (.+)$/, ([, property, min]) => msg('apiForeign.min', { property: property!, min: min! })],
  max: [/^(.+) must not be greater than (.+)$/, ([, property, max]) => msg('apiForeign.max', { property: property!, max: max! })],
  isInt: [/^(.+) must be an integer number$/, ([, property]) => msg('apiForeign.isInt', { property: property! })],
  isBoolean: [/^(.+) must be a boolean value$/, ([, property]) => msg('apiForeign.isBoolean', { property: property! })],
  arrayMaxSize: [/^(.+) must contain no more than (\d+) elements$/, ([, property, max]) => msg('apiForeign.arrayMaxSize', { property: property!, max: max! })],
  nestedValidation: [/^(each value in )?nested property (.+) must be either object or array$/, ([, each, property]) =>
    msg(each ? 'apiForeign.eachNestedValidation' : 'apiForeign.nestedValidation', { property: property! })],
};

// A scalar's refusal that graphql-js wraps arrives as English text: the messages without values are
// found again by their exact text (those with values stay as written).
let exactTexts: Map<string, Message> | null = null;
function knownOrText(text: string): Message | string {
  exactTexts ??= new Map(
    Object.entries(CATALOGS.en).flatMap(([area, texts]) =>
      Object.entries(texts as Record<string, string>)
        .filter(([, english]) => !english.includes('{{'))
        .map(([key, english]): [string, Message] => [english, { key: `${area}.${key}` }]),
    ),
  );
  return exactTexts.get(text) ?? text;
}

/** A graphql-js text as a keyed message, or null when it is none of the known wordings. */
export function foreignMessage(text: string): Message | null {
  for (const [pattern, read] of GRAPHQL_JS) {
    const match = pattern.exec(text);
    if (match) return read(match);
  }
  return null;
}

/** A class-validator default text as a keyed message; one it does not know is kept as English. */
export function validatorMessage(constraint: string, text: string): Message {
  const known = CLASS_VALIDATOR[constraint];
  const match = known?.[0].exec(text);
  return match ? known![1](match) : msg('apiForeign.asWritten', { text });
}

