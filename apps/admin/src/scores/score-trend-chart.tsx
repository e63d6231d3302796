import { CartesianGrid, LabelList, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScoreTrendPoint } from './score-queries';

/** `--ui-primary`: SVG presentation attributes cannot read CSS variables. */
const LINE_COLOR = '#1d5fbf';
const THRESHOLD_COLOR = '#9aa5b1';

interface ScoreTrendChartProps {
  points: readonly ScoreTrendPoint[];
  totalLabel: string;
  /** Lowest totals of grades A and B, drawn as guides. */
  thresholds?: { A: number; B: number };
}

/**
 * The technician's monthly totals as a line, each point labelled with its grade; a month without a
 * score is a gap. Loaded on demand with the chart library; the caller names it with its figures.
 */
export function ScoreTrendChart({ points, totalLabel, thresholds }: ScoreTrendChartProps) {
  return (
    <LineChart responsive data={[...points]} style={{ width: '100%', height: 240 }} margin={{ top: 16, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="period" tick={{ fontSize: 12 }} />
      <YAxis domain={[0, 100]} width={36} tick={{ fontSize: 12 }} />
      <Tooltip formatter={(value, _name, item) => [`${String(value)} (${String((item.payload as ScoreTrendPoint).grade ?? '')})`, totalLabel]} />
      {thresholds && <ReferenceLine y={thresholds.A} stroke={THRESHOLD_COLOR} strokeDasharray="4 4" label={{ value: 'A', position: 'right', fontSize: 11 }} />}
      {thresholds && <ReferenceLine y={thresholds.B} stroke={THRESHOLD_COLOR} strokeDasharray="4 4" label={{ value: 'B', position: 'right', fontSize: 11 }} />}
      <Line type="monotone" dataKey="total" stroke={LINE_COLOR} strokeWidth={2} isAnimationActive={false} connectNulls={false}>
        <LabelList dataKey="grade" position="top" fontSize={11} />
      </Line>
    </LineChart>
  );
}
