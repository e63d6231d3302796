import { useTranslation } from 'react-i18next';
import { Card, DataTable, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime } from '../common/format';
import type { ComplaintDetail, DeadlineSummary } from './complaint-types';
import { DeadlineStateBadge, durationText } from './deadline-state';

type DeadlineRow = { key: 'firstResponse' | 'reply'; deadline: DeadlineSummary };

/** 首次响应 within 24 hours (004 §4.5) and 答复 within the tier's days (001 §2.2): due, state, how late. */
export function ComplaintDeadlines({ complaint }: { complaint: ComplaintDetail }) {
  const { t, i18n } = useTranslation();
  const title = t('complaints.detail.sections.deadlines');
  const rows: DeadlineRow[] = [
    { key: 'firstResponse', deadline: complaint.deadlines.firstResponse },
    { key: 'reply', deadline: complaint.deadlines.reply },
  ];
  const columns: DataTableColumn<DeadlineRow>[] = [
    { key: 'name', header: t('complaints.deadlines.name'), render: (row) => t(`complaints.fields.${row.key}`) },
    { key: 'due', header: t('complaints.deadlines.due'), render: (row) => formatDateTime(row.deadline.due, i18n.language) },
    { key: 'state', header: t('complaints.deadlines.state'), render: (row) => <DeadlineStateBadge deadline={row.deadline} /> },
    { key: 'doneAt', header: t('complaints.deadlines.doneAt'), render: (row) => formatDateTime(row.deadline.doneAt, i18n.language) || '—' },
    { key: 'late', header: t('complaints.deadlines.late'), render: (row) => (row.deadline.overdueMinutes ? durationText(t, row.deadline.overdueMinutes) : '—') },
  ];
  return (
    <Card title={title}>
      <DataTable label={title} columns={columns} rows={rows} rowKey={(row) => row.key} emptyMessage="—" loadingMessage={t('common.loading')} />
    </Card>
  );
}
