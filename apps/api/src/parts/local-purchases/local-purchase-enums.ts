import { LOCAL_PURCHASE_REASONS } from '@aftersales/domain';
import { graphQLEnum } from '../../common/graphql-enum.js';

/** REQUESTED → APPROVED (the CS leader agrees) → PURCHASED (bought and in stock), or REJECTED. */
export const LOCAL_PURCHASE_STATUSES = ['REQUESTED', 'APPROVED', 'REJECTED', 'PURCHASED'] as const;
export type LocalPurchaseStatus = (typeof LOCAL_PURCHASE_STATUSES)[number];

export const LocalPurchaseStatusEnum = graphQLEnum(
  LOCAL_PURCHASE_STATUSES,
  'LocalPurchaseStatus',
  '就地购置状态: REQUESTED 待审批, APPROVED 已同意, REJECTED 不同意, PURCHASED 已购置入库',
);
export const LocalPurchaseReasonEnum = graphQLEnum(
  LOCAL_PURCHASE_REASONS,
  'LocalPurchaseReason',
  '就地购置理由: CUSTOMER_WAITING 用户急需, PRODUCTION_STOPPED 影响用户生产经营, FACTORY_CANNOT_SUPPLY 工厂不能及时提供',
);
