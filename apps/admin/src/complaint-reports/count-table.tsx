import { DataTable, type DataTableColumn } from '@aftersales/ui';
import { useReportTranslation } from './use-report-translation';

/** One line of a breakdown, named for the reader. */
export interface CountRow {
  key: string;
  name: string;
  count: number;
}

/** A breakdown of the month's complaints: what was counted and how many. */
export function CountTable({ label, rows }: { label: string; rows: readonly CountRow[] }) {
  const { t } = useReportTranslation();
  const columns: DataTableColumn<CountRow>[] = [
    { key: 'name', header: t('complaintReports.quality.item'), render: (row) => row.name },
    { key: 'count', header: t('complaintReports.quality.count'), align: 'end', width: '96px', render: (row) => row.count },
  ];
  return (
    <DataTable
      label={label}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.key}
      emptyMessage={t('complaintReports.quality.noItems')}
      loadingMessage={t('common.loading')}
    />
  );
}
