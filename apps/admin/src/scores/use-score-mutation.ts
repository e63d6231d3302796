import type { AnyDocument } from '../graphql/graphql';
import { useVersionedInputMutation, type ActionMutation } from '../common/use-action-mutation';
import { SCORE_CHANGE_CONTEXT } from './score-month-actions';

/**
 * A change to one score (`mutation($input: XInput!)` with `id` and `version` in the input). The
 * version makes a change someone else made meanwhile come back as CONFLICT instead of being
 * overwritten; every list of scores reloads after a change.
 */
export function useScoreMutation(mutation: AnyDocument, score: { id: string; version: number }): ActionMutation {
  return useVersionedInputMutation(mutation, score, SCORE_CHANGE_CONTEXT);
}
