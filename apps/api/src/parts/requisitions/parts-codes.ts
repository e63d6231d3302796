import type { EntityManager } from 'typeorm';
import { appError } from '../../common/app-error.js';
import { msg } from '../../i18n/message.js';

/** Code prefixes in parts_code_counter: 领用 (requisition) and 购置 (local purchase). */
export type PartsCodeKind = 'LY' | 'GZ';

const MAX_SEQUENCE = 999_999;

/**
 * The next `<kind>-<year>-<6 digits>` code, atomically: concurrent drafts never share or skip one,
 * because the counter row is incremented in the caller's transaction.
 */
export async function nextPartsCode(manager: EntityManager, kind: PartsCodeKind, year: number): Promise<string> {
  const [row] = (await manager.query(
    `INSERT INTO parts_code_counter (kind, year, last_sequence) VALUES ($1, $2, 1)
     ON CONFLICT (kind, year) DO UPDATE SET last_sequence = parts_code_counter.last_sequence + 1
     RETURNING last_sequence`,
    [kind, year],
  )) as { last_sequence: number }[];
  const sequence = row!.last_sequence;
  // Six digits are never widened: a seventh would break sorting and every code printed so far.
  if (sequence > MAX_SEQUENCE) {
    throw appError('CONFLICT', msg('apiParts.allMaxsequenceKindNumbersYear', { maxSequence: MAX_SEQUENCE, kind, year }));
  }
  return `${kind}-${year}-${String(sequence).padStart(6, '0')}`;
}
