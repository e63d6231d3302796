import { describe, expect, it } from 'vitest';
import { DomainError, isDomainError, throwIfFieldErrors } from './errors.js';

describe('DomainError', () => {
  it('carries a code, field errors and details', () => {
    const error = new DomainError('CONFLICT', 'Code R01 is taken; choose another code.', { code: 'taken' }, { code: 'R01' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainError');
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Code R01 is taken; choose another code.');
    expect(error.fieldErrors).toEqual({ code: 'taken' });
    expect(error.details).toEqual({ code: 'R01' });
    expect(isDomainError(error)).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
  });

  it('leaves optional parts undefined', () => {
    const error = new DomainError('NOT_FOUND', 'No such region.');
    expect(error.fieldErrors).toBeUndefined();
    expect(error.details).toBeUndefined();
  });
});

describe('throwIfFieldErrors', () => {
  it('does nothing when there are no errors', () => {
    expect(() => throwIfFieldErrors({})).not.toThrow();
  });

  it('throws INVALID_INPUT with a copy of the field errors', () => {
    const errors = { name: 'Enter a name.' };
    try {
      throwIfFieldErrors(errors, 'The region is not valid.');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const domainError = error as DomainError;
      expect(domainError.code).toBe('INVALID_INPUT');
      expect(domainError.message).toBe('The region is not valid.');
      expect(domainError.fieldErrors).toEqual(errors);
      expect(domainError.fieldErrors).not.toBe(errors);
    }
  });

  it('has a default message', () => {
    expect(() => throwIfFieldErrors({ a: 'b' })).toThrow(/correct the fields/);
  });
});
