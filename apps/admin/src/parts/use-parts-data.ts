import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { SelectOption } from '@aftersales/ui';
import { OPTIONS_PAGE_SIZE } from '../common/forms/use-options';
import { PART_OPTIONS_QUERY, PARTS_SETTINGS_QUERY, STOCK_LOCATIONS_QUERY } from './parts-queries';
import type { PartOption, PartsSettings, StockLocation } from './parts-types';
import { stockLocationLabel } from './stock-location-label';

/** `BRG-6205 · 轴承` */
export function partLabel(part: { partNumber: string; name: string }): string {
  return `${part.partNumber} · ${part.name}`;
}

/** The active parts to pick from, and the same as select options. */
export function usePartOptions(pause = false): { parts: PartOption[]; options: SelectOption[]; fetching: boolean } {
  const [{ data, fetching }] = useQuery({ query: PART_OPTIONS_QUERY, variables: { first: OPTIONS_PAGE_SIZE }, pause, requestPolicy: 'cache-and-network' });
  return useMemo(() => {
    const parts = (data?.parts.nodes ?? []).filter((part) => part.active);
    return { parts, options: parts.map((part) => ({ value: part.id, label: partLabel(part) })), fetching };
  }, [data, fetching]);
}

export function useStockLocations(pause = false): { locations: StockLocation[]; options: SelectOption[]; fetching: boolean } {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: STOCK_LOCATIONS_QUERY, pause, requestPolicy: 'cache-and-network' });
  return useMemo(() => {
    const locations = data?.stockLocations ?? [];
    return { locations, options: locations.map((location) => ({ value: location.key, label: stockLocationLabel(t, location) })), fetching };
  }, [data, fetching, t]);
}

/** Head office's thresholds and quote count; null until loaded. */
export function usePartsSettings(): PartsSettings | null {
  const [{ data }] = useQuery({ query: PARTS_SETTINGS_QUERY, requestPolicy: 'cache-and-network' });
  return data?.partsSettings ?? null;
}
