import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime } from '../common/format';
import type { CenterStatusChange } from './repair-center-queries';

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
    { key: 'reason', header: t('repairCenters.history.reason'), render: (change) => change.reason },
    { key: 'actor', header: t('repairCenters.history.actor'), render: (change) => change.actorName },
  ];
  return <DataTable label={label} columns={columns} rows={changes} rowKey={(change) => change.id} emptyMessage={emptyMessage ?? t('repairCenters.history.empty')} loadingMessage={t('common.loading')} />;
}
