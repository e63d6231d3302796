import type { AnyDocument } from '../graphql/graphql';
import { useCallback, useState } from 'react';
import { useMutation, type OperationContext } from 'urql';
import { hasErrorCode, NO_ERRORS, type FormErrors } from '../graphql/error-mapper';
import { useErrorMapper } from '../graphql/use-form-errors';

/** What an action dialog needs from its mutation: run it, show its errors, offer a reload after a CONFLICT. */
export interface ActionMutation {
  /** Sends the mutation with what the dialog typed; true when the API accepted it. */
  run: (input: Record<string, unknown>) => Promise<boolean>;
  /** Like `run`, answering the mutation's data (e.g. the id of what it created), or null when refused. */
  runForData: <Data>(input: Record<string, unknown>) => Promise<Data | null>;
  errors: FormErrors;
  /** Shows client-side errors (and optionally a message above the form) without calling the API. */
  setFieldErrors: (fieldErrors: Record<string, string>, message?: string | null) => void;
  /** The API refused a stale version or a step the record's status no longer allows: reload before retrying. */
  conflict: boolean;
  /** Forgets the errors once the record has been reloaded. */
  clear: () => void;
  fetching: boolean;
}

/**
 * A mutation run from an action dialog. `toVariables` places what the dialog typed into the
 * mutation's variables, usually next to the record's id and the version the viewer read, so a
 * change made meanwhile by someone else comes back as CONFLICT instead of being overwritten.
 * Pass a memoized `toVariables` (and a constant `context`) so `run` keeps its identity.
 */
export function useActionMutation(
  mutation: AnyDocument,
  toVariables: (input: Record<string, unknown>) => Record<string, unknown>,
  context?: Partial<OperationContext>,
): ActionMutation {
  const mapError = useErrorMapper();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState(false);
  const [{ fetching }, execute] = useMutation(mutation);

  const runForData = useCallback(
    async <Data>(input: Record<string, unknown>): Promise<Data | null> => {
      const result = await execute(toVariables(input), context);
      if (result.error || !result.data) {
        setErrors(mapError(result.error));
        setConflict(hasErrorCode(result.error, 'CONFLICT'));
        return null;
      }
      setErrors(NO_ERRORS);
      setConflict(false);
      return result.data as Data;
    },
    [execute, toVariables, context, mapError],
  );
  const run = useCallback(async (input: Record<string, unknown>) => (await runForData(input)) !== null, [runForData]);
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

/**
 * A change to one record whose mutation takes `input { id version … }` (work orders, scores): the
 * version the viewer read travels with the change.
 */
export function useVersionedInputMutation(
  mutation: AnyDocument,
  record: { id: string; version: number },
  context?: Partial<OperationContext>,
): ActionMutation {
  const { id, version } = record;
  const toVariables = useCallback((input: Record<string, unknown>) => ({ input: { id, version, ...input } }), [id, version]);
  return useActionMutation(mutation, toVariables, context);
}
