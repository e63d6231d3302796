import { INBOX_ITEM_KINDS, type InboxItemKind } from '@aftersales/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { graphQLEnum } from '../common/graphql-enum.js';

export const InboxItemKindEnum = graphQLEnum(
  INBOX_ITEM_KINDS,
  'InboxItemKind',
  '待办: what waits for the viewer (requisitions to sign, ship or receive, scores to enter or publish, calls, complaints, contract notices)',
);

/** The list query that shows an item's records. */
export const INBOX_LISTS = ['COMPLAINTS', 'PARTS_REQUISITIONS', 'LOCAL_PURCHASES', 'WORK_ORDERS', 'TECHNICIAN_SCORES', 'MAINTENANCE_CONTRACTS'] as const;
export type InboxList = (typeof INBOX_LISTS)[number];
export const InboxListEnum = graphQLEnum(
  INBOX_LISTS,
  'InboxList',
  'The list query an inbox item counts: complaints, partsRequisitions, localPurchases, workOrders, technicianScores, maintenanceContracts',
);

@ObjectType({ description: '待办事项: a count of records waiting for the viewer and the list (with its filter) that shows them' })
export class InboxItem {
  @Field(() => InboxItemKindEnum)
  kind: InboxItemKind;

  @Field(() => InboxListEnum)
  list: InboxList;

  @Field(() => Int, { description: 'The totalCount of `list` with `filter` (and `period`) for the viewer' })
  count: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM: the technicianScores period; null for the other lists' })
  period: string | null;

  @Field(() => String, { description: "The list query's `filter` argument as JSON, e.g. {\"waitingForMe\":true,\"statuses\":[\"SUBMITTED\"]}" })
  filter: string;
}
