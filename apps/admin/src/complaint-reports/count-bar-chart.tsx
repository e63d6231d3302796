import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { CountTable, type CountRow } from './count-table';
import { useReportTranslation } from './use-report-translation';

/** `--ui-primary`: SVG presentation attributes cannot read CSS variables. */
const BAR_COLOR = '#1d5fbf';

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
        <div role="img" aria-label={summary}>
          <BarChart responsive data={[...rows]} style={{ width: '100%', height: 240 }} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey={axis} interval={0} tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} width={36} tick={{ fontSize: 12 }} />
            <Tooltip labelFormatter={(_, payload) => String(payload[0]?.payload?.name ?? '')} formatter={(value) => [value, t('complaintReports.quality.count')]} />
            <Bar dataKey="count" fill={BAR_COLOR} maxBarSize={48} isAnimationActive={false} />
          </BarChart>
        </div>
      )}
      <CountTable label={title} rows={rows} />
    </div>
  );
}
