import { fieldsInEnglish, inEnglish, msg, type Message } from './messages/index.js';

export type DomainErrorCode = 'INVALID_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID_TRANSITION' | 'FORBIDDEN';

/** Field path (e.g. `workingPeriods.1.end`) → message telling the person how to fix it. */
export type FieldErrors = Record<string, Message>;

/**
 * The one error the domain throws. The API maps `code` to its error vocabulary in a single
 * place, so every rule violation must come through here rather than as a plain Error.
 * `message` and `fieldErrors` are the English texts (logs, tests); the API answers with
 * `userMessage` and `fieldMessages` in the reader's language.
 */
export class DomainError extends Error {
  /** The field messages in English. */
  readonly fieldErrors?: Record<string, string>;

  constructor(
    readonly code: DomainErrorCode,
    readonly userMessage: Message,
    readonly fieldMessages?: FieldErrors,
    readonly details?: Record<string, unknown>,
  ) {
    super(inEnglish(userMessage));
    this.name = 'DomainError';
    if (fieldMessages) this.fieldErrors = fieldsInEnglish(fieldMessages);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export function throwIfFieldErrors(errors: FieldErrors, message: Message = msg('common.someFieldsValidCorrectFields')): void {
  if (Object.keys(errors).length > 0) {
    throw new DomainError('INVALID_INPUT', message, { ...errors });
  }
}
