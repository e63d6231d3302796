import { Bar, BarChart, CartesianGrid, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { TechnicianGrade } from './score-queries';

/** The grade badges' colours (`--ui-success`, `--ui-primary`, `--ui-danger`): SVG attributes cannot read CSS variables. */
const GRADE_COLORS: Record<TechnicianGrade, string> = { A: '#1e7a46', B: '#1d5fbf', C: '#c62f2f' };

export interface GradeBar {
  grade: TechnicianGrade;
  count: number;
}

function GradeRectangle(props: BarShapeProps) {
  const grade = (props.payload as GradeBar | undefined)?.grade ?? 'B';
  return <Rectangle {...props} fill={GRADE_COLORS[grade]} />;
}

/**
 * The month's grades as bars. Loaded on demand with the chart library; the caller names it with
 * its figures (`role="img"`) and a table beside it gives them exactly.
 */
export function GradeDistributionChart({ rows, countLabel }: { rows: readonly GradeBar[]; countLabel: string }) {
  return (
    <BarChart responsive data={[...rows]} style={{ width: '100%', height: 220 }} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="grade" tick={{ fontSize: 12 }} />
      <YAxis allowDecimals={false} width={48} tick={{ fontSize: 12 }} />
      <Tooltip formatter={(value) => [value, countLabel]} />
      <Bar dataKey="count" maxBarSize={56} isAnimationActive={false} shape={GradeRectangle} />
    </BarChart>
  );
}
