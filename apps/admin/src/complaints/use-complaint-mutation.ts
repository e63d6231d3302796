import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { hasErrorCode, NO_ERRORS, type FormErrors } from '../graphql/error-mapper';
import { useErrorMapper } from '../graphql/use-form-errors';

export interface ComplaintMutation {
  /** Sends `input` (with the complaint's `version` where the mutation takes one); true when the API accepted it. */
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
  return useActionMutation(mutation, 'id', complaint.id, complaint.version);
}

/**
 * A mutation on what follows a complaint, a corrective action or a visit request
 * (`mutation($complaintId | $id: ID!, $input: XInput!)`). These have no version: a step someone
 * else took meanwhile comes back as CONFLICT, and the dialog offers the same reload.
 */
export function useFollowUpMutation(mutation: string, target: { complaintId: string } | { id: string }): ComplaintMutation {
  const [key, id] = 'complaintId' in target ? (['complaintId', target.complaintId] as const) : (['id', target.id] as const);
  return useActionMutation(mutation, key, id, null);
}

function useActionMutation(mutation: string, key: 'id' | 'complaintId', id: string, version: number | null): ComplaintMutation {
  const mapError = useErrorMapper();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState(false);
  const [{ fetching }, execute] = useMutation(mutation);

  const run = useCallback(
    async (input: Record<string, unknown>) => {
      const result = await execute({ [key]: id, input: version === null ? input : { version, ...input } });
      if (result.error) {
        setErrors(mapError(result.error));
        setConflict(hasErrorCode(result.error, 'CONFLICT'));
        return false;
      }
      setErrors(NO_ERRORS);
      setConflict(false);
      return true;
    },
    [execute, key, id, version, mapError],
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
