import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import type { ComplaintMutation } from '../complaints/use-complaint-mutation';
import { hasErrorCode, NO_ERRORS, type FormErrors } from '../graphql/error-mapper';
import { useErrorMapper } from '../graphql/use-form-errors';

/** The same contract as a complaint action's mutation (run, errors, conflict, reload); client errors may carry a message too. */
export interface PartsMutation extends Omit<ComplaintMutation, 'setFieldErrors'> {
  setFieldErrors: (fieldErrors: Record<string, string>, message?: string | null) => void;
  /** Like `run`, answering the mutation's data (e.g. the id of what it created), or null when refused. */
  runForData: <Data>(variables: Record<string, unknown>) => Promise<Data | null>;
}

/**
 * A change to an existing requisition, local purchase or write-off
 * (`mutation($id: ID!, $version: Int!, …)`). Each carries the version the viewer read, so a change
 * made meanwhile by someone else is refused (CONFLICT) instead of overwritten.
 */
export function useVersionedMutation(mutation: string, record: { id: string; version: number } | null): PartsMutation {
  const mapError = useErrorMapper();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState(false);
  const [{ fetching }, execute] = useMutation(mutation);
  const id = record?.id;
  const version = record?.version;

  const runForData = useCallback(
    async <Data,>(variables: Record<string, unknown>): Promise<Data | null> => {
      const result = await execute(id === undefined ? variables : { id, version, ...variables });
      if (result.error || !result.data) {
        setErrors(mapError(result.error));
        setConflict(hasErrorCode(result.error, 'CONFLICT'));
        return null;
      }
      setErrors(NO_ERRORS);
      setConflict(false);
      return result.data as Data;
    },
    [execute, id, version, mapError],
  );
  const run = useCallback(async (variables: Record<string, unknown>) => (await runForData(variables)) !== null, [runForData]);
  const setFieldErrors = useCallback((fieldErrors: Record<string, string>, message: string | null = null) => {
    setConflict(false);
    setErrors({ message, fieldErrors });
  }, []);
  const clear = useCallback(() => {
    setConflict(false);
    setErrors(NO_ERRORS);
  }, []);

  return { run, runForData, errors, setFieldErrors, conflict, clear, fetching };
}
