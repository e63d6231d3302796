import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { SelectOption } from '@aftersales/ui';
import { OPTIONS_PAGE_SIZE } from '../../common/forms/use-options';
import { CATEGORY_OPTIONS_QUERY } from './product-category-queries';

/** A category's name in the reader's language: the English name for English readers when head office gave one, else the Chinese name. */
export function categoryName(category: { name: string; nameEn?: string | null }, language: string): string {
  return language.startsWith('en') && category.nameEn ? category.nameEn : category.name;
}

/** The active categories as options labelled by name in the reader's language (a checkbox reads "家具", not "FURNITURE · 家具"). */
export function useCategoryOptions(): { options: SelectOption[] } {
  const { i18n } = useTranslation();
  const [{ data }] = useQuery({ query: CATEGORY_OPTIONS_QUERY, variables: { first: OPTIONS_PAGE_SIZE }, requestPolicy: 'cache-and-network' });
  const options = useMemo(
    () => (data?.productCategories.nodes ?? []).map((category) => ({ value: category.id, label: categoryName(category, i18n.language) })),
    [data, i18n.language],
  );
  return { options };
}
