import { isDomainError } from '../errors.js';
import type { Refusal } from './command-table.js';

/**
 * A guard from an existing domain assertion: its DomainError becomes the refusal (same code,
 * message and field errors), so the rule and its words stay in one function.
 */
export function refusalFrom(assertion: () => void): Refusal | null {
  try {
    assertion();
    return null;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { code: error.code, message: error.userMessage, ...(error.fieldMessages ? { fieldErrors: error.fieldMessages } : {}) };
  }
}
