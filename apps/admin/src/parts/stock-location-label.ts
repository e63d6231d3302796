import type { TFunction } from 'i18next';

/**
 * A stock location in the reader's language: the manufacturing unit and customer service are
 * named by kind (the API's `label` is Chinese), a repair center by its own name.
 */
export function stockLocationLabel(t: TFunction, location: { kind: string; label: string }): string {
  return location.kind === 'FACTORY' || location.kind === 'HEAD_OFFICE' ? t(`warrantyParts.stock.locationKinds.${location.kind}`) : location.label;
}
