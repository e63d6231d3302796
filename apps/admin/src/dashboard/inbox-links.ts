import type { SchemaEnum } from '../graphql/graphql';
import type { InboxItem } from './inbox-queries';

const LIST_PATHS: Record<SchemaEnum<'InboxList'>, string> = {
  COMPLAINTS: '/complaints',
  PARTS_REQUISITIONS: '/parts/requisitions',
  LOCAL_PURCHASES: '/parts/local-purchases',
  WORK_ORDERS: '/work-orders',
  TECHNICIAN_SCORES: '/scores',
  MAINTENANCE_CONTRACTS: '/maintenance-contracts',
};

type FilterValue = string | boolean | string[];

/**
 * The list page's URL parameter for one field of the API's filter: the pages keep one status
 * (`status`), flags as 1/0, and the score list's 待评分 as `pending`.
 */
function parameterOf(field: string, value: FilterValue): [string, string] {
  if (field === 'statuses' && Array.isArray(value)) return ['status', value[0] ?? ''];
  if (field === 'supervisorScoresEntered' && value === false) return ['pending', '1'];
  if (typeof value === 'boolean') return [field, value ? '1' : '0'];
  return [field, String(value)];
}

/** The list that shows exactly the item's records: its page, the API's filter in the page's URL terms and the month. */
export function inboxLink(item: Pick<InboxItem, 'list' | 'filter' | 'period'>): string {
  const filter = JSON.parse(item.filter) as Record<string, FilterValue>;
  const params = new URLSearchParams(item.period ? { month: item.period } : {});
  for (const [field, value] of Object.entries(filter)) params.append(...parameterOf(field, value));
  return `${LIST_PATHS[item.list]}?${params.toString()}`;
}
