import { describe, expect, it } from 'vitest';
import { DomainError, isDomainError, throwIfFieldErrors } from './errors.js';
import { msg } from './messages/index.js';

describe('DomainError', () => {
  it('carries a code, its message in English and by key, field errors and details', () => {
    const error = new DomainError('CONFLICT', msg('common.enterWholeNumber'), { code: msg('common.enterValidDateTime') }, { code: 'R01' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainError');
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Enter a whole number.');
    expect(error.userMessage).toEqual({ key: 'common.enterWholeNumber' });
    expect(error.fieldErrors).toEqual({ code: 'Enter a valid date and time.' });
    expect(error.fieldMessages).toEqual({ code: { key: 'common.enterValidDateTime' } });
    expect(error.details).toEqual({ code: 'R01' });
    expect(isDomainError(error)).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
  });

  it('places the values of its message', () => {
    const error = new DomainError('INVALID_INPUT', msg('common.fieldMustWholeNumberValue', { field: 'days', value: '1.5' }));
    expect(error.message).toBe('days must be a whole number, not 1.5.');
  });

  it('leaves optional parts undefined', () => {
    const error = new DomainError('NOT_FOUND', msg('common.enterWholeNumber'));
    expect(error.fieldErrors).toBeUndefined();
    expect(error.details).toBeUndefined();
  });
});

describe('throwIfFieldErrors', () => {
  it('does nothing when there are no errors', () => {
    expect(() => throwIfFieldErrors({})).not.toThrow();
  });

  it('throws INVALID_INPUT with a copy of the field errors', () => {
    const errors = { name: msg('common.enterWholeNumber') };
    try {
      throwIfFieldErrors(errors, msg('common.businessCalendarValidCorrectListed'));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const domainError = error as DomainError;
      expect(domainError.code).toBe('INVALID_INPUT');
      expect(domainError.message).toBe('The business calendar is not valid; correct the listed fields in the calendar settings.');
      expect(domainError.fieldErrors).toEqual({ name: 'Enter a whole number.' });
      expect(domainError.fieldMessages).toEqual(errors);
      expect(domainError.fieldMessages).not.toBe(errors);
    }
  });

  it('has a default message', () => {
    expect(() => throwIfFieldErrors({ a: msg('common.enterWholeNumber') })).toThrow(/correct the fields/);
  });
});
