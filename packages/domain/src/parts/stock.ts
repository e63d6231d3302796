import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { type Fen, formatMoneyDisplay, multiplyMoney } from '../money.js';
import { hasText, isNonNegativeFen, isNonNegativeInteger, isOneOf, isPositiveQuantity } from './input-checks.js';
import { assertPartsSettings, type PartsSettings } from './settings.js';
import { isStockLocation, type StockLocation } from './stock-locations.js';
import { list, msg } from '../messages/index.js';

/*
 * The parts ledger (DOMAIN §6: CS keeps the ledger of every part in and out and where it went,
 * 004 §6.2; every stock change is a ledger entry). Stock is new parts on hand; a replaced old part
 * is never stock (003 parts §7: 已出库并使用的备件,拒绝退库), so only RETURN_OLD_PART and
 * OLD_PART_WRITTEN_OFF carry one, and they change no balance.
 */
export const STOCK_MOVEMENT_KINDS = ['IN', 'OUT', 'TRANSFER', 'SHIP', 'SCRAP', 'RETURN_OLD_PART', 'OLD_PART_WRITTEN_OFF'] as const;
export type StockMovementKind = (typeof STOCK_MOVEMENT_KINDS)[number];

/**
 * Where an IN comes from: a RECEIPT of shipped or produced parts, a LOCAL_PURCHASE (004 §6.1), a
 * WORK_ORDER_RETURN of parts issued to a work order and not used (003 parts §11: 工单退料, once the
 * part itself is back), or the OPENING stock a location had when the ledger started.
 */
export const STOCK_IN_SOURCES = ['RECEIPT', 'LOCAL_PURCHASE', 'WORK_ORDER_RETURN', 'OPENING'] as const;
export type StockInSource = (typeof STOCK_IN_SOURCES)[number];

/** One part's dealings with one work order, from the ledger and the usage records. */
export interface WorkOrderPartAccount {
  issued: number;
  used: number;
  /** Issued, unused and put back in stock already. */
  returned: number;
}

/** Pieces issued to the work order that are neither used nor returned: all that may come back. */
export function unusedIssued(account: WorkOrderPartAccount): number {
  return Math.max(0, account.issued - account.used - account.returned);
}

/** The appraisal a scrap above the threshold needs (002 (七)7: 鉴定意见 … 报厂部领导, 经同意后方可执行报废). */
export interface ScrapAppraisal {
  /** The appraisal opinion (鉴定意见): why the part cannot be repaired or used. */
  opinion: string;
  /** Who appraised it (the repair team, the storekeeper, the person responsible). */
  appraisers: readonly string[];
  /** The leader who agreed to the scrap. */
  approvedBy: string;
}

export interface StockInMovement {
  kind: 'IN';
  source: StockInSource;
  to: StockLocation;
  quantity: number;
  /** The cost of the pieces coming in, which becomes their lot's cost for FIFO issue. */
  unitCost: Fen;
  requisitionId?: string | null;
  /** Required for a LOCAL_PURCHASE. */
  localPurchaseId?: string | null;
  /** Required for a WORK_ORDER_RETURN, with the account of that work order for this part. */
  workOrderId?: string | null;
  workOrderAccount?: WorkOrderPartAccount | null;
}

export interface StockOutMovement {
  kind: 'OUT';
  from: StockLocation;
  quantity: number;
  workOrderId: string;
}

export interface StockTransferMovement {
  kind: 'TRANSFER';
  from: StockLocation;
  to: StockLocation;
  quantity: number;
}

/**
 * Parts leaving the shipping stock for a requisition (004 §6.2: 发货). They are in transit, in no
 * stock, until the destination confirms receipt with an IN (RECEIPT), so a lost piece shows as a
 * receipt difference instead of as stock nobody holds.
 */
export interface StockShipMovement {
  kind: 'SHIP';
  from: StockLocation;
  /** Where the parts are going; its stock grows only on receipt. */
  to: StockLocation;
  quantity: number;
  requisitionId: string;
}

export interface StockScrapMovement {
  kind: 'SCRAP';
  from: StockLocation;
  quantity: number;
  /** The book cost per piece; quantity × unit cost is the value the appraisal threshold applies to. */
  unitCost: Fen;
  /**
   * The pieces' book value when known exactly (FIFO lots at different costs); it replaces
   * quantity × unit cost for the threshold.
   */
  value?: Fen | null;
  appraisal?: ScrapAppraisal | null;
}

export interface OldPartReturnMovement {
  kind: 'RETURN_OLD_PART';
  from: StockLocation;
  to: StockLocation;
  quantity: number;
  /** Old parts of this part the `from` location holds, from the usage records (`oldPartsHeld`). */
  oldPartsHeld: number;
}

/**
 * Old parts that will never come back, settled by a closing write-off whose explanation accounts
 * for them (e.g. the customer kept the old part): they leave the center's held count, or the same
 * difference would return every quarter. No new part moves.
 */
export interface OldPartWriteOffMovement {
  kind: 'OLD_PART_WRITTEN_OFF';
  /** The center whose write-off settles them. */
  from: StockLocation;
  quantity: number;
  /** Old parts of this part the center holds, from the usage records (`oldPartsHeld`). */
  oldPartsHeld: number;
  writeOffId: string;
  /** The write-off line's explanation. */
  reason: string;
}

export type StockMovement =
  | StockInMovement
  | StockOutMovement
  | StockTransferMovement
  | StockShipMovement
  | StockScrapMovement
  | OldPartReturnMovement
  | OldPartWriteOffMovement;

/** One part's new pieces on hand, by location; a location not listed holds none. */
export type OnHand = Readonly<Partial<Record<StockLocation, number>>>;

/** Old parts go back up the chain to be recovered by the manufacturing unit (004 §6.3: 收回旧件,发还制造单元). */
const OLD_PART_DESTINATIONS: readonly StockLocation[] = ['HEAD_OFFICE', 'FACTORY'];

function validateAppraisal(appraisal: ScrapAppraisal | null | undefined, value: Fen, errors: FieldErrors): void {
  if (appraisal == null) {
    errors.appraisal =
      msg('parts.scrappingPartsWorthFormatmoneydisplayNeeds', { formatMoneyDisplay: formatMoneyDisplay(value) });
    return;
  }
  if (!hasText(appraisal.opinion)) errors['appraisal.opinion'] = msg('parts.writeAppraisalOpinionWhyPart');
  if (!Array.isArray(appraisal.appraisers) || !appraisal.appraisers.some(hasText)) {
    errors['appraisal.appraisers'] = msg('parts.nameWhoAppraisedPart');
  }
  if (!hasText(appraisal.approvedBy)) errors['appraisal.approvedBy'] = msg('parts.nameLeaderWhoAgreedScrap');
}

function validateLocations(movement: StockMovement, errors: FieldErrors): void {
  const from = 'from' in movement ? movement.from : undefined;
  const to = 'to' in movement ? movement.to : undefined;
  if ('from' in movement && !isStockLocation(from)) errors.from = msg('parts.chooseFactoryHeadOfficeRepair');
  if ('to' in movement && !isStockLocation(to)) errors.to = msg('parts.chooseFactoryHeadOfficeRepair');
  if (movement.kind === 'TRANSFER' || movement.kind === 'SHIP' || movement.kind === 'RETURN_OLD_PART') {
    if (!errors.from && !errors.to && from === to) errors.to = msg('parts.chooseDestinationOtherThanOrigin');
  }
  if (movement.kind === 'RETURN_OLD_PART' && !errors.to && !OLD_PART_DESTINATIONS.includes(movement.to)) {
    errors.to = msg('parts.oldPartsGoBackHead');
  }
  if (movement.kind === 'RETURN_OLD_PART' && !errors.to && from === 'FACTORY') {
    errors.from = msg('parts.factoryWhereOldPartsEnd');
  }
  // Only a center has a quarterly write-off to settle its old parts in.
  if (movement.kind === 'OLD_PART_WRITTEN_OFF' && !errors.from && !from?.startsWith('CENTER:')) {
    errors.from = msg('parts.oldPartsWrittenOffOnly');
  }
}

/**
 * Field errors for a movement's own fields: known kind and locations, a positive whole quantity,
 * and what each kind stands on. A part leaves stock only against a work order (003 parts §1:
 * 见单发料); a local purchase names its purchase record; a scrap worth the threshold or more
 * (quantity × unit cost: a batch of cheap parts is as much money as one dear one) carries its
 * appraisal (002 (七)7).
 */
export function validateMovement(movement: StockMovement, settings: PartsSettings): FieldErrors {
  assertPartsSettings(settings);
  const errors: FieldErrors = {};
  if (!isOneOf(STOCK_MOVEMENT_KINDS, movement?.kind)) {
    return { kind: msg('parts.chooseKindMovementStockmovementkinds', { stockMovementKinds: list(STOCK_MOVEMENT_KINDS) }) };
  }
  validateLocations(movement, errors);
  if (!isPositiveQuantity(movement.quantity)) errors.quantity = msg('parts.enterWholeNumberPieces1');
  switch (movement.kind) {
    case 'IN':
      if (!isOneOf(STOCK_IN_SOURCES, movement.source)) errors.source = msg('parts.chooseWherePartsComeStockinsources', { stockInSources: list(STOCK_IN_SOURCES) });
      if (!isNonNegativeFen(movement.unitCost)) errors.unitCost = msg('parts.enterUnitCostWholeFen');
      if (movement.source === 'LOCAL_PURCHASE' && !hasText(movement.localPurchaseId)) {
        errors.localPurchaseId = msg('parts.chooseLocalPurchaseRecordThese');
      }
      if (movement.source === 'WORK_ORDER_RETURN') {
        if (!hasText(movement.workOrderId)) errors.workOrderId = msg('parts.chooseWorkOrderPartsWere');
        const account = movement.workOrderAccount;
        if (account == null || ![account.issued, account.used, account.returned].every(isNonNegativeInteger)) {
          errors.workOrderAccount = msg('parts.giveWorkOrderSIssued');
        }
      }
      break;
    case 'OUT':
      if (!hasText(movement.workOrderId)) errors.workOrderId = msg('parts.partsIssuedOnlyAgainstWork');
      break;
    case 'SHIP':
      if (!hasText(movement.requisitionId)) errors.requisitionId = msg('parts.partsShippedOnlyRequisitionChoose');
      break;
    case 'SCRAP':
      if (!isNonNegativeFen(movement.unitCost)) errors.unitCost = msg('parts.enterUnitCostWholeFen');
      else if (movement.value != null && !isNonNegativeFen(movement.value)) errors.value = msg('parts.enterValueWholeFen0');
      else if (isPositiveQuantity(movement.quantity)) {
        const value = movement.value ?? multiplyMoney(movement.unitCost, movement.quantity);
        if (value >= settings.scrapAppraisalThreshold) validateAppraisal(movement.appraisal, value, errors);
      }
      break;
    case 'RETURN_OLD_PART':
      if (!isNonNegativeInteger(movement.oldPartsHeld)) errors.oldPartsHeld = msg('parts.giveHowManyOldParts');
      break;
    case 'OLD_PART_WRITTEN_OFF':
      if (!isNonNegativeInteger(movement.oldPartsHeld)) errors.oldPartsHeld = msg('parts.giveHowManyOldParts2');
      if (!hasText(movement.writeOffId)) errors.writeOffId = msg('parts.oldPartsWrittenOffOnly2');
      if (!hasText(movement.reason)) errors.reason = msg('parts.writeWhyOldPartsWill');
      break;
    case 'TRANSFER':
      break;
  }
  return errors;
}

/** Throws INVALID_INPUT unless every entry is a stock location with a whole quantity, 0 or more. */
export function assertOnHand(onHand: OnHand): void {
  const errors: FieldErrors = {};
  if (onHand == null || typeof onHand !== 'object') {
    errors.onHand = msg('parts.giveQuantitiesHandLocation');
  } else {
    for (const [location, quantity] of Object.entries(onHand)) {
      if (!isStockLocation(location)) errors[`onHand.${location}`] = msg('parts.stockLocation');
      else if (!isNonNegativeInteger(quantity)) errors[`onHand.${location}`] = msg('parts.quantityHandWholeNumber0');
    }
  }
  throwIfFieldErrors(errors, msg('parts.quantitiesHandValidTheyCome'));
}

function shortfall(what: string, location: StockLocation, available: number, requested: number): DomainError {
  const short = requested - available;
  return new DomainError(
    'CONFLICT',
    msg('parts.onlyAvailableWhatLocationMovement', { available, what, location, requested, short }),
    undefined,
    { location, available, requested, shortfall: short },
  );
}

/**
 * The quantities on hand after `movement`, as a fresh object; `onHand` is for the movement's part.
 * Stock never goes negative (DOMAIN §6): taking more than a location holds is a CONFLICT naming the
 * shortfall. Parts issued to a work order come back only while unused: used ones cannot go back
 * to stock (003 parts §1, §7). RETURN_OLD_PART and OLD_PART_WRITTEN_OFF change nothing on hand —
 * old parts are not stock — but may not take more old parts than the origin holds.
 */
export function applyMovement(onHand: OnHand, movement: StockMovement, settings: PartsSettings): Partial<Record<StockLocation, number>> {
  assertOnHand(onHand);
  throwIfFieldErrors(validateMovement(movement, settings), msg('parts.stockMovementValidCorrectFields'));
  const next: Partial<Record<StockLocation, number>> = { ...onHand };
  const take = (location: StockLocation) => {
    const available = next[location] ?? 0;
    if (movement.quantity > available) throw shortfall('on hand', location, available, movement.quantity);
    next[location] = available - movement.quantity;
  };
  const put = (location: StockLocation) => {
    next[location] = (next[location] ?? 0) + movement.quantity;
  };

  switch (movement.kind) {
    case 'IN':
      if (movement.source === 'WORK_ORDER_RETURN' && movement.workOrderAccount) {
        const returnable = unusedIssued(movement.workOrderAccount);
        if (movement.quantity > returnable) {
          throw new DomainError(
            'CONFLICT',
            msg('parts.onlyReturnablePartsIssuedWork', { returnable }),
            undefined,
            { workOrderId: movement.workOrderId, returnable, requested: movement.quantity, shortfall: movement.quantity - returnable },
          );
        }
      }
      put(movement.to);
      break;
    case 'OUT':
    case 'SHIP':
    case 'SCRAP':
      take(movement.from);
      break;
    case 'TRANSFER':
      take(movement.from);
      put(movement.to);
      break;
    case 'RETURN_OLD_PART':
    case 'OLD_PART_WRITTEN_OFF':
      if (movement.quantity > movement.oldPartsHeld) {
        throw shortfall('old parts held', movement.from, movement.oldPartsHeld, movement.quantity);
      }
      break;
  }
  return next;
}
