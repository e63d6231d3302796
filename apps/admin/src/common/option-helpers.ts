import type { SelectOption } from '@aftersales/ui';

/**
 * Keeps the record's current choice selectable even when it is no longer among the options
 * (e.g. a model whose category has since been deactivated).
 */
export function withCurrentOption(options: readonly SelectOption[], current: { id: string; code?: string; name: string } | null | undefined): SelectOption[] {
  if (!current || options.some((option) => option.value === current.id)) return [...options];
  return [...options, { value: current.id, label: current.code ? `${current.code} · ${current.name}` : current.name }];
}
