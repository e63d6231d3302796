import { DEFAULT_PARTS_SETTINGS, type PartsSettings } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { AppSetting } from '../settings/app-setting.entity.js';

export const PARTS_SETTINGS_KEY = 'parts';

/** Stored values over the defaults, so a setting added later has a value before anyone edits it. */
export async function readPartsSettings(manager: EntityManager): Promise<PartsSettings> {
  const row = await manager.findOneBy(AppSetting, { key: PARTS_SETTINGS_KEY });
  return { ...DEFAULT_PARTS_SETTINGS, ...(row?.value as Partial<PartsSettings> | undefined) };
}
