import {
  type ComplaintSettings,
  DEFAULT_COMPLAINT_SETTINGS,
  DEFAULT_RESPONSIBILITY_RULES,
  type ResponsibilityRules,
  validateComplaintSettings,
  validateResponsibilityRules,
  DEFAULT_REPAIR_CENTER_SETTINGS,
  throwIfFieldErrors,
  validateRepairCenterSettings,
  type RepairCenterSettings,
} from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import type { RequestContext } from '../common/request-context.js';
import { storeReplyDue } from '../complaints/reply-due.js';
import { AppSetting } from './app-setting.entity.js';

const REPAIR_CENTERS = 'repairCenters';
const COMPLAINTS = 'complaints';

/** Stored values over the defaults, so a setting added later has a value before anyone edits it. */
async function readSettings<T extends object>(manager: EntityManager, key: string, defaults: T): Promise<T> {
  const row = await manager.findOneBy(AppSetting, { key });
  return { ...defaults, ...(row?.value as Partial<T> | undefined) };
}

export const readRepairCenterSettings = (manager: EntityManager) =>
  readSettings<RepairCenterSettings>(manager, REPAIR_CENTERS, DEFAULT_REPAIR_CENTER_SETTINGS);

/** The complaint rules' settings with the responsibility rules table head office may edit. */
export type StoredComplaintSettings = ComplaintSettings & { responsibilityRules: ResponsibilityRules };

export const readComplaintSettings = (manager: EntityManager) =>
  readSettings<StoredComplaintSettings>(manager, COMPLAINTS, {
    ...DEFAULT_COMPLAINT_SETTINGS,
    responsibilityRules: DEFAULT_RESPONSIBILITY_RULES,
  });

/** Replaces a settings document in one audited write; `restore` re-stores what records derive from it. */
async function saveSettings<T extends object>(
  context: RequestContext,
  key: string,
  read: (manager: EntityManager) => Promise<T>,
  next: T,
  restore?: (manager: EntityManager) => Promise<void>,
): Promise<T> {
  return context.transaction(async (manager) => {
    const before = await read(manager);
    await manager.upsert(AppSetting, { key, value: { ...next } as never }, ['key']);
    await restore?.(manager);
    await recordAudit(manager, context.principal, { action: 'UPDATE', entityType: 'Settings', entityId: key, before, after: next });
    return next;
  });
}

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
    return saveSettings(context, REPAIR_CENTERS, readRepairCenterSettings, next);
  },

  async complaints(context: RequestContext): Promise<StoredComplaintSettings> {
    return readComplaintSettings(await context.manager());
  },

  async updateComplaints(context: RequestContext, next: StoredComplaintSettings): Promise<StoredComplaintSettings> {
    throwIfFieldErrors({
      ...validateComplaintSettings(next),
      ...Object.fromEntries(Object.entries(validateResponsibilityRules(next.responsibilityRules)).map(([key, message]) => [`responsibilityRules.${key}`, message])),
    });
    // Reply days, their basis and the contractual term move the reply deadlines.
    return saveSettings(context, COMPLAINTS, readComplaintSettings, next, (manager) => storeReplyDue(manager));
  },
};
