/** Timing helpers for the benchmarks, and the table that prints each figure beside its target. */
import { performance } from 'node:perf_hooks';

export const median = (xs: number[]) => quantile(xs, 0.5);
export const p95 = (xs: number[]) => quantile(xs, 0.95);

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i] as number;
}

/** Runs `fn` `runs` times one after another (after `warmup` unmeasured runs) and answers each run's milliseconds. */
export async function timed(fn: () => Promise<unknown>, runs: number, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}

export interface Figure {
  name: string;
  /** What was measured, in `unit`. */
  value: number;
  unit: 'ms' | 's' | 'MB' | '×';
  /** The ceiling the figure must stay at or below; none for a figure shown only to explain another. */
  target?: number;
}

const fmt = (v: number, unit: Figure['unit']) => (unit === '×' ? `${v.toFixed(2)}×` : `${v < 10 ? v.toFixed(1) : Math.round(v)} ${unit}`);

/** Prints the figures beside their targets, each marked met or not met; answers whether all were met. */
export function report(title: string, figures: Figure[]): boolean {
  const rows = figures.map((f) => [f.name, fmt(f.value, f.unit), f.target === undefined ? '' : `≤ ${fmt(f.target, f.unit)}`, f.target === undefined ? '' : f.value <= f.target ? 'met' : 'NOT MET']);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...[['figure', 'measured', 'target', ''], ...rows].map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('   ');
  console.log(`\n${title}\n${line(['figure', 'measured', 'target', ''])}\n${rows.map(line).join('\n')}`);
  return figures.every((f) => f.target === undefined || f.value <= f.target);
}
