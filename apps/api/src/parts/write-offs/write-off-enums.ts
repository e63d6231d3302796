import { graphQLEnum } from '../../common/graphql-enum.js';

/** What a viewer may do with a write-off now (the admin shows only these buttons). */
export const WRITE_OFF_ACTIONS = ['RECORD_COUNTS', 'RETURN_OLD_PARTS', 'CLOSE'] as const;
export type WriteOffAction = (typeof WRITE_OFF_ACTIONS)[number];

export const WriteOffActionEnum = graphQLEnum(WRITE_OFF_ACTIONS, 'WriteOffAction', '可执行操作: RECORD_COUNTS 盘点, RETURN_OLD_PARTS 收回旧件, CLOSE 核销');
