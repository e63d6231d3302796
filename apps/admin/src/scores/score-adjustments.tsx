import { useTranslation } from 'react-i18next';
import { Card, DataTable, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime } from '../common/format';
import { GradeBadge } from './score-badges';
import { formatDelta, formatPoints } from './score-format';
import type { ScoreAdjustment } from './score-queries';

/** HR's audited corrections of the published score, oldest first. */
export function ScoreAdjustmentsCard({ adjustments }: { adjustments: readonly ScoreAdjustment[] }) {
  const { t, i18n } = useTranslation();
  const title = t('scores.adjustments.title');
  const columns: DataTableColumn<ScoreAdjustment>[] = [
    { key: 'at', header: t('scores.adjustments.at'), render: (row) => formatDateTime(row.createdAt, i18n.language), width: '160px' },
    { key: 'delta', header: t('scores.adjustments.delta'), align: 'end', render: (row) => formatDelta(row.delta, i18n.language) },
    { key: 'reason', header: t('scores.adjustments.reason'), render: (row) => row.reason },
    { key: 'totalAfter', header: t('scores.adjustments.totalAfter'), align: 'end', render: (row) => formatPoints(row.totalAfter, i18n.language) },
    { key: 'gradeAfter', header: t('scores.adjustments.gradeAfter'), render: (row) => <GradeBadge grade={row.gradeAfter} /> },
    { key: 'by', header: t('scores.adjustments.by'), render: (row) => row.adjustedByName },
  ];
  return (
    <Card title={title}>
      <DataTable label={title} columns={columns} rows={adjustments} rowKey={(row) => row.id} emptyMessage={t('scores.adjustments.empty')} loadingMessage={t('common.loading')} />
    </Card>
  );
}
