import type { ReactNode } from 'react';

/*
 * Small SVG charts for a handful of figures: no chart library to download, drawn in the first
 * render at a fixed height (nothing jumps when they appear). Across, positions are percentages of
 * the plot's width, so a chart follows its card's width without measuring it; down, pixels.
 * A chart is one image to a screen reader: the caller names it with its figures (`label`) and shows
 * them exactly in a table beside it. Each bar or point also carries a `<title>` (a hover hint).
 */

const AXIS_WIDTH = 40;
const TOP = 18;
const BOTTOM = 24;
/** `--ui-primary`, `--ui-border`, `--ui-text-muted`: SVG attributes cannot read CSS variables. */
const PRIMARY = '#1d5fbf';
const GRID = '#d9dee5';
const MUTED = '#616e7c';

export interface ChartBar {
  key: string;
  /** Under the bar; long labels are cut short (the `title` names them in full). */
  label: string;
  value: number;
  color?: string;
  /** The hover hint, e.g. "A: 12"; the label and value by default. */
  title?: string;
}

export interface ChartPoint {
  key: string;
  label: string;
  /** `null`: no value that time, a gap in the line. */
  value: number | null;
  /** Written above the point, e.g. its grade. */
  note?: string;
  title?: string;
}

export interface ChartGuide {
  value: number;
  label: string;
}

/** Round steps (1, 2, 5 × 10ⁿ) from 0 to at least `max`, about four of them. */
export function niceTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power);
  const ticks = [0];
  while (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}

function shorten(label: string, length = 10): string {
  return label.length > length ? `${label.slice(0, length - 1)}…` : label;
}

interface FrameProps {
  label: string;
  height: number;
  ticks: readonly number[];
  y: (value: number) => number;
  children: ReactNode;
}

/** The named image: the value axis on the left, the plot with its grid lines to its right. */
function ChartFrame({ label, height, ticks, y, children }: FrameProps) {
  return (
    <div className="ui-chart" role="img" aria-label={label} style={{ height }}>
      <svg className="ui-chart__axis" width={AXIS_WIDTH} height={height} aria-hidden="true">
        {ticks.map((tick) => (
          <text key={tick} x={AXIS_WIDTH - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={12} fill={MUTED}>
            {tick}
          </text>
        ))}
      </svg>
      <svg className="ui-chart__plot" width="100%" height={height} aria-hidden="true">
        {ticks.map((tick) => (
          <line key={tick} x1="0" x2="100%" y1={y(tick)} y2={y(tick)} stroke={GRID} strokeDasharray={tick === 0 ? undefined : '3 3'} />
        ))}
        {children}
      </svg>
    </div>
  );
}

const scale = (height: number, top: number) => (value: number) => TOP + (height - TOP - BOTTOM) * (1 - value / top);
const centre = (index: number, count: number) => ((index + 0.5) / count) * 100;

/** One bar per figure, from zero, its value written on top. */
export function BarChart({ label, bars, height = 220 }: { label: string; bars: readonly ChartBar[]; height?: number }) {
  const ticks = niceTicks(Math.max(0, ...bars.map((bar) => bar.value)));
  const y = scale(height, ticks[ticks.length - 1]!);
  // At least four slots wide, the bars centred: one or two bars do not fill the card.
  const slot = 100 / Math.max(4, bars.length);
  const left = (100 - slot * bars.length) / 2;
  const middle = (index: number) => `${left + (index + 0.5) * slot}%`;
  return (
    <ChartFrame label={label} height={height} ticks={ticks} y={y}>
      {bars.map((bar, index) => (
        <g key={bar.key}>
          <rect x={`${left + index * slot + slot * 0.2}%`} width={`${slot * 0.6}%`} y={y(bar.value)} height={y(0) - y(bar.value)} fill={bar.color ?? PRIMARY}>
            <title>{bar.title ?? `${bar.label}: ${bar.value}`}</title>
          </rect>
          <text x={middle(index)} y={y(bar.value) - 4} textAnchor="middle" fontSize={12}>
            {bar.value}
          </text>
          <text x={middle(index)} y={height - 6} textAnchor="middle" fontSize={12} fill={MUTED}>
            {shorten(bar.label)}
          </text>
        </g>
      ))}
    </ChartFrame>
  );
}

/** Points joined in order over a fixed range; a `null` value leaves a gap. Guides are dashed levels. */
export function LineChart({
  label,
  points,
  domain,
  guides = [],
  height = 240,
}: {
  label: string;
  points: readonly ChartPoint[];
  domain: readonly [number, number];
  guides?: readonly ChartGuide[];
  height?: number;
}) {
  const [low, high] = domain;
  const ticks = niceTicks(high - low).map((tick) => tick + low);
  const top = ticks[ticks.length - 1]! - low;
  const y = (value: number) => scale(height, top)(value - low);
  const x = (index: number) => `${centre(index, points.length)}%`;
  return (
    <ChartFrame label={label} height={height} ticks={ticks} y={y}>
      {guides.map((guide) => (
        <g key={guide.label}>
          <line x1="0" x2="100%" y1={y(guide.value)} y2={y(guide.value)} stroke={MUTED} strokeDasharray="4 4" />
          <text x="100%" dx={-4} y={y(guide.value) - 3} textAnchor="end" fontSize={11} fill={MUTED}>
            {guide.label}
          </text>
        </g>
      ))}
      {points.slice(1).map((point, index) => {
        const previous = points[index]!;
        if (point.value === null || previous.value === null) return null;
        return <line key={point.key} x1={x(index)} x2={x(index + 1)} y1={y(previous.value)} y2={y(point.value)} stroke={PRIMARY} strokeWidth={2} />;
      })}
      {points.map((point, index) =>
        point.value === null ? null : (
          <g key={point.key}>
            <circle cx={x(index)} cy={y(point.value)} r={4} fill={PRIMARY}>
              <title>{point.title ?? `${point.label}: ${point.value}`}</title>
            </circle>
            {point.note && (
              <text x={x(index)} y={y(point.value) - 8} textAnchor="middle" fontSize={11}>
                {point.note}
              </text>
            )}
          </g>
        ),
      )}
      {points.map((point, index) => (
        <text key={point.key} x={x(index)} y={height - 6} textAnchor="middle" fontSize={11} fill={MUTED}>
          {point.label}
        </text>
      ))}
    </ChartFrame>
  );
}
