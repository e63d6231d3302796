import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../i18n/translation-key';
import type { complaintReportMessages } from '../locales/complaint-reports.zh-CN';

/** Every dotted path to a text of a resources object, e.g. `complaintReports.ledger.title`. */
type LeafKeys<Node, Prefix extends string = ''> = {
  [Key in keyof Node & string]: Node[Key] extends string ? `${Prefix}${Key}` : LeafKeys<Node[Key], `${Prefix}${Key}.`>;
}[keyof Node & string];

/** A key of `complaint-reports.zh-CN.ts`. */
export type ReportKey = LeafKeys<typeof complaintReportMessages>;

export type ReportTranslate = (key: ReportKey | TranslationKey, options?: Record<string, unknown>) => string;

/**
 * `t` for the complaint reports and settings. Their texts live in `complaint-reports.*.ts`, which
 * `zh-CN.ts` / `en.ts` spread in; the keys are checked against that file, so these pages compile
 * whether or not the app-wide `Messages` type includes them yet.
 */
export function useReportTranslation(): { t: ReportTranslate; language: string } {
  const { t, i18n } = useTranslation();
  const translate = useCallback<ReportTranslate>((key, options) => (t as unknown as (key: string, options?: Record<string, unknown>) => string)(key, options), [t]);
  return { t: translate, language: i18n.language };
}
