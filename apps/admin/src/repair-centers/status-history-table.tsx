import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime } from '../common/format';
import type { CenterStatusChange } from './repair-center-queries';

/** The reason in the reader's language: the system's by its code from the locale files, a person's as typed. */
function statusChangeReason(t: TFunction, change: CenterStatusChange): string {
  if (!change.reasonCode) return change.reason;
  const items = change.reasonItems.map((item) => t(`repairCenters.assessment.items.${item}`)).join(t('repairCenters.history.itemSeparator'));
  return t(`repairCenters.history.reasons.${change.reasonCode}`, { deadline: change.reasonDeadline ?? '', items });
}

/** Status changes, newest first: time, from → to, reason, who. */
export function StatusHistoryTable({ changes, label, emptyMessage }: { changes: readonly CenterStatusChange[]; label: string; emptyMessage?: string }) {
  const { t, i18n } = useTranslation();
  const columns: DataTableColumn<CenterStatusChange>[] = [
    { key: 'at', header: t('repairCenters.history.at'), render: (change) => formatDateTime(change.at, i18n.language), width: '170px' },
    {
      key: 'change',
      header: t('repairCenters.history.change'),
      render: (change) =>
        t('repairCenters.history.fromTo', {
          from: change.fromStatus ? t(`repairCenters.statuses.${change.fromStatus}`) : t('repairCenters.history.created'),
          to: t(`repairCenters.statuses.${change.toStatus}`),
        }),
    },
    { key: 'reason', header: t('repairCenters.history.reason'), render: (change) => statusChangeReason(t, change) },
    { key: 'actor', header: t('repairCenters.history.actor'), render: (change) => (change.bySystem ? t('audit.actorKinds.SYSTEM') : change.actorName) },
  ];
  return <DataTable label={label} columns={columns} rows={changes} rowKey={(change) => change.id} emptyMessage={emptyMessage ?? t('repairCenters.history.empty')} loadingMessage={t('common.loading')} />;
}
