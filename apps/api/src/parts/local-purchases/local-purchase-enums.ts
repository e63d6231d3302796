import { LOCAL_PURCHASE_REASONS, LOCAL_PURCHASE_STATUSES } from '@aftersales/domain';
import { graphQLEnum } from '../../common/graphql-enum.js';

export { LOCAL_PURCHASE_STATUSES, type LocalPurchaseStatus } from '@aftersales/domain';

/** What a viewer may do with a local purchase now (the admin shows only these buttons). */
export const LOCAL_PURCHASE_ACTIONS = ['APPROVE', 'REJECT', 'RECORD_PURCHASE'] as const;
export type LocalPurchaseAction = (typeof LOCAL_PURCHASE_ACTIONS)[number];

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
export const LocalPurchaseActionEnum = graphQLEnum(
  LOCAL_PURCHASE_ACTIONS,
  'LocalPurchaseAction',
  '可执行操作: APPROVE 同意, REJECT 不同意, RECORD_PURCHASE 登记已购置',
);
