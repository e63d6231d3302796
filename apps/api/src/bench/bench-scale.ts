import { BENCHMARK_SIZE, type ScoreDataSize } from './generate-score-data.js';

/**
 * `BENCH_SCALE` (0.05–1, default 1) shrinks the issue #12 volume for a quick run; every scale has
 * its own database, generated once, so a quick run never waits for (nor spoils) the full one.
 */
export function benchScale(raw: string | undefined = process.env.BENCH_SCALE): number {
  const scale = raw === undefined || raw === '' ? 1 : Number(raw);
  if (!(scale >= 0.05 && scale <= 1)) throw new Error(`BENCH_SCALE must be a number from 0.05 to 1 (got "${raw}")`);
  return scale;
}

export function scaledSize(scale: number): ScoreDataSize {
  return {
    ...BENCHMARK_SIZE,
    technicians: Math.round(BENCHMARK_SIZE.technicians * scale),
    workOrders: Math.round(BENCHMARK_SIZE.workOrders * scale),
    surveys: Math.round(BENCHMARK_SIZE.surveys * scale),
  };
}

/** The database of one scale: `<prefix>_s100` for scale 1, `<prefix>_s5` for 0.05. */
export const scaleDatabase = (prefix: string, scale: number) => `${prefix}_s${Math.round(scale * 100)}`;
