import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { hasErrorCode, NO_ERRORS, type FormErrors } from '../graphql/error-mapper';
import { useErrorMapper } from '../graphql/use-form-errors';

export interface ComplaintMutation {
  /** Sends `input` with the complaint's `version`; true when the API accepted it. */
  run: (input: Record<string, unknown>) => Promise<boolean>;
  errors: FormErrors;
  /** Shows client-side errors without calling the API. */
  setFieldErrors: (fieldErrors: Record<string, string>) => void;
  /** The API refused a stale version or a step the rules no longer allow: reload before retrying. */
  conflict: boolean;
  /** Forgets the errors once the complaint has been reloaded. */
  clear: () => void;
  fetching: boolean;
}

/**
 * A mutation on an existing complaint (`mutation($id: ID!, $input: XInput!)`). Every one carries
 * the version the viewer read, so a change made meanwhile by someone else is refused (CONFLICT)
 * instead of overwritten.
 */
export function useComplaintMutation(mutation: string, complaint: { id: string; version: number }): ComplaintMutation {
  const mapError = useErrorMapper();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState(false);
  const [{ fetching }, execute] = useMutation(mutation);
  const { id, version } = complaint;

  const run = useCallback(
    async (input: Record<string, unknown>) => {
      const result = await execute({ id, input: { version, ...input } });
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
