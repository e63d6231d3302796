import {
  type ComplaintSettings,
  DEFAULT_COMPLAINT_SETTINGS,
  DEFAULT_REPAIR_CENTER_SETTINGS,
  throwIfFieldErrors,
  validateRepairCenterSettings,
  type RepairCenterSettings,
} from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import type { RequestContext } from '../common/request-context.js';
import { AppSetting } from './app-setting.entity.js';

const REPAIR_CENTERS = 'repairCenters';

/** Stored values over the defaults, so a setting added later has a value before anyone edits it. */
async function readSettings<T extends object>(manager: EntityManager, key: string, defaults: T): Promise<T> {
  const row = await manager.findOneBy(AppSetting, { key });
  return { ...defaults, ...(row?.value as Partial<T> | undefined) };
}

export const readRepairCenterSettings = (manager: EntityManager) =>
  readSettings<RepairCenterSettings>(manager, REPAIR_CENTERS, DEFAULT_REPAIR_CENTER_SETTINGS);

export const readComplaintSettings = (manager: EntityManager) =>
  readSettings<ComplaintSettings>(manager, 'complaints', DEFAULT_COMPLAINT_SETTINGS);

export const settingsService = {
  async repairCenters(context: RequestContext): Promise<RepairCenterSettings> {
    return readRepairCenterSettings(await context.manager());
  },

  async updateRepairCenters(context: RequestContext, input: RepairCenterSettings): Promise<RepairCenterSettings> {
    const next: RepairCenterSettings = {
      assessmentPassMark: input.assessmentPassMark,
      rectificationDays: input.rectificationDays,
      agreementExpiryWarningDays: input.agreementExpiryWarningDays,
    };
    throwIfFieldErrors(validateRepairCenterSettings(next));
    return context.transaction(async (manager) => {
      const before = await readRepairCenterSettings(manager);
      await manager.upsert(AppSetting, { key: REPAIR_CENTERS, value: { ...next } }, ['key']);
      await recordAudit(manager, context.principal, {
        action: 'UPDATE',
        entityType: 'Settings',
        entityId: REPAIR_CENTERS,
        before,
        after: next,
      });
      return next;
    });
  },
};
