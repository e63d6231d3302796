import { registerEnumType } from 'type-graphql';
import type { ResponseLanguage } from '../../i18n/response-language.js';
import { msg } from '../../i18n/message.js';
import { translate } from '../../i18n/translate.js';

/**
 * The reasons the system gives a ledger movement, stored as codes (issue #13): the record the
 * movement links to (work order, write-off, local purchase) says the rest. A movement made by hand
 * keeps the reason its author typed.
 */
export const STOCK_MOVEMENT_REASONS = ['REPLACEMENT', 'OLD_PARTS_RETURN', 'LOCAL_PURCHASE'] as const;
export type StockMovementReason = (typeof STOCK_MOVEMENT_REASONS)[number];

export const StockMovementReasonEnum = Object.fromEntries(STOCK_MOVEMENT_REASONS.map((code) => [code, code])) as { [C in StockMovementReason]: C };
registerEnumType(StockMovementReasonEnum, {
  name: 'StockMovementReason',
  description: '系统记录的原因: REPLACEMENT 配件更换 (派工单), OLD_PARTS_RETURN 旧件返还 (核销单), LOCAL_PURCHASE 就地购置入库',
});

export function describeMovementReason(code: StockMovementReason, language: ResponseLanguage): string {
  const message = {
    REPLACEMENT: msg('apiStockLedger.replacement'),
    OLD_PARTS_RETURN: msg('apiStockLedger.oldPartsReturn'),
    LOCAL_PURCHASE: msg('apiStockLedger.localPurchase'),
  }[code];
  return translate(message, language);
}
