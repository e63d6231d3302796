import { useTranslation } from 'react-i18next';
import { Card, DataTable, StatusBadge, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime, formatDeadline } from '../common/format';
import type { ComplaintDetail, DeadlineSummary } from './complaint-queries';
import { DeadlineStateBadge, durationText } from './deadline-state';

type DeadlineRow = { key: 'firstResponse' | 'reply'; deadline: DeadlineSummary };

/**
 * 首次响应 within 24 hours (004 §4.5) and 答复 within the tier's days (001 §2.2): due, state, how
 * late. Under a contractual reply term (合同约定答复期限) the reply's due time is marked when the
 * term sets it, or when the purchaser agreed to a later one, and both candidates are named.
 */
export function ComplaintDeadlines({ complaint }: { complaint: ComplaintDetail }) {
  const { t, i18n } = useTranslation();
  const title = t('complaints.detail.sections.deadlines');
  const { deadlines } = complaint;
  const at = (iso: string | null) => formatDateTime(iso, i18n.language);
  const by = (iso: string | null) => formatDeadline(iso, i18n.language);
  const rows: DeadlineRow[] = [
    { key: 'firstResponse', deadline: deadlines.firstResponse },
    { key: 'reply', deadline: deadlines.reply },
  ];
  const replySource = deadlines.replySource === 'TIER' ? null : deadlines.replySource;
  const due = (row: DeadlineRow) => (
    <>
      {by(row.deadline.due)}
      {row.key === 'reply' && replySource && (
        <>
          {' '}
          <StatusBadge tone={replySource === 'EXTENSION' ? 'warning' : 'info'}>{t(`complaints.replyTerm.sources.${replySource}`)}</StatusBadge>
        </>
      )}
    </>
  );
  const columns: DataTableColumn<DeadlineRow>[] = [
    { key: 'name', header: t('complaints.deadlines.name'), render: (row) => t(`complaints.fields.${row.key}`) },
    { key: 'due', header: t('complaints.deadlines.due'), render: due },
    { key: 'state', header: t('complaints.deadlines.state'), render: (row) => <DeadlineStateBadge deadline={row.deadline} /> },
    { key: 'doneAt', header: t('complaints.deadlines.doneAt'), render: (row) => at(row.deadline.doneAt) || '—' },
    { key: 'late', header: t('complaints.deadlines.late'), render: (row) => (row.deadline.overdueMinutes ? durationText(t, row.deadline.overdueMinutes) : '—') },
  ];
  return (
    <Card title={title}>
      <DataTable label={title} columns={columns} rows={rows} rowKey={(row) => row.key} emptyMessage="—" loadingMessage={t('common.loading')} />
      {complaint.contractReplyTerm && (
        <p className="ui-field__hint">
          {t('complaints.replyTerm.contractDue', { due: by(deadlines.contractReplyDue) })}
          {' · '}
          {t('complaints.replyTerm.tierDue', { due: by(deadlines.tierReplyDue) })}
        </p>
      )}
      {complaint.replyExtendedTo && (
        <p className="ui-field__hint">
          {t('complaints.replyTerm.agreement', {
            name: complaint.replyExtensionAgreedBy,
            at: at(complaint.replyExtensionAgreedAt),
            reason: complaint.replyExtensionReason,
          })}
        </p>
      )}
    </Card>
  );
}
