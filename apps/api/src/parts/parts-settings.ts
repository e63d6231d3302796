import { DEFAULT_PARTS_SETTINGS, type PartsSettings } from '@aftersales/domain';

export const PARTS_SETTINGS_KEY = 'parts';

/**
 * Stored values over the defaults, so a setting added later has a value before anyone edits it.
 * Plain SQL, so a migration (its QueryRunner) reads them as a request (its EntityManager) does.
 */
export async function readPartsSettings(db: { query(sql: string, parameters?: unknown[]): Promise<unknown> }): Promise<PartsSettings> {
  const rows = (await db.query('SELECT value FROM app_setting WHERE key = $1', [PARTS_SETTINGS_KEY])) as { value: Partial<PartsSettings> }[];
  return { ...DEFAULT_PARTS_SETTINGS, ...rows[0]?.value };
}
