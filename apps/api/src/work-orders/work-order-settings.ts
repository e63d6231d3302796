import {
  DEFAULT_WORK_ORDER_SETTINGS,
  throwIfFieldErrors,
  validateWorkOrderSettings,
  type WorkOrderSettings,
} from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import type { RequestContext } from '../common/request-context.js';
import { AppSetting } from '../settings/app-setting.entity.js';
import { msg } from '../i18n/message.js';

const KEY = 'workOrders';

/** Stored values over the defaults; the arrival hours too, so an area type added later has its default. */
export async function readWorkOrderSettings(manager: EntityManager): Promise<WorkOrderSettings> {
  const row = await manager.findOneBy(AppSetting, { key: KEY });
  const stored = (row?.value ?? {}) as Partial<WorkOrderSettings>;
  const defaults = DEFAULT_WORK_ORDER_SETTINGS;
  return { ...defaults, ...stored, arrivalHours: { ...defaults.arrivalHours, ...stored.arrivalHours } };
}

/** Replaces the work-order settings in one audited write. */
export async function saveWorkOrderSettings(context: RequestContext, next: WorkOrderSettings): Promise<WorkOrderSettings> {
  throwIfFieldErrors(validateWorkOrderSettings(next), msg('apiWorkOrders.workOrderSettingsValidCorrect'));
  return context.transaction(async (manager) => {
    const before = await readWorkOrderSettings(manager);
    await manager.upsert(AppSetting, { key: KEY, value: { ...next } as never }, ['key']);
    await recordAudit(manager, context.principal, { action: 'UPDATE', entityType: 'Settings', entityId: KEY, before, after: next });
    return next;
  });
}
