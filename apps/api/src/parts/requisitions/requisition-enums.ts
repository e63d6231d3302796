import { REQUISITION_PURPOSES, REQUISITION_STATUSES } from '@aftersales/domain';
import { graphQLEnum } from '../../common/graphql-enum.js';

/** Where the parts go: straight to the customer's site, or into the center's (head office's) stock. */
export const REQUISITION_DESTINATIONS = ['CUSTOMER', 'CENTER'] as const;
export type RequisitionDestination = (typeof REQUISITION_DESTINATIONS)[number];

/** What a viewer may do with a requisition now (the admin shows only these buttons). */
export const REQUISITION_ACTIONS = ['EDIT', 'SUBMIT', 'DISCARD', 'APPROVE', 'REJECT', 'SHIP', 'BACKORDER', 'RECEIVE'] as const;
export type RequisitionAction = (typeof REQUISITION_ACTIONS)[number];

export const RequisitionStatusEnum = graphQLEnum(
  REQUISITION_STATUSES,
  'RequisitionStatus',
  '领用单状态: DRAFT 草稿, SUBMITTED 已提交, APPROVED 已批准, REJECTED 已驳回, BACKORDERED 待生产 (部分或全部缺货), SHIPPED 已发货, RECEIVED 已收货, CLOSED 已核销, DISCARDED 已删除的草稿',
);
export const RequisitionPurposeEnum = graphQLEnum(REQUISITION_PURPOSES, 'RequisitionPurpose', '用途: REPAIR 维修 (出厂编号的机组), STOCKING 储备易损件');
export const RequisitionDestinationEnum = graphQLEnum(REQUISITION_DESTINATIONS, 'RequisitionDestination', '发往: CUSTOMER 用户, CENTER 维修中心 (或客户服务部)');
export const RequisitionActionEnum = graphQLEnum(
  REQUISITION_ACTIONS,
  'RequisitionAction',
  '可执行操作: EDIT 修改, SUBMIT 提交, DISCARD 删除草稿, APPROVE 批准, REJECT 驳回, SHIP 发货, BACKORDER 缺货排产, RECEIVE 确认收货',
);
