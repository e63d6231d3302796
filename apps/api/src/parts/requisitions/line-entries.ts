import { DomainError, throwIfFieldErrors, type FieldErrors } from '@aftersales/domain';
import { appError } from '../../common/app-error.js';
import { msg } from '../../i18n/message.js';

/**
 * Inputs name requisition lines by id, in any order and not necessarily all of them; the domain
 * rules take one value per line in line order. This lines the entries up and translates the
 * rules' `lines.N.x` errors (N a line's position) back to the entry that gave the value.
 */
export interface LinedUp<E> {
  /** The entry for each requisition line in line order, or null where none was given. */
  entries: (E | null)[];
  /** Rewrites `lines.N.rest` (N: line position) to `<field>.M.rest` (M: entry position). */
  toInputErrors(errors: FieldErrors): FieldErrors;
  /** Runs a domain rule, reporting its field errors against the entries. */
  check<T>(rule: () => T): T;
}

export function lineUpEntries<E extends { lineId: string }>(
  lines: readonly { id: string }[],
  entries: readonly E[],
  field: string,
): LinedUp<E> {
  const errors: FieldErrors = {};
  const entryIndexOfLine = new Map<number, number>();
  entries.forEach((entry, entryIndex) => {
    const lineIndex = lines.findIndex((line) => line.id === entry.lineId);
    if (lineIndex < 0) errors[`${field}.${entryIndex}.lineId`] = msg('apiParts.lineRequisitionReload');
    else if (entryIndexOfLine.has(lineIndex)) errors[`${field}.${entryIndex}.lineId`] = msg('apiParts.lineAlreadyListedOnce');
    else entryIndexOfLine.set(lineIndex, entryIndex);
  });
  throwIfFieldErrors(errors, msg('apiParts.someEntriesNameLinesRequisition'));
  const linedUp: LinedUp<E> = {
    entries: lines.map((_, lineIndex) => {
      const entryIndex = entryIndexOfLine.get(lineIndex);
      return entryIndex === undefined ? null : entries[entryIndex]!;
    }),
    toInputErrors(ruleErrors) {
      return Object.fromEntries(
        Object.entries(ruleErrors).map(([key, message]) => {
          const match = /^lines\.(\d+)(\..+)?$/.exec(key);
          const entryIndex = match ? entryIndexOfLine.get(Number(match[1])) : undefined;
          return [entryIndex === undefined ? (key === 'lines' ? field : key) : `${field}.${entryIndex}${match![2] ?? ''}`, message];
        }),
      );
    },
    check(rule) {
      try {
        return rule();
      } catch (error) {
        if (error instanceof DomainError && error.fieldMessages) throw appError('BAD_USER_INPUT', error.userMessage, linedUp.toInputErrors(error.fieldMessages!));
        throw error;
      }
    },
  };
  return linedUp;
}
