import { throwIfFieldErrors, validatePartsSettings, type PartsSettings } from '@aftersales/domain';
import { recordAudit } from '../../audit/audit.service.js';
import type { RequestContext } from '../../common/request-context.js';
import { AppSetting } from '../../settings/app-setting.entity.js';
import { PARTS_SETTINGS_KEY, readPartsSettings } from '../parts-settings.js';
import { storeNextApprovers } from './requisition-next-approver.js';
import { msg } from '../../i18n/message.js';

export const partsSettingsService = {
  async read(context: RequestContext): Promise<PartsSettings> {
    return readPartsSettings(await context.manager());
  },

  /** Replaces the parts settings in one audited write, with whose signature each requisition now waits for. */
  save(context: RequestContext, next: PartsSettings): Promise<PartsSettings> {
    throwIfFieldErrors(validatePartsSettings(next), msg('apiParts.partsSettingsValidCorrectFields'));
    return context.transaction(async (manager) => {
      const before = await readPartsSettings(manager);
      await manager.upsert(AppSetting, { key: PARTS_SETTINGS_KEY, value: { ...next } as never }, ['key']);
      // A new threshold can add or spare the director's signature on what is waiting now.
      await storeNextApprovers(manager, next);
      await recordAudit(manager, context.principal, { action: 'UPDATE', entityType: 'Settings', entityId: PARTS_SETTINGS_KEY, before, after: next });
      return next;
    });
  },
};
