import { DEFAULT_API_KEY_SETTINGS, throwIfFieldErrors, validateApiKeySettings, type ApiKeySettings } from '@aftersales/domain';
import { recordAudit } from '../audit/audit.service.js';
import type { RequestContext } from '../common/request-context.js';
import { AppSetting } from '../settings/app-setting.entity.js';
import { msg } from '../i18n/message.js';

export const API_KEY_SETTINGS_KEY = 'apiKeys';

/** Stored values over the defaults (authentication reads the same row with the key, see authenticate.ts). */
export async function readApiKeySettings(db: { query(sql: string, parameters?: unknown[]): Promise<unknown> }): Promise<ApiKeySettings> {
  const rows = (await db.query('SELECT value FROM app_setting WHERE key = $1', [API_KEY_SETTINGS_KEY])) as { value: Partial<ApiKeySettings> }[];
  return apiKeySettingsOf(rows[0]?.value);
}

export const apiKeySettingsOf = (stored: Partial<ApiKeySettings> | null | undefined): ApiKeySettings => ({ ...DEFAULT_API_KEY_SETTINGS, ...stored });

export const apiKeySettingsService = {
  async read(context: RequestContext): Promise<ApiKeySettings> {
    return context.loaders.apiKeySettings();
  },

  /** One audited write; every key without a limit of its own answers to the new default from its next request. */
  save(context: RequestContext, next: ApiKeySettings): Promise<ApiKeySettings> {
    throwIfFieldErrors(validateApiKeySettings(next), msg('apiApiKeys.apiKeySettingsInvalid'));
    return context.transaction(async (manager) => {
      const before = await readApiKeySettings(manager);
      await manager.upsert(AppSetting, { key: API_KEY_SETTINGS_KEY, value: { ...next } as never }, ['key']);
      await recordAudit(manager, context.principal, { action: 'UPDATE', entityType: 'Settings', entityId: API_KEY_SETTINGS_KEY, before, after: next });
      return next;
    });
  },
};
