import type { Message } from '@aftersales/domain';
import {
  assertLocalPurchaseApproved,
  centerLocation,
  LOCAL_PURCHASE_APPROVER,
  throwIfFieldErrors,
  validateLocalPurchase,
  type FieldErrors,
} from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { recordAudit, snapshot } from '../../audit/audit.service.js';
import { appError, notFound } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { trimmedOrNull } from '../../common/input-rules.js';
import { paginate, type PageArgs } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { nextPartsCode } from '../requisitions/parts-codes.js';
import { stockIn } from '../stock/stock-ledger.js';
import { resolveLocation } from '../stock/stock-locations.js';
import type { LocalPurchaseStatus } from './local-purchase-enums.js';
import { LocalPurchase } from './local-purchase.entity.js';
import type { LocalPurchaseFilter, LocalPurchaseInput } from './local-purchase.input.js';
import { msg } from '../../i18n/message.js';

/** A recorded purchase "in the future" beyond a clock's drift is a typing mistake. */
const CLOCK_SKEW_MS = 5 * 60_000;
const FIXED_COLUMNS = new Set(['id', 'code', 'version', 'createdAt', 'updatedAt']);

const staleVersion = () => appError('CONFLICT', msg('apiParts.someoneElseChangedLocalPurchase'));

function requireStatus(purchase: LocalPurchase, status: LocalPurchaseStatus, what: Message): void {
  if (purchase.status !== status) throw appError('CONFLICT', msg('apiParts.localPurchaseCodeStatusWhat', { code: purchase.code, status: purchase.status, what, status2: status }));
}

/** One change under an optimistic version check, with its audit entry, in one transaction. */
async function changeLocalPurchase(
  context: RequestContext,
  id: string,
  version: number,
  action: string,
  apply: (purchase: LocalPurchase, manager: EntityManager) => void | Promise<void>,
): Promise<LocalPurchase> {
  if (!isUuid(id)) throw notFound('LocalPurchase', id);
  const principal = context.requirePrincipal();
  return context.transaction(async (manager) => {
    const purchase = await manager.findOneBy(LocalPurchase, { id });
    if (!purchase) throw notFound('LocalPurchase', id);
    if (purchase.version !== version) throw staleVersion();
    const before = snapshot(purchase);
    await apply(purchase, manager);
    const values = Object.fromEntries(Object.entries(purchase).filter(([key]) => !FIXED_COLUMNS.has(key)));
    const result = await manager
      .createQueryBuilder()
      .update(LocalPurchase)
      .set({ ...values, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) throw staleVersion();
    const saved = await manager.findOneByOrFail(LocalPurchase, { id });
    await recordAudit(manager, principal, { action, entityType: 'LocalPurchase', entityId: id, before, after: saved, repairCenterId: saved.repairCenterId });
    return saved;
  });
}

/** The repair the part is bought for, visible to the caller; a partner's own only. */
async function checkRepair(context: RequestContext, input: LocalPurchaseInput, centerId: string | null, errors: FieldErrors): Promise<void> {
  const partner = context.requirePrincipal().role === 'PARTNER';
  if (input.workOrderId) {
    const order = await context.loaders.workOrder.load(input.workOrderId);
    if (!order || (partner && order.repairCenterId !== centerId)) {
      if (partner) throw appError('FORBIDDEN', msg('apiParts.repairCenterBuysPartsOwn'));
      errors.workOrderId = msg('apiParts.chooseExistingWorkOrder');
    }
  }
  if (input.complaintId && !(await context.loaders.complaint.load(input.complaintId))) {
    if (partner) throw appError('FORBIDDEN', msg('apiParts.repairCenterBuysPartsOwn2'));
    errors.complaintId = msg('apiParts.chooseExistingComplaint');
  }
}

export const localPurchaseService = {
  async list(context: RequestContext, page: PageArgs, filter: LocalPurchaseFilter = {}) {
    const manager = await context.manager();
    const query = manager.createQueryBuilder(LocalPurchase, 'lp');
    if (filter.status) query.andWhere('lp.status = :status', { status: filter.status });
    if (filter.repairCenterId) query.andWhere('lp.repairCenterId = :center', { center: isUuid(filter.repairCenterId) ? filter.repairCenterId : null });
    return paginate(query.orderBy('lp.createdAt', 'DESC').addOrderBy('lp.code', 'DESC'), page);
  },

  async findOrFail(context: RequestContext, id: string): Promise<LocalPurchase> {
    const purchase = isUuid(id) ? await context.loaders.localPurchase.load(id) : null;
    if (!purchase) throw notFound('LocalPurchase', id);
    return purchase;
  },

  /** 申请就地购置: checked against the quote rule; it waits for the CS leader's consent. */
  async request(context: RequestContext, input: LocalPurchaseInput): Promise<LocalPurchase> {
    const principal = context.requirePrincipal();
    const manager = await context.manager();
    // Checked before the location is looked up: under row-level security another center reads as unknown.
    if (principal.role === 'PARTNER' && input.location !== centerLocation(principal.repairCenterId!)) {
      throw appError('FORBIDDEN', msg('apiParts.repairCenterBuysPartsLocally'));
    }
    const location = await resolveLocation(manager, input.location, 'location');
    const errors: FieldErrors = {};
    if (location.location === 'FACTORY') errors.location = msg('apiParts.localPurchaseRepairCenterHead');
    await checkRepair(context, input, location.centerId, errors);
    const part = await context.loaders.part.load(input.partId);
    if (!part) errors.partId = msg('apiParts.chooseExistingPartPartsList');
    const settings = await context.loaders.partsSettings();
    throwIfFieldErrors({ ...validateLocalPurchase(input, settings), ...errors }, msg('apiParts.localPurchaseCompleteCorrectFields'));
    const today = await context.loaders.today();
    return context.transaction(async (tx) => {
      const purchase = await tx.save(
        tx.create(LocalPurchase, {
          code: await nextPartsCode(tx, 'GZ', Number(today.slice(0, 4))),
          version: 1,
          status: 'REQUESTED',
          location: location.location,
          repairCenterId: location.centerId,
          reasons: [...input.reasons],
          workOrderId: input.workOrderId ?? null,
          complaintId: input.complaintId ?? null,
          partId: input.partId,
          quantity: input.quantity,
          supplier: input.supplier.trim(),
          unitPrice: input.unitPrice,
          quotes: input.quotes.map((quote) => ({ supplier: quote.supplier.trim(), unitPrice: quote.unitPrice })),
          choiceReason: trimmedOrNull(input.choiceReason),
          requestedByName: principal.displayName,
        }),
      );
      await recordAudit(tx, principal, { action: 'CREATE', entityType: 'LocalPurchase', entityId: purchase.id, after: purchase, repairCenterId: purchase.repairCenterId });
      return tx.findOneByOrFail(LocalPurchase, { id: purchase.id });
    });
  },

  /** 部门领导同意 (004 §6.1): the CS department leader alone decides; a refusal says why. */
  decide(context: RequestContext, id: string, version: number, approve: boolean, note: string | null | undefined): Promise<LocalPurchase> {
    const principal = context.requirePrincipal();
    if (principal.role !== LOCAL_PURCHASE_APPROVER) {
      throw appError('FORBIDDEN', msg('apiParts.localPurchaseApprovedCsDepartment', { localPurchaseApprover: LOCAL_PURCHASE_APPROVER }));
    }
    const decisionNote = trimmedOrNull(note);
    if (!approve && !decisionNote) throw appError('BAD_USER_INPUT', msg('apiParts.sayWhyPurchaseRefused'), { note: msg('apiParts.enterWhyPurchaseRefused') });
    return changeLocalPurchase(context, id, version, approve ? 'APPROVE' : 'REJECT', (purchase) => {
      requireStatus(purchase, 'REQUESTED', msg('apiParts.itIsDecided'));
      Object.assign(purchase, { status: approve ? 'APPROVED' : 'REJECTED', decidedByName: principal.displayName, decisionNote, decidedAt: new Date() });
    });
  },

  /** 已购置: the part enters the location's stock (IN, source LOCAL_PURCHASE) at the price paid. */
  record(context: RequestContext, id: string, version: number, purchasedAt: Date): Promise<LocalPurchase> {
    const principal = context.requirePrincipal();
    return changeLocalPurchase(context, id, version, 'PURCHASE', async (purchase, manager) => {
      if (purchase.status === 'REQUESTED') assertLocalPurchaseApproved(null);
      requireStatus(purchase, 'APPROVED', msg('apiParts.purchaseRecorded'));
      assertLocalPurchaseApproved({ approverRole: LOCAL_PURCHASE_APPROVER, approvedAt: purchase.decidedAt! }, purchasedAt);
      if (purchasedAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
        throw appError('BAD_USER_INPUT', msg('apiParts.purchaseTimeFutureEnterWhen'), { purchasedAt: msg('apiParts.enterWhenPartBought') });
      }
      await stockIn(manager, { name: principal.displayName }, {
        location: purchase.location,
        partId: purchase.partId,
        quantity: purchase.quantity,
        unitCostFen: purchase.unitPrice,
        source: 'LOCAL_PURCHASE',
        localPurchaseId: purchase.id,
        reason: `${purchase.code} ${purchase.supplier}`,
      });
      Object.assign(purchase, { status: 'PURCHASED', purchasedAt });
    });
  },
};
