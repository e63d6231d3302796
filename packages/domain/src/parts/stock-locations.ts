import { DomainError } from '../errors.js';
import { msg } from '../messages/index.js';

/*
 * Where parts are kept: the manufacturing unit's stock (FACTORY, 004 §2.5, §6.2), head office's
 * CS department (HEAD_OFFICE), or a repair center, written `CENTER:<id>` so a location is one
 * string the ledger can store and group by.
 */
export const STOCK_LOCATION_KINDS = ['FACTORY', 'HEAD_OFFICE', 'CENTER'] as const;
export type StockLocationKind = (typeof STOCK_LOCATION_KINDS)[number];

export type StockLocation = 'FACTORY' | 'HEAD_OFFICE' | `CENTER:${string}`;

const CENTER_PREFIX = 'CENTER:';
/** A center id is anything without spaces or colons, so `CENTER:<id>` reads back unambiguously. */
const CENTER_ID_PATTERN = /^[^\s:]+$/;

export function isStockLocation(value: unknown): value is StockLocation {
  if (value === 'FACTORY' || value === 'HEAD_OFFICE') return true;
  return typeof value === 'string' && value.startsWith(CENTER_PREFIX) && CENTER_ID_PATTERN.test(value.slice(CENTER_PREFIX.length));
}

/** The location of a repair center: `centerLocation('c-12')` → 'CENTER:c-12'. */
export function centerLocation(centerId: string): StockLocation {
  if (typeof centerId !== 'string' || !CENTER_ID_PATTERN.test(centerId)) {
    throw new DomainError('INVALID_INPUT', msg('parts.centeridRepairCenterId', { centerId: String(centerId) }), {
      centerId: msg('parts.chooseRepairCenter'),
    });
  }
  return `${CENTER_PREFIX}${centerId}`;
}

/** The center id of a center location, or null for FACTORY, HEAD_OFFICE and anything else. */
export function centerIdOf(location: StockLocation): string | null {
  return isStockLocation(location) && location.startsWith(CENTER_PREFIX) ? location.slice(CENTER_PREFIX.length) : null;
}

export function stockLocationKind(location: StockLocation): StockLocationKind {
  if (!isStockLocation(location)) {
    throw new DomainError('INVALID_INPUT', msg('parts.locationStockLocation', { location: String(location) }), {
      location: msg('parts.chooseFactoryHeadOfficeRepair'),
    });
  }
  return location === 'FACTORY' || location === 'HEAD_OFFICE' ? location : 'CENTER';
}

/** Who looks at stock: a repair center's user (its center) or head office (null). */
export interface StockViewer {
  readonly role: string;
  readonly repairCenterId: string | null;
}

/**
 * Whose stock a viewer may see, filter by and pick: head office every location; a partner only
 * its own center's (the FACTORY and HEAD_OFFICE stocks are head office's, and a partner never sees
 * another partner's data). The API's `stockLocations` lists and its stock filters refuse by this.
 */
export function mayUseStockLocation(viewer: StockViewer, location: StockLocation): boolean {
  if (viewer.role !== 'PARTNER') return true;
  return viewer.repairCenterId !== null && centerIdOf(location) === viewer.repairCenterId;
}
