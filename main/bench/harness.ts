import { performance } from 'node:perf_hooks';
import type { Core } from '../core';

/**
 * The pieces every row of `npm run bench` shares (issue 19). A row is one thing a user feels, measured
 * several times, with the target beside it; `main/bench/rows/<area>.ts` measure them, `report.ts`
 * prints the table and writes `bench/results.json`. Nothing here asserts: the benchmark says whether a
 * target is met, tests never time anything.
 */

export type Backend = 'sqlite' | 'postgres';

/** Milliseconds for durations, megabytes for memory, a plain factor for ratios. */
export type Unit = 'ms' | 'MB' | '×';

export interface Target {
  /** The median must be at most this. */
  median?: number;
  /** The 95th percentile must be at most this. */
  p95?: number;
}

export interface BenchRow {
  /** Stable key in results.json, e.g. `analysis.schoolYear`. */
  id: string;
  /** What a user does, as the issue says it. */
  what: string;
  backend: Backend;
  unit: Unit;
  /** One value per run; empty when the row could not be measured here (then `reason` says why). */
  samples: number[];
  target: Target;
  /** The volume measured and anything that explains the figure (e.g. "150,156 answers"). */
  detail?: string;
  /** Why a row has no samples (a missing tool, with how to install it). */
  reason?: string;
}

export interface BenchContext {
  /** The repository root (dist/ lives there). */
  root: string;
  /** The full-scale data directory (demo accounts, password `passerelle-demo`). Copy it before changing it. */
  dataDir: string;
  backend: Backend;
  /** How many times a row repeats unless it says otherwise. */
  runs: number;
  /** A core on the full-scale records of this backend (the caller closes it). */
  openCore(): Promise<Core>;
  /** Progress for the person running the bench (stderr, so that the table stays clean). */
  progress(line: string): void;
}

/** Runs `action` `runs` times after one unmeasured warm-up call, and returns the durations in ms. */
export async function timeRuns(runs: number, action: () => Promise<unknown>, options: { warmUp?: boolean } = {}): Promise<number[]> {
  if (options.warmUp ?? true) await action();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await action();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** The value at quantile q of the samples (nearest rank, as R's type 1). */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

export interface RowSummary {
  median: number | null;
  p95: number | null;
  /** null when the row has no samples. */
  met: boolean | null;
}

export function summarise(row: BenchRow): RowSummary {
  if (row.samples.length === 0) return { median: null, p95: null, met: null };
  const median = quantile(row.samples, 0.5);
  const p95 = quantile(row.samples, 0.95);
  const met = (row.target.median === undefined || median <= row.target.median) && (row.target.p95 === undefined || p95 <= row.target.p95);
  return { median, p95, met };
}
