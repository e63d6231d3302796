import { useCallback, useRef } from 'react';
import { useClient, useQuery, type AnyVariables, type UseQueryArgs, type UseQueryState } from 'urql';

/** Loads the record again from the API; resolves once the fresh answer has reached the page. */
export type Reload = () => Promise<void>;

/**
 * `useQuery` with a reload that can be awaited. urql's own re-execute returns nothing, so a dialog
 * could not tell when the record it shows is fresh, and a user resending before then would send
 * the stale version and meet the same CONFLICT again. The reload's answer reaches this hook too:
 * urql hands a query's result to every subscriber of the same query and variables.
 */
export function useReloadableQuery<Data = unknown, Variables extends AnyVariables = AnyVariables>(
  args: UseQueryArgs<Variables, Data>,
): [UseQueryState<Data, Variables>, Reload] {
  const client = useClient();
  const [state] = useQuery<Data, Variables>(args);
  const latest = useRef(args);
  latest.current = args;
  const reload = useCallback(async () => {
    const { query, variables, context } = latest.current;
    await client.query<Data, Variables>(query, variables as Variables, { ...context, requestPolicy: 'network-only' }).toPromise();
  }, [client]);
  return [state, reload];
}
