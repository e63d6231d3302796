import { graphQLEnum } from '../common/graphql-enum.js';

/** What a viewer may do with a center's status now (the admin shows only these buttons). */
export const REPAIR_CENTER_ACTIONS = ['RECORD_ASSESSMENT', 'REINSTATE', 'SUSPEND', 'REVOKE'] as const;
export type RepairCenterAction = (typeof REPAIR_CENTER_ACTIONS)[number];

export const RepairCenterActionEnum = graphQLEnum(
  REPAIR_CENTER_ACTIONS,
  'RepairCenterAction',
  '可执行操作: RECORD_ASSESSMENT 登记考核, REINSTATE 恢复授权, SUSPEND 暂停, REVOKE 取消授权',
);
