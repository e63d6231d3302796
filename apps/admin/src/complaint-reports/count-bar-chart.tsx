import { BarChart } from '@aftersales/ui';
import { CountTable, type CountRow } from './count-table';
import { useReportTranslation } from './use-report-translation';

interface CountBarChartProps {
  title: string;
  rows: readonly CountRow[];
  /** What labels the bars: the code (short, e.g. a model code) or the readable name. */
  axis?: 'key' | 'name';
}

/**
 * A breakdown as bars, with the same figures as a table. A chart is one image to a screen reader,
 * so it is named with its figures (`role="img"`) and the table under it gives them exactly.
 */
export function CountBarChart({ title, rows, axis = 'name' }: CountBarChartProps) {
  const { t } = useReportTranslation();
  const summary = t('complaintReports.quality.chartSummary', {
    title,
    items: rows.map((row) => t('complaintReports.quality.chartItem', { name: row.name, count: row.count })).join(t('complaintReports.quality.chartSeparator')),
  });
  return (
    <div className="app-stack">
      {rows.length > 0 && (
        <BarChart
          label={summary}
          height={240}
          bars={rows.map((row) => ({ key: row.key, label: row[axis], value: row.count, title: `${row.name}: ${row.count}` }))}
        />
      )}
      <CountTable label={title} rows={rows} />
    </div>
  );
}
