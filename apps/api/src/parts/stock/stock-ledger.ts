import {
  DomainError,
  issueFifo,
  multiplyMoney,
  throwIfFieldErrors,
  validateMovement,
  type ScrapAppraisal,
  type StockLocation,
  type StockMovement as DomainMovement,
  type WorkOrderPartAccount,
  unusedIssued,
} from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { appError } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { readPartsSettings } from '../parts-settings.js';
import { describeLocation, resolveLocation, type ResolvedLocation } from './stock-locations.js';
import { StockMovement } from './stock-movement.entity.js';
import { list, msg } from '../../i18n/message.js';
import type { StockMovementReason } from './stock-movement-reasons.js';

/*
 * The stock core (DOMAIN §6): every change of stock goes through here, in the caller's
 * transaction, and writes its ledger row together with the level and the FIFO lots, so
 * Σ ledger = on hand per location and part. Stock never goes negative even under concurrent
 * requests: a decrement is one conditional UPDATE (the row lock serialises the takers, and the
 * one that finds too little changes nothing), backed by the CHECK constraint.
 */

export interface StockActor {
  /** The principal's displayName, or SYSTEM_ACTOR's code. */
  name: string;
}

export type StockInSourceInput = 'RECEIPT' | 'LOCAL_PURCHASE' | 'WORK_ORDER_RETURN' | 'OPENING';

export interface StockInInput {
  location: StockLocation;
  partId: string;
  quantity: number;
  unitCostFen: number;
  source: StockInSourceInput;
  requisitionId?: string | null;
  localPurchaseId?: string | null;
  /** For WORK_ORDER_RETURN: the work order the unused pieces were issued to. */
  workOrderId?: string | null;
  reason?: string | null;
  reasonCode?: StockMovementReason | null;
}

export interface StockOutInput {
  kind: 'OUT' | 'SHIP' | 'SCRAP' | 'TRANSFER';
  from: StockLocation;
  /** TRANSFER: where the pieces go; SHIP: the requisition's destination (its stock grows on receipt). */
  to?: StockLocation | null;
  partId: string;
  quantity: number;
  workOrderId?: string | null;
  requisitionId?: string | null;
  appraisal?: ScrapAppraisal | null;
  reason?: string | null;
  reasonCode?: StockMovementReason | null;
}

interface PartRow {
  id: string;
  unitCostFen: number;
}

const OUT_KINDS = ['OUT', 'SHIP', 'SCRAP', 'TRANSFER'] as const;
/** Parts are shipped from the manufacturing unit, or from head office's own stock. */
const SHIPPING_LOCATIONS: readonly StockLocation[] = ['FACTORY', 'HEAD_OFFICE'];

async function requirePart(manager: EntityManager, partId: string): Promise<PartRow> {
  const rows: { id: string; unit_cost_fen: string }[] =
    typeof partId === 'string' && isUuid(partId) ? await manager.query('SELECT id, unit_cost_fen FROM part WHERE id = $1', [partId]) : [];
  if (!rows[0]) {
    const message = msg('apiParts.therePartPartidChooseOne', { partId: String(partId) });
    throw appError('BAD_USER_INPUT', message, { partId: message });
  }
  return { id: rows[0].id, unitCostFen: Number(rows[0].unit_cost_fen) };
}

const NOT_AN_ID = {
  requisition: (value: string) => msg('apiParts.valueRequisitionId', { value }),
  localPurchase: (value: string) => msg('apiParts.valueLocalPurchaseId', { value }),
  workOrder: (value: string) => msg('apiParts.valueWorkOrderId', { value }),
};

function optionalUuid(value: string | null | undefined, field: string, what: keyof typeof NOT_AN_ID): string | null {
  if (value == null) return null;
  if (!isUuid(value)) {
    const message = NOT_AN_ID[what](value);
    throw appError('BAD_USER_INPUT', message, { [field]: message });
  }
  return value;
}

/** Adds pieces to a location: its level (created on first receipt) and one lot per cost. */
async function putStock(
  manager: EntityManager,
  to: ResolvedLocation,
  partId: string,
  lots: readonly { quantity: number; unitCostFen: number }[],
): Promise<void> {
  const quantity = lots.reduce((sum, lot) => sum + lot.quantity, 0);
  await manager.query(
    `INSERT INTO stock_level (location, part_id, repair_center_id, on_hand) VALUES ($1, $2, $3, $4)
     ON CONFLICT (location, part_id) DO UPDATE SET on_hand = stock_level.on_hand + EXCLUDED.on_hand, updated_at = now()`,
    [to.location, partId, to.centerId, quantity],
  );
  await manager.query(
    `INSERT INTO stock_lot (location, part_id, repair_center_id, unit_cost_fen, remaining)
     SELECT $1, $2, $3, lot.cost, lot.quantity FROM unnest($4::bigint[], $5::integer[]) WITH ORDINALITY AS lot(cost, quantity, n)
     ORDER BY lot.n`,
    [to.location, partId, to.centerId, lots.map((lot) => lot.unitCostFen), lots.map((lot) => lot.quantity)],
  );
}

/**
 * Takes pieces out of a location: the conditional decrement, then the oldest lots first.
 * Returns the FIFO allocation (its cost is what the pieces are worth on the books).
 */
async function takeStock(manager: EntityManager, from: ResolvedLocation, partId: string, quantity: number) {
  const taken: unknown[] = await manager.query(
    `WITH taken AS (
       UPDATE stock_level SET on_hand = on_hand - $3, updated_at = now()
       WHERE location = $1 AND part_id = $2 AND on_hand >= $3
       RETURNING on_hand
     ) SELECT on_hand FROM taken`,
    [from.location, partId, quantity],
  );
  if (taken.length === 0) {
    const rows: { on_hand: number }[] = await manager.query('SELECT on_hand FROM stock_level WHERE location = $1 AND part_id = $2', [
      from.location,
      partId,
    ]);
    const onHand = rows[0]?.on_hand ?? 0;
    const where = await describeLocation(manager, from.location);
    throw new DomainError(
      'CONFLICT',
      msg('apiParts.onlyOnhandHandWhereTakes', { onHand, where, quantity, quantity2: quantity - onHand }),
      undefined,
      { location: from.location, available: onHand, requested: quantity, shortfall: quantity - onHand },
    );
  }
  // The level's row lock, held since the UPDATE, already keeps other takers out; the lots are
  // locked as well so a receipt's lot cannot be half-seen.
  const lots: { id: string; received_at: Date; unit_cost_fen: string; remaining: number }[] = await manager.query(
    `SELECT id, received_at, unit_cost_fen, remaining FROM stock_lot
     WHERE location = $1 AND part_id = $2 AND remaining > 0
     ORDER BY received_at, sequence FOR UPDATE`,
    [from.location, partId],
  );
  const issue = issueFifo(
    lots.map((lot) => ({
      lotId: lot.id,
      // UTC days keep the SQL order (received_at, sequence); issueFifo keeps the given order within a day.
      receivedOn: new Date(lot.received_at).toISOString().slice(0, 10),
      quantity: lot.remaining,
      unitCost: Number(lot.unit_cost_fen),
    })),
    quantity,
  );
  await manager.query(
    `UPDATE stock_lot l SET remaining = l.remaining - a.quantity
     FROM unnest($1::uuid[], $2::integer[]) AS a(id, quantity) WHERE l.id = a.id`,
    [issue.allocations.map((a) => a.lotId), issue.allocations.map((a) => a.quantity)],
  );
  return issue;
}

/** What a work order did with a part so far: issued from stock, used, and unused pieces put back. */
export async function workOrderAccount(manager: EntityManager, workOrderId: string, partId: string): Promise<WorkOrderPartAccount> {
  const rows: { issued: string; used: string; returned: string }[] = await manager.query(
    `SELECT
       (SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE work_order_id = $1 AND part_id = $2 AND kind = 'OUT') AS issued,
       (SELECT coalesce(sum(quantity), 0) FROM part_usage WHERE work_order_id = $1 AND part_id = $2) AS used,
       (SELECT coalesce(sum(quantity), 0) FROM stock_movement
         WHERE work_order_id = $1 AND part_id = $2 AND kind = 'IN' AND source = 'WORK_ORDER_RETURN') AS returned`,
    [workOrderId, partId],
  );
  return { issued: Number(rows[0]?.issued ?? 0), used: Number(rows[0]?.used ?? 0), returned: Number(rows[0]?.returned ?? 0) };
}

/**
 * Puts new pieces into a location's stock: a receipt (production or a requisition's parts), a
 * local purchase, opening stock, or unused pieces a work order gives back — never used ones.
 */
export async function stockIn(manager: EntityManager, actor: StockActor, input: StockInInput): Promise<StockMovement> {
  const to = await resolveLocation(manager, input.location, 'location');
  const part = await requirePart(manager, input.partId);
  const requisitionId = optionalUuid(input.requisitionId, 'requisitionId', 'requisition');
  const localPurchaseId = optionalUuid(input.localPurchaseId, 'localPurchaseId', 'localPurchase');
  const workOrderId = optionalUuid(input.workOrderId, 'workOrderId', 'workOrder');
  const account = input.source === 'WORK_ORDER_RETURN' && workOrderId ? await workOrderAccount(manager, workOrderId, part.id) : null;
  const movement: DomainMovement = {
    kind: 'IN',
    source: input.source,
    to: to.location,
    quantity: input.quantity,
    unitCost: input.unitCostFen,
    requisitionId,
    localPurchaseId,
    workOrderId,
    workOrderAccount: account,
  };
  throwIfFieldErrors(validateMovement(movement, await readPartsSettings(manager)), msg('apiParts.receiptValidCorrectFieldsListed'));
  const returnable = account ? unusedIssued(account) : Infinity;
  if (input.quantity > returnable) {
    throw appError(
      'CONFLICT',
      msg('apiParts.onlyReturnablePiecesIssuedWork', { returnable }),
    );
  }

  await putStock(manager, to, part.id, [{ quantity: input.quantity, unitCostFen: input.unitCostFen }]);
  return manager.save(
    manager.create(StockMovement, {
      kind: 'IN',
      source: input.source,
      partId: part.id,
      quantity: input.quantity,
      fromLocation: null,
      fromCenterId: null,
      toLocation: to.location,
      toCenterId: to.centerId,
      cost: multiplyMoney(input.unitCostFen, input.quantity),
      requisitionId,
      workOrderId,
      localPurchaseId,
      writeOffId: null,
      appraisal: null,
      reason: input.reason?.trim() || null,
      reasonCode: input.reasonCode ?? null,
      actorName: actor.name,
    }),
  );
}

/**
 * Takes pieces out of a location: OUT against a work order, SHIP for a requisition (the
 * destination's stock grows only on receipt), SCRAP (an appraisal from the configured value up),
 * or TRANSFER to another location, which receives the same lots at the same cost — one ledger row.
 */
export async function stockOut(manager: EntityManager, actor: StockActor, input: StockOutInput): Promise<StockMovement> {
  if (!(OUT_KINDS as readonly string[]).includes(input.kind)) {
    throw appError('BAD_USER_INPUT', msg('apiParts.kindWayOutStockChoose', { kind: String(input.kind), outKinds: list(OUT_KINDS) }), {
      kind: msg('apiParts.chooseOutkinds', { outKinds: list(OUT_KINDS) }),
    });
  }
  const from = await resolveLocation(manager, input.from, 'from');
  const to = input.kind === 'TRANSFER' || input.kind === 'SHIP' ? await resolveLocation(manager, input.to, 'to') : null;
  const part = await requirePart(manager, input.partId);
  const workOrderId = optionalUuid(input.workOrderId, 'workOrderId', 'workOrder');
  const requisitionId = optionalUuid(input.requisitionId, 'requisitionId', 'requisition');
  const settings = await readPartsSettings(manager);

  const movementOf = (value: number | null): DomainMovement => {
    switch (input.kind) {
      case 'OUT':
        return { kind: 'OUT', from: from.location, quantity: input.quantity, workOrderId: workOrderId ?? '' };
      case 'SHIP':
        return { kind: 'SHIP', from: from.location, to: to!.location, quantity: input.quantity, requisitionId: requisitionId ?? '' };
      case 'TRANSFER':
        return { kind: 'TRANSFER', from: from.location, to: to!.location, quantity: input.quantity };
      case 'SCRAP':
        // Until the lots are taken the value is unknown: 0 checks the other fields only.
        return { kind: 'SCRAP', from: from.location, quantity: input.quantity, unitCost: part.unitCostFen, value: value ?? 0, appraisal: input.appraisal };
    }
  };
  const message = msg('apiParts.stockMovementValidCorrectFields');
  throwIfFieldErrors(validateMovement(movementOf(null), settings), message);
  if (input.kind === 'SHIP' && !SHIPPING_LOCATIONS.includes(from.location)) {
    const reason = msg('apiParts.partsShippedFactoryHeadOffice');
    throw appError('BAD_USER_INPUT', reason, { from: reason });
  }

  const issue = await takeStock(manager, from, part.id, input.quantity);
  if (input.kind === 'SCRAP') throwIfFieldErrors(validateMovement(movementOf(issue.totalCost), settings), message);
  if (input.kind === 'TRANSFER') {
    await putStock(manager, to!, part.id, issue.allocations.map((a) => ({ quantity: a.quantity, unitCostFen: a.unitCost })));
  }
  return manager.save(
    manager.create(StockMovement, {
      kind: input.kind,
      source: null,
      partId: part.id,
      quantity: input.quantity,
      fromLocation: from.location,
      fromCenterId: from.centerId,
      toLocation: to?.location ?? null,
      toCenterId: to?.centerId ?? null,
      cost: issue.totalCost,
      requisitionId,
      workOrderId,
      localPurchaseId: null,
      writeOffId: null,
      appraisal: input.kind === 'SCRAP' ? (input.appraisal ?? null) : null,
      reason: input.reason?.trim() || null,
      reasonCode: input.reasonCode ?? null,
      actorName: actor.name,
    }),
  );
}
