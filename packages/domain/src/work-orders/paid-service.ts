import type { ServiceType } from '../complaints/fault-cause.js';
import { hasText, isInstant, isIntegerBetween, isNonNegativeFen } from '../complaints/input-checks.js';
import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { addMoney, type Fen, multiplyMoney } from '../money.js';
import { toHundredths } from '../technician-scores/points.js';
import { msg } from '../messages/index.js';

/** One part on the fee schedule, charged at cost (004 §4.9: 按制造单元生产成本价收取). */
export interface PaidPartLine {
  partNumber: string;
  quantity: number;
  /** The part's unit cost, in fen. */
  unitCost: Fen;
}

export interface PaidServiceInput {
  /** Labour time in hours, at most 2 decimals (1.25 = 1 h 15 min), as on the repair card (修护卡, 003 §7). */
  labourHours: number;
  /** The labour rate of the fee schedule (收费标准表), in fen per hour. */
  hourlyRate: Fen;
  parts: readonly PaidPartLine[];
}

export interface PaidServiceFee {
  labourHours: number;
  hourlyRate: Fen;
  labour: Fen;
  parts: (PaidPartLine & { amount: Fen })[];
  partsTotal: Fen;
  total: Fen;
}

/** Far beyond any one repair; the bounds keep a typing mistake from becoming a huge fee. */
export const MAX_LABOUR_HOURS = 1_000;
export const MAX_PART_QUANTITY = 10_000;

function validatePaidServiceInput(input: PaidServiceInput): FieldErrors {
  const errors: FieldErrors = {};
  const hours = toHundredths(input?.labourHours);
  if (hours == null || hours < 0 || hours > MAX_LABOUR_HOURS * 100) {
    errors.labourHours = msg('workOrders.enterLabourHours0Maxlabourhours', { maxLabourHours: MAX_LABOUR_HOURS });
  }
  if (!isNonNegativeFen(input?.hourlyRate)) errors.hourlyRate = msg('workOrders.enterHourlyRateWholeFen');
  if (!Array.isArray(input?.parts)) {
    errors.parts = msg('workOrders.giveListPartsMayEmpty');
    return errors;
  }
  input.parts.forEach((line, index) => {
    if (!hasText(line?.partNumber)) errors[`parts.${index}.partNumber`] = msg('workOrders.enterPartNumber');
    if (!isIntegerBetween(line?.quantity, 1, MAX_PART_QUANTITY)) {
      errors[`parts.${index}.quantity`] = msg('workOrders.enterWholeQuantity1Maxpartquantity', { maxPartQuantity: MAX_PART_QUANTITY });
    }
    if (!isNonNegativeFen(line?.unitCost)) errors[`parts.${index}.unitCost`] = msg('workOrders.enterUnitCostWholeFen');
  });
  return errors;
}

/**
 * Labour at the rate times the hours, rounded to the fen, halves up (四舍五入): 1.33 h at
 * ¥79.99/h is 10,638.67 fen → ¥106.39. Computed in integers (hundredths of an hour × fen), so
 * no fen is lost to floats.
 */
function labourFee(labourHours: number, hourlyRate: Fen): Fen {
  const hundredthsOfHours = BigInt(toHundredths(labourHours) ?? 0);
  const exact = hundredthsOfHours * BigInt(hourlyRate);
  return Number((exact * 2n + 100n) / 200n);
}

/**
 * The fee of a paid service (有费服务, 003 §1; 000 §5): labour hours × hourly rate plus the parts
 * at cost (004 §4.9), in exact fen. The same calculation gives the fee schedule shown to the
 * customer before the work (000 §5: 应事先向客户声明并出示维修项目与收费标准) and the fee charged
 * from the repair card afterwards.
 */
export function paidServiceFee(input: PaidServiceInput): PaidServiceFee {
  throwIfFieldErrors(validatePaidServiceInput(input), msg('workOrders.feeDetailsValidCorrectFields'));
  const labour = labourFee(input.labourHours, input.hourlyRate);
  const parts = input.parts.map((line) => ({ ...line, amount: multiplyMoney(line.unitCost, line.quantity) }));
  const partsTotal = addMoney(...parts.map((line) => line.amount));
  return {
    labourHours: input.labourHours,
    hourlyRate: input.hourlyRate,
    labour,
    parts,
    partsTotal,
    total: addMoney(labour, partsTotal),
  };
}

/**
 * Guard for doing the work of a PAID order (leaving ARRIVED fixed or taken back): the fee
 * schedule must have been shown to the customer first (000 §5), at or before `workAt`. FREE and
 * CONTRACT orders pass: the customer pays nothing, or what the maintenance contract says.
 */
export function assertFeeShownBeforeWork(order: { serviceType: ServiceType; feeShownAt: Date | null }, workAt: Date): void {
  if (!isInstant(workAt)) {
    throw new DomainError('INVALID_INPUT', msg('workOrders.workatValidDateTimePass'), {
      workAt: msg('workOrders.enterValidDateTime'),
    });
  }
  if (order.serviceType !== 'PAID') return;
  if (order.feeShownAt == null) {
    throw new DomainError(
      'CONFLICT',
      msg('workOrders.paidServiceShowCustomerRepair'),
      undefined,
      { missing: 'feeShownAt' },
    );
  }
  if (!isInstant(order.feeShownAt)) {
    throw new DomainError('INVALID_INPUT', msg('workOrders.timeFeeShownValidDate'), {
      feeShownAt: msg('workOrders.enterValidDateTime'),
    });
  }
  if (order.feeShownAt.getTime() > workAt.getTime()) {
    throw new DomainError(
      'CONFLICT',
      msg('workOrders.feeScheduleShownAfterWork'),
      undefined,
      { feeShownAt: order.feeShownAt, workAt },
    );
  }
}
