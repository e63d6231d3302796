import { STOCK_IN_SOURCES, STOCK_LOCATION_KINDS, STOCK_MOVEMENT_KINDS, WRITE_OFF_STATUSES } from '@aftersales/domain';
import { graphQLEnum } from '../../common/graphql-enum.js';

export const StockMovementKindEnum = graphQLEnum(
  STOCK_MOVEMENT_KINDS,
  'StockMovementKind',
  '库存变动 IN 入库, OUT 领用出库 (against a work order), TRANSFER 调拨, SHIP 发货 (for a requisition), SCRAP 报废, RETURN_OLD_PART 旧件返还, OLD_PART_WRITTEN_OFF 旧件核销 (old parts that will not come back, settled by the closing write-off; no stock changes)',
);

export const StockInSourceEnum = graphQLEnum(
  STOCK_IN_SOURCES,
  'StockInSource',
  '入库来源 RECEIPT 收货/生产入库, LOCAL_PURCHASE 就地购置, WORK_ORDER_RETURN 工单退料 (unused), OPENING 期初',
);

export const StockLocationKindEnum = graphQLEnum(
  STOCK_LOCATION_KINDS,
  'StockLocationKind',
  '库存地点 FACTORY 制造单元, HEAD_OFFICE 客户服务部, CENTER 特约维修中心',
);

export const WriteOffStatusEnum = graphQLEnum(WRITE_OFF_STATUSES, 'WriteOffStatus', '核销状态 OPEN 进行中, CLOSED 已核销存档');
