import { oldPartsToWriteOff } from '@aftersales/domain';
import type { WriteOffLine } from '../parts-types';

/** A part's shelf counts and explanation as typed in the workspace. */
export interface CountDraft {
  onHandAtStart: number | null;
  onHandAtEnd: number | null;
  explanation: string;
}

export type CountDrafts = Record<string, CountDraft>;

export function draftsOf(lines: readonly WriteOffLine[]): CountDrafts {
  return Object.fromEntries(lines.map((line) => [line.part.id, { onHandAtStart: line.onHandAtStart, onHandAtEnd: line.onHandAtEnd, explanation: line.explanation ?? '' }]));
}

/**
 * The line as it will read once the typed counts are saved, by the write-off's own arithmetic
 * (domain computeWriteOff): stock difference = received − used − scrapped − transferred out −
 * on-hand change; old-part difference = used − old parts returned; a difference nobody explained
 * blocks the closing, and an explained positive old-part difference is written off the held old
 * parts on closing. The saved line from the API stays the record; this only previews.
 */
export function previewLine(line: WriteOffLine, draft: CountDraft | undefined): WriteOffLine {
  if (!draft || draft.onHandAtStart === null || draft.onHandAtEnd === null) return line;
  const onHandChange = draft.onHandAtEnd - draft.onHandAtStart;
  const stockDifference = line.received - line.used - line.scrapped - line.transferredOut - onHandChange;
  const oldPartDifference = line.used - line.oldPartsReturned;
  const explanation = draft.explanation.trim() || null;
  return {
    ...line,
    onHandAtStart: draft.onHandAtStart,
    onHandAtEnd: draft.onHandAtEnd,
    onHandChange,
    stockDifference,
    oldPartDifference,
    explanation,
    oldPartsWrittenOff: oldPartsToWriteOff({ oldPartDifference, explanation }, line.oldPartsHeld),
    blocking: (stockDifference !== 0 || oldPartDifference !== 0) && explanation === null,
  };
}

/** Whether anything typed differs from what is saved. */
export function hasUnsavedCounts(lines: readonly WriteOffLine[], drafts: CountDrafts): boolean {
  return lines.some((line) => {
    const draft = drafts[line.part.id];
    return draft !== undefined && (draft.onHandAtStart !== line.onHandAtStart || draft.onHandAtEnd !== line.onHandAtEnd || draft.explanation.trim() !== (line.explanation ?? ''));
  });
}

const isCount = (value: number | null): value is number => value !== null && Number.isInteger(value) && value >= 0;

/** `counts.N.field` errors for counts that are not whole pieces. */
export function countErrors(lines: readonly WriteOffLine[], drafts: CountDrafts, message: string): Record<string, string> {
  const errors: Record<string, string> = {};
  lines.forEach((line, index) => {
    const draft = drafts[line.part.id];
    if (!isCount(draft?.onHandAtStart ?? null)) errors[`counts.${index}.onHandAtStart`] = message;
    if (!isCount(draft?.onHandAtEnd ?? null)) errors[`counts.${index}.onHandAtEnd`] = message;
  });
  return errors;
}

/** The `counts` of recordWriteOffCounts, one per line in line order. */
export function countsInput(lines: readonly WriteOffLine[], drafts: CountDrafts) {
  return lines.map((line) => {
    const draft = drafts[line.part.id];
    return { partId: line.part.id, onHandAtStart: draft?.onHandAtStart, onHandAtEnd: draft?.onHandAtEnd, explanation: draft?.explanation.trim() || null };
  });
}
