import {
  DEFAULT_MAINTENANCE_CONTRACT_SETTINGS,
  throwIfFieldErrors,
  validateMaintenanceContractSettings,
  type MaintenanceContractSettings,
} from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import type { RequestContext } from '../common/request-context.js';
import { AppSetting } from '../settings/app-setting.entity.js';
import { msg } from '../i18n/message.js';

const KEY = 'maintenanceContracts';

/** Stored values over the defaults, so a setting added later has a value before anyone edits it. */
export async function readMaintenanceContractSettings(manager: EntityManager): Promise<MaintenanceContractSettings> {
  const row = await manager.findOneBy(AppSetting, { key: KEY });
  return { ...DEFAULT_MAINTENANCE_CONTRACT_SETTINGS, ...(row?.value as Partial<MaintenanceContractSettings> | undefined) };
}

/** Replaces the maintenance-contract settings in one audited write. */
export async function saveMaintenanceContractSettings(context: RequestContext, next: MaintenanceContractSettings): Promise<MaintenanceContractSettings> {
  throwIfFieldErrors(validateMaintenanceContractSettings(next), msg('apiMaintenanceContracts.maintenanceContractSettingsValidCorrect'));
  return context.transaction(async (manager) => {
    const before = await readMaintenanceContractSettings(manager);
    await manager.upsert(AppSetting, { key: KEY, value: { ...next } as never }, ['key']);
    await recordAudit(manager, context.principal, { action: 'UPDATE', entityType: 'Settings', entityId: KEY, before, after: next });
    return next;
  });
}
