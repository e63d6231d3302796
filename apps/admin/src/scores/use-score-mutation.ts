import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { hasErrorCode, NO_ERRORS, type FormErrors } from '../graphql/error-mapper';
import { useErrorMapper } from '../graphql/use-form-errors';
import { SCORE_CHANGE_CONTEXT } from './score-month-actions';

export interface ScoreMutation {
  /** Sends `input` with the score's id and the version the viewer read; true when the API accepted it. */
  run: (input: Record<string, unknown>) => Promise<boolean>;
  errors: FormErrors;
  /** Shows client-side errors without calling the API. */
  setFieldErrors: (fieldErrors: Record<string, string>) => void;
  /** The API refused a stale version or a step the score's status no longer allows: reload first. */
  conflict: boolean;
  clear: () => void;
  fetching: boolean;
}

/**
 * A change to one score (`mutation($input: XInput!)` with `id` and `version` in the input). The
 * version makes a change someone else made meanwhile come back as CONFLICT instead of being
 * overwritten; every list of scores reloads after a change.
 */
export function useScoreMutation(mutation: string, score: { id: string; version: number }): ScoreMutation {
  const mapError = useErrorMapper();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState(false);
  const [{ fetching }, execute] = useMutation(mutation);
  const { id, version } = score;

  const run = useCallback(
    async (input: Record<string, unknown>) => {
      const result = await execute({ input: { id, version, ...input } }, SCORE_CHANGE_CONTEXT);
      if (result.error) {
        setErrors(mapError(result.error));
        setConflict(hasErrorCode(result.error, 'CONFLICT'));
        return false;
      }
      setErrors(NO_ERRORS);
      setConflict(false);
      return true;
    },
    [execute, id, version, mapError],
  );
  const setFieldErrors = useCallback((fieldErrors: Record<string, string>) => {
    setConflict(false);
    setErrors({ message: null, fieldErrors });
  }, []);
  const clear = useCallback(() => {
    setConflict(false);
    setErrors(NO_ERRORS);
  }, []);

  return { run, errors, setFieldErrors, conflict, clear, fetching };
}
