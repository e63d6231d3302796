import type { CombinedError } from 'urql';

export interface FormErrors {
  /** The error to show above the form; `null` when there is none. */
  message: string | null;
  /** Messages keyed by input field name, e.g. `code` or `componentWarranties.0.months`. */
  fieldErrors: Record<string, string>;
}

export const NO_ERRORS: FormErrors = Object.freeze({ message: null, fieldErrors: Object.freeze({}) }) as FormErrors;

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

export function errorCodes(error: CombinedError | null | undefined): string[] {
  return (error?.graphQLErrors ?? []).map((graphQLError) => String(graphQLError.extensions?.['code'] ?? ''));
}

export function hasErrorCode(error: CombinedError | null | undefined, code: ErrorCode): boolean {
  return errorCodes(error).includes(code);
}

function readFieldErrors(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(value)) {
    if (typeof message === 'string') result[field] = message;
    else if (Array.isArray(message) && typeof message[0] === 'string') result[field] = message[0];
  }
  return result;
}

/**
 * Turns an urql error into what a form shows: `extensions.fieldErrors` next to the fields and the
 * server's readable message above them. A network failure has no readable server message, so the
 * caller passes the text to use instead.
 */
export function toFormErrors(error: CombinedError | null | undefined, networkMessage: string): FormErrors {
  if (!error) return NO_ERRORS;
  const fieldErrors: Record<string, string> = {};
  const messages: string[] = [];
  for (const graphQLError of error.graphQLErrors) {
    Object.assign(fieldErrors, readFieldErrors(graphQLError.extensions?.['fieldErrors']));
    if (graphQLError.message && !messages.includes(graphQLError.message)) messages.push(graphQLError.message);
  }
  if (messages.length === 0 && error.networkError) messages.push(networkMessage);
  return { message: messages.join('\n') || null, fieldErrors };
}
