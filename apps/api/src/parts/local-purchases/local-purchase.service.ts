import type { Message } from '@aftersales/domain';
import {
  assertLocalPurchaseApproved,
  centerLocation,
  LOCAL_PURCHASE_APPROVER,
  LOCAL_PURCHASE_LIFECYCLE,
  throwIfFieldErrors,
  validateLocalPurchase,
  type FieldErrors,
} from '@aftersales/domain';
import { recordAudit } from '../../audit/audit.service.js';
import { actorOf } from '../../auth/actor.js';
import { appError, notFound } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { trimmedOrNull } from '../../common/input-rules.js';
import { pageOfList, type SyncPageArgs } from '../../common/incremental-sync.js';
import type { RequestContext } from '../../common/request-context.js';
import { type VersionedAggregate, versionedWrite } from '../../common/versioned-write.js';
import { nextPartsCode } from '../requisitions/parts-codes.js';
import { stockIn } from '../stock/stock-ledger.js';
import { resolveLocation } from '../stock/stock-locations.js';
import { LOCAL_PURCHASE_ACTIONS, type LocalPurchaseAction } from './local-purchase-enums.js';
import { LocalPurchase } from './local-purchase.entity.js';
import type { LocalPurchaseFilter, LocalPurchaseInput } from './local-purchase.input.js';
import { onlyPartnersCenter } from '../../common/tenant-filter.js';
import { msg } from '../../i18n/message.js';

/** A recorded purchase "in the future" beyond a clock's drift is a typing mistake. */
const CLOCK_SKEW_MS = 5 * 60_000;

const LOCAL_PURCHASE: VersionedAggregate<LocalPurchase> = {
  entity: LocalPurchase,
  entityType: 'LocalPurchase',
  noun: msg('apiParts.localPurchase'),
  centerOf: (purchase) => purchase.repairCenterId,
  describeCurrent: (purchase) => ({ status: purchase.status, version: purchase.version }),
};

type LocalPurchaseCommand = keyof typeof LOCAL_PURCHASE_LIFECYCLE.commands;

/** The button each lifecycle command is offered as. */
const ACTION_OF: { [C in LocalPurchaseCommand]: LocalPurchaseAction } = { approve: 'APPROVE', reject: 'REJECT', recordPurchase: 'RECORD_PURCHASE' };

function assertLocalPurchaseCommand(context: RequestContext, command: LocalPurchaseCommand, purchase: LocalPurchase): void {
  const principal = context.requirePrincipal();
  LOCAL_PURCHASE_LIFECYCLE.assertCommand(command, purchase.status, actorOf(principal), { role: principal.role });
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
  async list(context: RequestContext, page: SyncPageArgs, filter: LocalPurchaseFilter = {}) {
    const manager = await context.manager();
    const query = onlyPartnersCenter(manager.createQueryBuilder(LocalPurchase, 'lp'), context, 'lp.repairCenterId');
    if (filter.status) query.andWhere('lp.status = :status', { status: filter.status });
    if (filter.repairCenterId) query.andWhere('lp.repairCenterId = :center', { center: isUuid(filter.repairCenterId) ? filter.repairCenterId : null });
    return pageOfList(query.orderBy('lp.createdAt', 'DESC').addOrderBy('lp.code', 'DESC'), page, { alias: 'lp', name: 'local-purchases' });
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
    const decisionNote = trimmedOrNull(note);
    if (!approve && !decisionNote) throw appError('BAD_USER_INPUT', msg('apiParts.sayWhyPurchaseRefused'), { note: msg('apiParts.enterWhyPurchaseRefused') });
    return versionedWrite(context, LOCAL_PURCHASE, {
      id,
      version,
      action: approve ? 'APPROVE' : 'REJECT',
      apply: (purchase) => {
        assertLocalPurchaseCommand(context, approve ? 'approve' : 'reject', purchase);
        Object.assign(purchase, { status: approve ? 'APPROVED' : 'REJECTED', decidedByName: principal.displayName, decisionNote, decidedAt: new Date() });
      },
    });
  },

  /** 已购置: the part enters the location's stock (IN, source LOCAL_PURCHASE) at the price paid. */
  record(context: RequestContext, id: string, version: number, purchasedAt: Date): Promise<LocalPurchase> {
    const principal = context.requirePrincipal();
    return versionedWrite(context, LOCAL_PURCHASE, {
      id,
      version,
      action: 'PURCHASE',
      apply: async (purchase, manager) => {
        // Not yet agreed says what is missing rather than which commands a REQUESTED one takes.
        if (purchase.status === 'REQUESTED') assertLocalPurchaseApproved(null);
        assertLocalPurchaseCommand(context, 'recordPurchase', purchase);
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
          reasonCode: 'LOCAL_PURCHASE',
        });
        Object.assign(purchase, { status: 'PURCHASED', purchasedAt });
      },
    });
  },

  /** What the viewer may do with the purchase now: the commands `LOCAL_PURCHASE_LIFECYCLE` allows. */
  allowedActions(context: RequestContext, purchase: LocalPurchase): LocalPurchaseAction[] {
    const principal = context.requirePrincipal();
    const offered = new Set(
      LOCAL_PURCHASE_LIFECYCLE.allowedCommands(purchase.status, actorOf(principal), { role: principal.role }).map((command) => ACTION_OF[command]),
    );
    return LOCAL_PURCHASE_ACTIONS.filter((action) => offered.has(action));
  },
};
