import { DataTable, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime } from '../common/format';
import type { OpenCorrection } from './complaint-report-queries';
import { capaStatusLabel, unitLabel } from './report-labels';
import { useReportTranslation } from './use-report-translation';

/** Corrective-action requests not yet verified effective (002 §(九)), oldest first as the API sends them. */
export function OpenCorrectionsTable({ corrections, label }: { corrections: readonly OpenCorrection[]; label: string }) {
  const { t, language } = useReportTranslation();
  const columns: DataTableColumn<OpenCorrection>[] = [
    { key: 'unit', header: t('complaintReports.quality.unit'), render: (correction) => unitLabel(t, correction.responsibleUnit) },
    { key: 'status', header: t('complaintReports.quality.status'), render: (correction) => capaStatusLabel(t, correction.status) },
    { key: 'createdAt', header: t('complaintReports.quality.createdAt'), render: (correction) => formatDateTime(correction.createdAt, language) },
    { key: 'issuedBy', header: t('complaintReports.quality.issuedBy'), render: (correction) => correction.issuedByName },
  ];
  return (
    <DataTable
      label={label}
      columns={columns}
      rows={corrections}
      rowKey={(correction) => correction.id}
      emptyMessage={t('complaintReports.quality.noCorrections')}
      loadingMessage={t('common.loading')}
    />
  );
}
