/**
 * A message the code sends a person: a catalog key and the values its text places. The text
 * itself lives in the catalogs (English and Chinese, same keys), so the API answers in the
 * reader's language and a client can translate by key.
 */
export interface Message<Key extends string = string> {
  readonly key: Key;
  readonly values?: MessageValues;
}

/** A list value; the language decides how it is joined ("A, B or C", "A、B或C"). */
export interface MessageList {
  readonly list: readonly MessageValue[];
  /** `unit`: a plain enumeration; `disjunction`: one of them; `conjunction`: all of them. */
  readonly type: ListType;
}

export type ListType = 'unit' | 'conjunction' | 'disjunction';
export type MessageValue = string | number | Message | MessageList;
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** Field path (e.g. `workingPeriods.1.end`) → message telling the person how to fix it. */
export type FieldMessages = Record<string, Message>;

export function list(items: readonly MessageValue[], type: ListType = 'unit'): MessageList {
  return { list: [...items], type };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).key === 'string';
}

function isList(value: MessageValue): value is MessageList {
  return typeof value === 'object' && Array.isArray((value as MessageList).list);
}

/** Looks a key up in one language and places the (already rendered) values. */
export type Interpolate = (key: string, values: Record<string, string>) => string;

/**
 * A `unit` list enumerates codes (statuses, kinds) as the code reads them, "A, B, C" in every
 * language; the other types are joined the way the language joins words ("A or B", "A或B").
 */
function formatList(items: string[], type: ListType, language: string): string {
  if (type === 'unit') return new Intl.ListFormat('en', { type: 'unit', style: 'short' }).format(items);
  return new Intl.ListFormat(language, { type }).format(items);
}

/** Renders a message, its nested messages and lists in `language` through `interpolate`. */
export function renderMessage(message: Message, language: string, interpolate: Interpolate): string {
  const renderValue = (value: MessageValue): string => {
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    if (isList(value)) {
      return formatList(value.list.map(renderValue), value.type, language);
    }
    return renderMessage(value, language, interpolate);
  };
  const values = Object.fromEntries(Object.entries(message.values ?? {}).map(([name, value]) => [name, renderValue(value)]));
  return interpolate(message.key, values);
}

/** `{{name}}` placeholders of a catalog text, the same syntax i18next reads. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1]!).sort();
}

/** Fills `{{name}}` placeholders; a value the message lacks stays visible as `{{name}}`. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}
