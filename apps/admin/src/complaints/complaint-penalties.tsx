import { useTranslation } from 'react-i18next';
import { PENALTY_REASONS, type PenaltyReason } from '@aftersales/domain';
import { Card, DataTable, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime, formatMoney } from '../common/format';
import type { ComplaintPenalty } from './complaint-queries';

const isKnownReason = (reason: string): reason is PenaltyReason => (PENALTY_REASONS as readonly string[]).includes(reason);

/** 罚款 (001 §4): a late forward or late handling, fined to the unit that was late. Only when there are any. */
export function ComplaintPenalties({ penalties }: { penalties: readonly ComplaintPenalty[] }) {
  const { t, i18n } = useTranslation();
  if (penalties.length === 0) return null;
  const title = t('complaints.detail.sections.penalties');
  const columns: DataTableColumn<ComplaintPenalty>[] = [
    { key: 'unit', header: t('complaints.penalties.unit'), render: (penalty) => t(`complaints.units.${penalty.unit}`) },
    // A reason added to the API later still shows, untranslated.
    { key: 'reason', header: t('complaints.penalties.reason'), render: (penalty) => (isKnownReason(penalty.reason) ? t(`complaints.penaltyReasons.${penalty.reason}`) : penalty.reason) },
    { key: 'amount', header: t('complaints.penalties.amount'), render: (penalty) => formatMoney(penalty.amount, i18n.language), align: 'end' },
    { key: 'at', header: t('complaints.penalties.at'), render: (penalty) => formatDateTime(penalty.at, i18n.language) },
  ];
  return (
    <Card title={title}>
      <DataTable label={title} columns={columns} rows={penalties} rowKey={(penalty) => penalty.id} emptyMessage="—" loadingMessage={t('common.loading')} />
    </Card>
  );
}
