import type { Translation } from '@aftersales/domain';
import type { apiStockLedger as english } from '../en/api-stock-ledger.js';

/** The apiStockLedger messages in Simplified Chinese. */
export const apiStockLedger: Translation<typeof english> = {
  replacement: '派工单配件更换',
  oldPartsReturn: '随核销单返还旧件',
  localPurchase: '就地购置入库',
};
