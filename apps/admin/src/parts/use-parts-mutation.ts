import type { AnyDocument } from '../graphql/graphql';
import { useCallback } from 'react';
import { useActionMutation, type ActionMutation } from '../common/use-action-mutation';

/**
 * A change to an existing requisition, local purchase or write-off
 * (`mutation($id: ID!, $version: Int!, …)`), or with no record a mutation that creates one. Each
 * carries the version the viewer read, so a change made meanwhile by someone else is refused
 * (CONFLICT) instead of overwritten.
 */
export function useVersionedMutation(mutation: AnyDocument, record: { id: string; version: number } | null): ActionMutation {
  const id = record?.id;
  const version = record?.version;
  const toVariables = useCallback(
    (variables: Record<string, unknown>) => (id === undefined ? variables : { id, version, ...variables }),
    [id, version],
  );
  return useActionMutation(mutation, toVariables);
}
