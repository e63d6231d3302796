import type { AnyDocument } from '../../graphql/graphql';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import type { SelectOption } from '@aftersales/ui';

export const OPTIONS_PAGE_SIZE = 200; // the API's largest page

interface OptionNode {
  id: string;
  code?: string;
  name: string;
}

/**
 * Options for a select from a connection query that takes `$first` and returns `nodes { id code name }`.
 * Lists over {@link OPTIONS_PAGE_SIZE} entries are cut off; reference data stays well below that.
 */
export function useOptions(query: AnyDocument, field: string, pause = false): { options: SelectOption[]; fetching: boolean } {
  const [{ data, fetching }] = useQuery<Record<string, { nodes: OptionNode[] }>>({ query, variables: { first: OPTIONS_PAGE_SIZE }, pause, requestPolicy: 'cache-and-network' });
  const options = useMemo(
    () => (data?.[field]?.nodes ?? []).map((node) => ({ value: node.id, label: node.code ? `${node.code} · ${node.name}` : node.name })),
    [data, field],
  );
  return { options, fetching };
}
