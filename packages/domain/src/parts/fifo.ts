import { compareLocalDates, isLocalDate } from '../dates.js';
import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { addMoney, type Fen, multiplyMoney } from '../money.js';
import { hasText, isNonNegativeFen, isNonNegativeInteger, isPositiveQuantity } from './input-checks.js';
import { msg } from '../messages/index.js';

/** A receipt lot: pieces of one part that came in together, at one cost, at one location. */
export interface StockLot {
  lotId: string;
  /** 'YYYY-MM-DD'; lots received the same day go out in the order given. */
  receivedOn: string;
  /** Pieces left in the lot. */
  quantity: number;
  unitCost: Fen;
}

export interface FifoAllocation {
  lotId: string;
  quantity: number;
  unitCost: Fen;
  /** quantity × unitCost. */
  cost: Fen;
}

export interface FifoIssue {
  allocations: FifoAllocation[];
  totalCost: Fen;
  /** The lots that still hold pieces after the issue, oldest first, with what is left in them. */
  remaining: StockLot[];
}

function validateLots(lots: readonly StockLot[]): FieldErrors {
  const errors: FieldErrors = {};
  if (!Array.isArray(lots)) return { lots: msg('parts.giveReceiptLotsPartList') };
  const seen = new Set<string>();
  lots.forEach((lot, index) => {
    const prefix = `lots.${index}`;
    if (!hasText(lot?.lotId)) errors[`${prefix}.lotId`] = msg('parts.eachLotNeedsId');
    else if (seen.has(lot.lotId)) errors[`${prefix}.lotId`] = msg('parts.lotLotidListedTwice', { lotId: lot.lotId });
    else seen.add(lot.lotId);
    if (typeof lot?.receivedOn !== 'string' || !isLocalDate(lot.receivedOn)) {
      errors[`${prefix}.receivedOn`] = msg('parts.enterReceiptDateYyyyMm');
    }
    if (!isNonNegativeInteger(lot?.quantity)) errors[`${prefix}.quantity`] = msg('parts.lotHoldsWholeNumberPieces');
    if (!isNonNegativeFen(lot?.unitCost)) errors[`${prefix}.unitCost`] = msg('parts.enterUnitCostWholeFen');
  });
  return errors;
}

/**
 * Which lots an issue of `quantity` pieces takes and at what cost: first in, first out (002
 * (六)5: 出库的备品件应按“先进先出”), oldest receipt first and, on the same day, in the order given.
 * Empty lots are passed over. Taking more than all lots hold is a CONFLICT naming the shortfall,
 * as stock never goes negative.
 */
export function issueFifo(lots: readonly StockLot[], quantity: number): FifoIssue {
  const errors = validateLots(lots);
  if (!isPositiveQuantity(quantity)) errors.quantity = msg('parts.enterWholeNumberPieces1');
  throwIfFieldErrors(errors, msg('parts.lotsQuantityValidCorrectFields'));

  const ordered = lots
    .map((lot, index) => ({ lot, index }))
    .sort((a, b) => compareLocalDates(a.lot.receivedOn, b.lot.receivedOn) || a.index - b.index)
    .map(({ lot }) => lot);
  const available = ordered.reduce((sum, lot) => sum + lot.quantity, 0);
  if (quantity > available) {
    throw new DomainError(
      'CONFLICT',
      msg('parts.onlyAvailableHandLotsIssue', { available, quantity, quantity2: quantity - available }),
      undefined,
      { available, requested: quantity, shortfall: quantity - available },
    );
  }

  const allocations: FifoAllocation[] = [];
  const remaining: StockLot[] = [];
  let left = quantity;
  for (const lot of ordered) {
    const taken = Math.min(left, lot.quantity);
    if (taken > 0) {
      allocations.push({ lotId: lot.lotId, quantity: taken, unitCost: lot.unitCost, cost: multiplyMoney(lot.unitCost, taken) });
      left -= taken;
    }
    if (lot.quantity - taken > 0) remaining.push({ ...lot, quantity: lot.quantity - taken });
  }
  return { allocations, totalCost: addMoney(...allocations.map((allocation) => allocation.cost)), remaining };
}
