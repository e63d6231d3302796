import {
  centerLocation,
  DomainError,
  isLocalDate,
  outstandingQuantity,
  type RequisitionCommand,
  shipRequisition as shipLines,
  throwIfFieldErrors,
  type FieldErrors,
  type StockLocation,
} from '@aftersales/domain';
import { appError } from '../../common/app-error.js';
import type { RequestContext } from '../../common/request-context.js';
import { stockIn, stockOut } from '../stock/stock-ledger.js';
import { lineUpEntries } from './line-entries.js';
import { PartsShipment } from './parts-shipment.entity.js';
import type { PartsRequisition } from './parts-requisition.entity.js';
import { changeRequisition } from './requisition-changes.js';
import { assertRequisitionCommand } from './requisition-commands.js';
import type { BackorderLineInput, ReceiveLineInput, ShipLineInput } from './requisition.input.js';
import { msg } from '../../i18n/message.js';

const hasText = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/** Where the parts enter stock: the center the requisition is for, or head office. */
export function destinationLocation(requisition: Pick<PartsRequisition, 'repairCenterId'>): StockLocation {
  return requisition.repairCenterId ? centerLocation(requisition.repairCenterId) : 'HEAD_OFFICE';
}

/**
 * 发货 from the manufacturing unit's stock (004 §6.2): a SHIP movement per line, first in first out.
 * A line without enough stock fails the whole shipment with CONFLICT naming it, so commerce ships
 * what is there and back-orders the rest; anything still outstanding keeps it BACKORDERED.
 */
export async function shipRequisition(
  context: RequestContext,
  id: string,
  version: number,
  shipment: { carrier: string; trackingNumber: string; lines: readonly ShipLineInput[] },
): Promise<PartsRequisition> {
  const principal = context.requirePrincipal();
  const settings = await context.loaders.partsSettings();
  let command: RequisitionCommand = 'ship';
  return changeRequisition(context, id, version, () => command, 'SHIP', async (state) => {
    const { requisition, lines, manager } = state;
    const errors: FieldErrors = {};
    if (!hasText(shipment.carrier)) errors.carrier = msg('apiParts.enterCarrier');
    if (!hasText(shipment.trackingNumber)) errors.trackingNumber = msg('apiParts.enterTrackingNumber');
    throwIfFieldErrors(errors, msg('apiParts.shipmentCompleteCorrectFieldsListed'));
    const linedUp = lineUpEntries(lines, shipment.lines, 'lines');
    const quantities = linedUp.entries.map((entry) => entry?.quantity ?? 0);
    const shipped = linedUp.check(() => shipLines(requisition.status, lines, quantities));
    // A shipment that leaves something outstanding is the partial one, which keeps it BACKORDERED.
    command = shipped.status === 'SHIPPED' ? 'ship' : 'shipPartly';
    assertRequisitionCommand(context, command, state, settings);
    const to = destinationLocation(requisition);
    for (const [index, line] of lines.entries()) {
      const quantity = quantities[index]!;
      if (quantity === 0) continue;
      try {
        await stockOut(manager, { name: principal.displayName }, { kind: 'SHIP', from: 'FACTORY', to, partId: line.partId, quantity, requisitionId: requisition.id });
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'CONFLICT') throw error;
        const part = await context.loaders.part.load(line.partId);
        throw appError('CONFLICT', msg('apiParts.lineLinenoPartnumberMessageShip', { lineNo: line.lineNo, partNumber: part?.partNumber ?? line.partId, message: error.message }));
      }
      line.shippedQuantity = shipped.lines[index]!.shippedQuantity;
    }
    await manager.save(lines);
    await manager.insert(PartsShipment, {
      requisitionId: requisition.id,
      repairCenterId: requisition.repairCenterId,
      carrier: shipment.carrier.trim(),
      trackingNumber: shipment.trackingNumber.trim(),
      lines: lines.flatMap((line, index) => (quantities[index]! > 0 ? [{ lineId: line.id, partId: line.partId, quantity: quantities[index]! }] : [])),
      shippedByName: principal.displayName,
      shippedAt: new Date(),
    });
    requisition.status = shipped.status;
    if (shipped.status === 'SHIPPED') requisition.shippedAt = new Date();
  });
}

/**
 * 缺货排产: commerce records the production order and the expected date of lines it cannot ship
 * now; CS sees them on the lines (004 §6.2: 通知客户服务部). The feedback may be updated later.
 */
export async function backorderRequisition(
  context: RequestContext,
  id: string,
  version: number,
  entries: readonly BackorderLineInput[],
): Promise<PartsRequisition> {
  const today = await context.loaders.today();
  const settings = await context.loaders.partsSettings();
  return changeRequisition(context, id, version, 'backorder', 'BACKORDER', async (state) => {
    const { requisition, lines, manager } = state;
    assertRequisitionCommand(context, 'backorder', state, settings);
    if (entries.length === 0) throw appError('BAD_USER_INPUT', msg('apiParts.chooseLinesWithoutStock'), { lines: msg('apiParts.chooseLinesWithoutStock') });
    const linedUp = lineUpEntries(lines, entries, 'lines');
    const errors: FieldErrors = {};
    linedUp.entries.forEach((entry, index) => {
      if (!entry) return;
      const line = lines[index]!;
      const prefix = `lines.${index}`;
      if (outstandingQuantity(line) === 0) errors[`${prefix}.lineId`] = msg('apiParts.lineLinenoNothingLeftShip', { lineNo: line.lineNo });
      if (!hasText(entry.productionOrderNumber)) errors[`${prefix}.productionOrderNumber`] = msg('apiParts.enterProductionOrderNumber');
      if (!isLocalDate(entry.expectedOn) || entry.expectedOn < today) errors[`${prefix}.expectedOn`] = msg('apiParts.enterDateProductionExpectsDeliver', { today });
    });
    throwIfFieldErrors(linedUp.toInputErrors(errors), msg('apiParts.backOrderCompleteCorrectLines'));
    linedUp.entries.forEach((entry, index) => {
      if (!entry) return;
      Object.assign(lines[index]!, { productionOrderNumber: entry.productionOrderNumber.trim(), expectedOn: entry.expectedOn });
    });
    await manager.save(lines);
    requisition.status = 'BACKORDERED';
  });
}

/**
 * 收货确认: the receiver counts what arrived; each line's pieces enter the destination's stock (IN,
 * source RECEIPT) at the line's unit cost. A count that differs from what was shipped needs a note,
 * and the difference stays on the line for the write-off.
 */
export async function receiveRequisition(
  context: RequestContext,
  id: string,
  version: number,
  entries: readonly ReceiveLineInput[],
): Promise<PartsRequisition> {
  const principal = context.requirePrincipal();
  const settings = await context.loaders.partsSettings();
  return changeRequisition(context, id, version, 'receive', 'RECEIVE', async (state) => {
    const { requisition, lines, manager } = state;
    assertRequisitionCommand(context, 'receive', state, settings);
    const linedUp = lineUpEntries(lines, entries, 'lines');
    const errors: FieldErrors = {};
    lines.forEach((line, index) => {
      const entry = linedUp.entries[index];
      const prefix = `lines.${index}`;
      if (!entry) {
        if (line.shippedQuantity > 0) errors.lines = msg('apiParts.countEveryLineShippedLine', { lineNo: line.lineNo });
        return;
      }
      if (!Number.isSafeInteger(entry.quantity) || entry.quantity < 0) errors[`${prefix}.quantity`] = msg('apiParts.enterPiecesArrived0More');
      else if (entry.quantity !== line.shippedQuantity && !hasText(entry.note)) {
        errors[`${prefix}.note`] = msg('apiParts.shippedquantityWereShippedQuantityArrived', { shippedQuantity: line.shippedQuantity, quantity: entry.quantity });
      }
    });
    throwIfFieldErrors(linedUp.toInputErrors(errors), msg('apiParts.receiptCompleteCorrectLinesListed'));
    const location = destinationLocation(requisition);
    for (const [index, line] of lines.entries()) {
      const entry = linedUp.entries[index];
      if (!entry) continue;
      if (entry.quantity > 0) {
        await stockIn(manager, { name: principal.displayName }, {
          location,
          partId: line.partId,
          quantity: entry.quantity,
          unitCostFen: line.unitCost,
          source: 'RECEIPT',
          requisitionId: requisition.id,
          reason: entry.quantity === line.shippedQuantity ? null : entry.note,
        });
      }
      Object.assign(line, { receivedQuantity: entry.quantity, receiptNote: hasText(entry.note) ? entry.note.trim() : null });
    }
    await manager.save(lines);
    Object.assign(requisition, { status: 'RECEIVED', receivedAt: new Date(), receivedByName: principal.displayName });
  });
}
