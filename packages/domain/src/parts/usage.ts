import { isLocalDate } from '../dates.js';
import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { hasText, isNonNegativeInteger, isPositiveQuantity } from './input-checks.js';
import { unusedIssued, type WorkOrderPartAccount } from './stock.js';
import { isStockLocation, type StockLocation } from './stock-locations.js';
import { msg } from '../messages/index.js';

/** A replacement as the technician reports it (004 §6.3: 对三包配件更换,要做好使用情况记录). */
export interface PartUsageInput {
  workOrderId: string;
  /** The serial unit (出厂编号) the part went into. */
  serialNumber: string;
  partId: string;
  quantity: number;
  /** The center (or head office) that issued the part and now keeps the old one. */
  location: StockLocation;
  /** 'YYYY-MM-DD', the day of the replacement; it places the usage in a write-off quarter. */
  usedOn: string;
  /** This work order's account for the part before this usage. */
  account: WorkOrderPartAccount;
}

/** A recorded replacement. The old part it took out is held where the part was used. */
export interface PartUsage {
  workOrderId: string;
  serialNumber: string;
  partId: string;
  quantity: number;
  location: StockLocation;
  usedOn: string;
  /** Where the replaced old part is kept until the write-off recovers it (集中存放, 004 §6.3). */
  oldPartHeldAt: StockLocation;
}

/** Field errors for a replacement; empty means it can be recorded (subject to the issue check). */
export function validatePartUsage(input: PartUsageInput): FieldErrors {
  const errors: FieldErrors = {};
  // Each replacement is recorded against a work order and a serial unit (DOMAIN §6).
  if (!hasText(input?.workOrderId)) errors.workOrderId = msg('parts.chooseWorkOrderPartUsed');
  if (!hasText(input?.serialNumber)) errors.serialNumber = msg('parts.enterSerialNumberUnitPart2');
  if (!hasText(input?.partId)) errors.partId = msg('parts.choosePart');
  if (!isPositiveQuantity(input?.quantity)) errors.quantity = msg('parts.enterWholeNumberPieces1');
  if (!isStockLocation(input?.location)) errors.location = msg('parts.chooseRepairCenterUsedPart');
  // The manufacturing unit repairs returned products (004 §2.5), not units in the field with 三包 parts.
  else if (input.location === 'FACTORY') errors.location = msg('parts.partsUsedRepairCenterHead');
  if (typeof input?.usedOn !== 'string' || !isLocalDate(input.usedOn)) errors.usedOn = msg('parts.enterDayReplacementYyyyMm');
  const account = input?.account;
  if (account == null || ![account.issued, account.used, account.returned].every(isNonNegativeInteger)) {
    errors.account = msg('parts.giveWorkOrderSIssued');
  }
  return errors;
}

/**
 * Records a replacement. A part is used only after it was issued to the work order (003 parts §1:
 * 见单发料), so using more than the work order holds unused is a CONFLICT naming the shortfall.
 * The old part is recorded as held where the part was used (004 §6.3: 已更换的旧件集中存放): it
 * stays there, out of stock, until the quarterly write-off recovers it.
 */
export function recordPartUsage(input: PartUsageInput): PartUsage {
  throwIfFieldErrors(validatePartUsage(input), msg('parts.replacementRecordedCorrectFieldsListed'));
  const unused = unusedIssued(input.account);
  if (input.quantity > unused) {
    throw new DomainError(
      'CONFLICT',
      msg('parts.onlyUnusedPartIssuedWork', { unused, quantity: input.quantity, quantity2: input.quantity - unused }),
      undefined,
      { workOrderId: input.workOrderId, available: unused, requested: input.quantity, shortfall: input.quantity - unused },
    );
  }
  return {
    workOrderId: input.workOrderId.trim(),
    serialNumber: input.serialNumber.trim(),
    partId: input.partId.trim(),
    quantity: input.quantity,
    location: input.location,
    usedOn: input.usedOn,
    oldPartHeldAt: input.location,
  };
}

/**
 * Old parts of `partId` held at `location`: those its usages took out, less those already returned
 * from there and those a closed write-off wrote off (OLD_PART_WRITTEN_OFF: they will not come
 * back). More returned than used is a write-off difference, not a holding, so it is 0.
 */
export function oldPartsHeld(
  usages: readonly PartUsage[],
  location: StockLocation,
  partId: string,
  alreadyReturned = 0,
  writtenOff = 0,
): number {
  const counts = [['alreadyReturned', alreadyReturned, 'already returned'], ['writtenOff', writtenOff, 'written off']] as const;
  for (const [field, value, what] of counts) {
    if (!isNonNegativeInteger(value)) {
      throw new DomainError('INVALID_INPUT', msg('parts.numberOldPartsWhatMust', { what }), {
        [field]: msg('parts.enterWholeNumber0More'),
      });
    }
  }
  const taken = usages
    .filter((usage) => usage.oldPartHeldAt === location && usage.partId === partId)
    .reduce((sum, usage) => sum + usage.quantity, 0);
  return Math.max(0, taken - alreadyReturned - writtenOff);
}
