import {
  DEFAULT_TECHNICIAN_SCORE_SETTINGS,
  type TechnicianScoreSettings,
  throwIfFieldErrors,
  validateTechnicianScoreSettings,
} from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import type { RequestContext } from '../common/request-context.js';
import { AppSetting } from '../settings/app-setting.entity.js';
import { storeSubmittedLate } from './submitted-late.js';
import { msg } from '../i18n/message.js';

const KEY = 'technicianScores';

/** Stored values over the defaults; nested tables too, so an item added later has its default. */
export async function readTechnicianScoreSettings(manager: EntityManager): Promise<TechnicianScoreSettings> {
  const row = await manager.findOneBy(AppSetting, { key: KEY });
  return technicianScoreSettingsOf(row?.value);
}

/** The settings row's SQL, for a statement that reads it beside something else (one round trip). */
export const TECHNICIAN_SCORE_SETTINGS_SQL = `SELECT value FROM app_setting WHERE key = '${KEY}'`;

/** The settings from the stored row's value (null or missing: the defaults). */
export function technicianScoreSettingsOf(value: unknown): TechnicianScoreSettings {
  const stored = (value ?? {}) as Partial<TechnicianScoreSettings>;
  const defaults = DEFAULT_TECHNICIAN_SCORE_SETTINGS;
  return {
    ...defaults,
    ...stored,
    maxima: { ...defaults.maxima, ...stored.maxima },
    gradeThresholds: { ...defaults.gradeThresholds, ...stored.gradeThresholds },
    payRatios: { ...defaults.payRatios, ...stored.payRatios },
  };
}

export async function saveTechnicianScoreSettings(context: RequestContext, next: TechnicianScoreSettings): Promise<TechnicianScoreSettings> {
  throwIfFieldErrors(validateTechnicianScoreSettings(next), msg('apiTechnicianScores.scoreSettingsValidCorrectFields'));
  return context.transaction(async (manager) => {
    const before = await readTechnicianScoreSettings(manager);
    await manager.upsert(AppSetting, { key: KEY, value: { ...next } as never }, ['key']);
    // A new due day can make a submission late or in time.
    await storeSubmittedLate(manager);
    await recordAudit(manager, context.principal, { action: 'UPDATE', entityType: 'Settings', entityId: KEY, before, after: next });
    return next;
  });
}
