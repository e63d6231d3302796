export type DomainErrorCode = 'INVALID_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID_TRANSITION' | 'FORBIDDEN';

/** Field path (e.g. `workingPeriods.1.end`) → message telling the person how to fix it. */
export type FieldErrors = Record<string, string>;

/**
 * The one error the domain throws. The API maps `code` to its error vocabulary in a single
 * place, so every rule violation must come through here rather than as a plain Error.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export function throwIfFieldErrors(
  errors: FieldErrors,
  message = 'Some fields are not valid; correct the fields listed and try again.',
): void {
  if (Object.keys(errors).length > 0) {
    throw new DomainError('INVALID_INPUT', message, { ...errors });
  }
}
