import {
  assertManualCenterTransition,
  CENTER_LIFECYCLE,
  MANUAL_CENTER_COMMANDS,
  throwIfFieldErrors,
  validateAgreementDates,
  type CenterCommand,
  type ManualCenterStatus,
  type RecordedCenterStatus,
} from '@aftersales/domain';
import { actorOf } from '../auth/actor.js';
import { appError, notFound } from '../common/app-error.js';
import { AuditedRecords, applySearch } from '../common/audited-records.js';
import { isUuid } from '../common/ids.js';
import { trimmed, trimmedOrNull } from '../common/input-rules.js';
import { pageOfList, type SyncPageArgs } from '../common/incremental-sync.js';
import type { RequestContext } from '../common/request-context.js';
import type { ProductCategory } from '../reference-data/product-categories/product-category.entity.js';
import { CenterStatusChange } from './center-status-change.entity.js';
import { saveStatusChange, storedReason } from './center-status-history.js';
import { REPAIR_CENTER_ACTIONS, type RepairCenterAction } from './repair-center-actions.js';
import { RepairCenter } from './repair-center.entity.js';
import type { ChangeRepairCenterStatusInput, RepairCenterFilter, RepairCenterInput } from './repair-center.input.js';
import { msg } from '../i18n/message.js';
import { SYSTEM_ACTOR } from '../auth/principal.js';

const centers = new AuditedRecords(RepairCenter, 'RepairCenter', ['categories']);

function values(input: RepairCenterInput) {
  throwIfFieldErrors(validateAgreementDates(input.agreementValidFrom, input.agreementValidTo));
  return {
    code: trimmed(input.code),
    name: trimmed(input.name),
    regionId: input.regionId,
    address: trimmed(input.address),
    contactName: trimmed(input.contactName),
    phone: trimmed(input.phone),
    agreementNumber: trimmed(input.agreementNumber),
    agreementValidFrom: input.agreementValidFrom,
    agreementValidTo: input.agreementValidTo,
    notes: trimmedOrNull(input.notes),
    categories: [...new Set(input.categoryIds)].map((id) => ({ id }) as ProductCategory),
  };
}

export const repairCenterService = {
  async list(context: RequestContext, page: SyncPageArgs, filter: RepairCenterFilter = {}) {
    const today = await context.loaders.today();
    const query = applySearch(await centers.query(context, 'center'), ['center.code', 'center.name', 'center.agreementNumber'], filter.search);
    if (filter.regionId) query.andWhere('center.regionId = :regionId', { regionId: isUuid(filter.regionId) ? filter.regionId : null });
    if (filter.categoryId) {
      query.andWhere('EXISTS (SELECT 1 FROM repair_center_category rcc WHERE rcc.repair_center_id = center.id AND rcc.category_id = :categoryId)', {
        categoryId: isUuid(filter.categoryId) ? filter.categoryId : null,
      });
    }
    // The effective status (EXPIRED once the agreement has ended): the domain's effectiveCenterStatus
    // as one SQL function, checked against it by test/effective-center-status.test.ts.
    if (filter.status) {
      query.andWhere('effective_center_status(center.recordedStatus, center.agreementValidTo, CAST(:today AS date)) = :status', { status: filter.status, today });
    }
    if (filter.agreementExpiringWithinDays != null) {
      query.andWhere(
        `center.recordedStatus <> 'REVOKED' AND center.agreementValidTo BETWEEN :today AND CAST(:today AS date) + CAST(:days AS integer)`,
        { today, days: filter.agreementExpiringWithinDays },
      );
    }
    return pageOfList(query.orderBy('center.code'), page, { alias: 'center', name: 'repair-centers' });
  },

  /** NOT_FOUND also for another partner's center: row-level security hides it. */
  findOrFail: (context: RequestContext, id: string) => centers.findOrFail(context, id),

  async mine(context: RequestContext) {
    const principal = context.requirePrincipal();
    if (!principal.repairCenterId) throw appError('FORBIDDEN', msg('apiRepairCenters.onlyRepairCenterSOwn'));
    return centers.findOrFail(context, principal.repairCenterId);
  },

  create(context: RequestContext, input: RepairCenterInput) {
    return centers.create(context, { ...values(input), recordedStatus: 'ACTIVE' }, async (manager, center) => {
      await manager.insert(CenterStatusChange, {
        repairCenterId: center.id,
        fromStatus: null,
        toStatus: 'ACTIVE',
        ...storedReason({ code: 'AUTHORIZED' }),
        actorName: context.principal?.displayName ?? SYSTEM_ACTOR.name,
      });
    });
  },

  update(context: RequestContext, id: string, input: RepairCenterInput) {
    return centers.update(context, id, (center) => void Object.assign(center, values(input)));
  },

  /** Suspend, reinstate or revoke by hand; rectification only follows assessments. */
  changeStatus(context: RequestContext, id: string, input: ChangeRepairCenterStatusInput) {
    if (!isUuid(id)) throw notFound('RepairCenter', id);
    return context.transaction(async (manager) => {
      const center = await manager.findOne(RepairCenter, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!center) throw notFound('RepairCenter', id);
      const to = input.status as RecordedCenterStatus;
      assertManualCenterTransition(center.recordedStatus, to);
      const command = MANUAL_CENTER_COMMANDS[to as ManualCenterStatus];
      CENTER_LIFECYCLE.assertCommand(command, center.recordedStatus, actorOf(context.requirePrincipal()));
      return saveStatusChange(manager, context.principal, center, { command, to, reason: trimmed(input.reason) });
    });
  },

  /** What the viewer may do with the center's status now: the commands `CENTER_LIFECYCLE` allows by hand or by assessment. */
  allowedActions(context: RequestContext, center: RepairCenter): RepairCenterAction[] {
    const commands = CENTER_LIFECYCLE.allowedCommands(center.recordedStatus, actorOf(context.requirePrincipal()));
    const offered = new Set(commands.map((command) => CENTER_ACTION_OF[command]));
    return REPAIR_CENTER_ACTIONS.filter((action) => offered.has(action));
  },
};

/** The button each command is offered as; rectification opens and closes with an assessment, not a button. */
const CENTER_ACTION_OF: { [C in CenterCommand]: RepairCenterAction | null } = {
  openRectification: null,
  closeRectification: null,
  recordAssessment: 'RECORD_ASSESSMENT',
  reinstate: 'REINSTATE',
  suspend: 'SUSPEND',
  revoke: 'REVOKE',
};
