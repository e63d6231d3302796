import type { AnyDocument } from '../graphql/graphql';
import { useCallback } from 'react';
import { useActionMutation, type ActionMutation } from '../common/use-action-mutation';

/**
 * A mutation on an existing complaint (`mutation($id: ID!, $input: XInput!)`). Every one carries
 * the version the viewer read, so a change made meanwhile by someone else is refused (CONFLICT)
 * instead of overwritten.
 */
export function useComplaintMutation(mutation: AnyDocument, complaint: { id: string; version: number }): ActionMutation {
  const { id, version } = complaint;
  const toVariables = useCallback((input: Record<string, unknown>) => ({ id, input: { version, ...input } }), [id, version]);
  return useActionMutation(mutation, toVariables);
}

/**
 * A mutation on what follows a complaint, a corrective action or a visit request
 * (`mutation($complaintId | $id: ID!, $input: XInput!)`). These have no version: a step someone
 * else took meanwhile comes back as CONFLICT, and the dialog offers the same reload.
 */
export function useFollowUpMutation(mutation: AnyDocument, target: { complaintId: string } | { id: string }): ActionMutation {
  const [key, id] = 'complaintId' in target ? (['complaintId', target.complaintId] as const) : (['id', target.id] as const);
  const toVariables = useCallback((input: Record<string, unknown>) => ({ [key]: id, input }), [key, id]);
  return useActionMutation(mutation, toVariables);
}
