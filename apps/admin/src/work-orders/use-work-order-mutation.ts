import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import type { ComplaintMutation } from '../complaints/use-complaint-mutation';
import { hasErrorCode, NO_ERRORS, type FormErrors } from '../graphql/error-mapper';
import { useErrorMapper } from '../graphql/use-form-errors';

/** The same contract as a complaint action's mutation: run, errors, conflict, reload. */
export type WorkOrderMutation = ComplaintMutation;

/**
 * A change to an existing work order (`mutation($input: XInput!)` with `input { id version … }`).
 * Every one carries the version the viewer read, so a change made meanwhile by someone else is
 * refused (CONFLICT) instead of overwritten.
 */
export function useWorkOrderMutation(mutation: string, order: { id: string; version: number }): WorkOrderMutation {
  const mapError = useErrorMapper();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState(false);
  const [{ fetching }, execute] = useMutation(mutation);
  const { id, version } = order;

  const run = useCallback(
    async (input: Record<string, unknown>) => {
      const result = await execute({ input: { id, version, ...input } });
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
