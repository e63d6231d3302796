import { centerIdOf, isStockLocation, type StockLocation } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { appError } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { msg } from '../../i18n/message.js';

/** A location checked against the database: its center exists (and the caller may see it). */
export interface ResolvedLocation {
  location: StockLocation;
  /** The center of a CENTER:<id> location, null for FACTORY and HEAD_OFFICE. */
  centerId: string | null;
}

const LOCATION_HINT = msg('apiParts.chooseFactoryHeadOfficeCenter');

/**
 * Reads a location key from input. A center location must name an existing repair center; under
 * row-level security a partner finds only its own, so another center reads as unknown.
 */
export async function resolveLocation(manager: EntityManager, key: unknown, field: string): Promise<ResolvedLocation> {
  if (!isStockLocation(key)) {
    throw appError('BAD_USER_INPUT', msg('apiParts.keyvalueStockLocationLocationhint', { keyValue: String(key), locationHint: LOCATION_HINT }), { [field]: LOCATION_HINT });
  }
  const centerId = centerIdOf(key);
  if (centerId !== null) {
    const found: unknown[] = isUuid(centerId) ? await manager.query('SELECT 1 FROM repair_center WHERE id = $1', [centerId]) : [];
    if (found.length === 0) {
      const message = msg('apiParts.thereRepairCenterCenteridLocationhint', { centerId, locationHint: LOCATION_HINT });
      throw appError('BAD_USER_INPUT', message, { [field]: message });
    }
  }
  return { location: key, centerId };
}

/** How a location is named in messages: 制造单元 FACTORY, 客户服务部 HEAD_OFFICE, or the center's code and name. */
export async function describeLocation(manager: EntityManager, location: StockLocation): Promise<string> {
  if (location === 'FACTORY') return '制造单元 FACTORY';
  if (location === 'HEAD_OFFICE') return '客户服务部 HEAD_OFFICE';
  const centerId = centerIdOf(location);
  const rows: { code: string; name: string }[] =
    centerId && isUuid(centerId) ? await manager.query('SELECT code, name FROM repair_center WHERE id = $1', [centerId]) : [];
  return rows[0] ? `${rows[0].code} ${rows[0].name}` : location;
}
