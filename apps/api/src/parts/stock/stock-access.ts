import { isStockLocation, mayUseStockLocation, type StockLocation } from '@aftersales/domain';
import type { Principal } from '../../auth/principal.js';
import { appError } from '../../common/app-error.js';
import type { StockActor } from './stock-ledger.js';
import { msg } from '../../i18n/message.js';

export const actorOf = (principal: Principal): StockActor => ({ name: principal.displayName });

/**
 * A location a list may be filtered by. A partner asking for anything but its own center is told
 * so, rather than shown an empty list that reads as "no stock there".
 */
export function readableLocation(principal: Principal, key: string | null | undefined): StockLocation | null {
  if (key == null || key === '') return null;
  if (!isStockLocation(key)) {
    const message = msg('apiParts.chooseFactoryHeadOfficeCenter');
    throw appError('BAD_USER_INPUT', msg('apiParts.keyvalueStockLocationMessage', { keyValue: key, message }), { location: message });
  }
  if (!mayUseStockLocation(principal, key)) {
    throw appError('FORBIDDEN', msg('apiParts.repairCenterSeesOwnStock'));
  }
  return key;
}

/** Every change of stock says why: it is read in the ledger long after. */
export function requireReason(reason: string | null | undefined): string {
  const text = reason?.trim();
  if (!text) {
    const message = msg('apiParts.sayWhyStockChangesProduction');
    throw appError('BAD_USER_INPUT', message, { reason: message });
  }
  return text;
}
