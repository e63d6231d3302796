import { expect } from 'vitest';
import { DomainError } from '../errors.js';

/** Runs an action that must throw a DomainError, and returns it for the test to inspect. */
export function errorOf(action: () => unknown): DomainError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  return expect.unreachable('expected a DomainError');
}
