import { inEnglish, isMessage } from '../messages/index.js';

/** Messages (alone, in records or lists) as their English texts, so tests read what a person reads. */
export function english(value: unknown): unknown {
  if (isMessage(value)) return inEnglish(value);
  if (Array.isArray(value)) return value.map(english);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, english(item)]));
  }
  return value;
}
