import { DomainError } from '../errors.js';
import { ABC_CLASSES, type AbcClass } from '../reference.js';
import { isOneOf } from './input-checks.js';
import { assertOnHand, type OnHand } from './stock.js';
import type { StockLocation } from './stock-locations.js';
import { msg } from '../messages/index.js';

/**
 * What each ABC class means for the stock (000 §6: 根据ABC分类法 … 合理进行采购、库存计划与控制):
 * A the few costly parts, tightly controlled; C the many cheap ones, simply controlled. The class
 * itself is set on the part by head office (DOMAIN §1); this is how it is shown beside the stock.
 */
export const ABC_CLASS_CONTROLS: { [C in AbcClass]: { control: 'TIGHT' | 'NORMAL' | 'SIMPLE'; zh: string; en: string } } = {
  A: { control: 'TIGHT', zh: 'A 类:价值高,重点控制', en: 'A: high value, tight control' },
  B: { control: 'NORMAL', zh: 'B 类:一般控制', en: 'B: normal control' },
  C: { control: 'SIMPLE', zh: 'C 类:价值低,简单控制', en: 'C: low value, simple control' },
};

export interface StockOverview {
  partId: string;
  abcClass: AbcClass;
  control: (typeof ABC_CLASS_CONTROLS)[AbcClass];
  total: number;
  /** Locations holding pieces: FACTORY, HEAD_OFFICE, then centers by location. */
  locations: { location: StockLocation; quantity: number }[];
}

function locationOrder(location: string): string {
  return location === 'FACTORY' ? '0' : location === 'HEAD_OFFICE' ? '1' : `2${location}`;
}

/** One part's stock as shown: its ABC class and control, the total, and where the pieces are. */
export function stockOverview(part: { partId: string; abcClass: AbcClass }, onHand: OnHand): StockOverview {
  if (!isOneOf(ABC_CLASSES, part?.abcClass)) {
    throw new DomainError('INVALID_INPUT', msg('parts.abcclassAbcClassSetB', { abcClass: String(part?.abcClass) }), {
      abcClass: msg('parts.chooseBC'),
    });
  }
  assertOnHand(onHand);
  const locations = (Object.entries(onHand) as [StockLocation, number][])
    .filter(([, quantity]) => quantity > 0)
    .sort(([a], [b]) => (locationOrder(a) < locationOrder(b) ? -1 : 1))
    .map(([location, quantity]) => ({ location, quantity }));
  const control = ABC_CLASS_CONTROLS[part.abcClass];
  return {
    partId: part.partId,
    abcClass: part.abcClass,
    control: { ...control },
    total: locations.reduce((sum, entry) => sum + entry.quantity, 0),
    locations,
  };
}
