import { centerIdOf, isStockLocation, type StockLocation } from '@aftersales/domain';
import type { Principal } from '../../auth/principal.js';
import { appError } from '../../common/app-error.js';
import type { StockActor } from './stock-ledger.js';

export const actorOf = (principal: Principal): StockActor => ({ name: principal.displayName });

/**
 * A location a list may be filtered by. A partner asking for anything but its own center is told
 * so, rather than shown an empty list that reads as "no stock there".
 */
export function readableLocation(principal: Principal, key: string | null | undefined): StockLocation | null {
  if (key == null || key === '') return null;
  if (!isStockLocation(key)) {
    const message = 'Choose FACTORY, HEAD_OFFICE or CENTER:<repair center id>.';
    throw appError('BAD_USER_INPUT', `"${key}" is not a stock location. ${message}`, { location: message });
  }
  if (principal.role === 'PARTNER' && centerIdOf(key) !== principal.repairCenterId) {
    throw appError('FORBIDDEN', "A repair center sees its own stock only; choose your center's location.");
  }
  return key;
}

/** Every change of stock says why: it is read in the ledger long after. */
export function requireReason(reason: string | null | undefined): string {
  const text = reason?.trim();
  if (!text) {
    const message = 'Say why the stock changes (e.g. the production order, the appraisal, the transfer request).';
    throw appError('BAD_USER_INPUT', message, { reason: message });
  }
  return text;
}
