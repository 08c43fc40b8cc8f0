import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { summarise, type BenchRow, type RowSummary } from './harness';
import type { MachineDescription } from './machine';

/** The volumes of the data set measured, counted from its tables. */
export type DatasetVolumes = Record<string, number>;

export interface BenchResults {
  measuredAt: string;
  machine: MachineDescription;
  dataset: { volumes: DatasetVolumes; generatedInSeconds: number | null };
  rows: (BenchRow & RowSummary)[];
}

function figure(value: number | null, unit: string): string {
  if (value === null) return '—';
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}

function targetText(row: BenchRow): string {
  const parts: string[] = [];
  if (row.target.median !== undefined) parts.push(`≤ ${figure(row.target.median, row.unit)}`);
  if (row.target.p95 !== undefined) parts.push(`p95 ≤ ${figure(row.target.p95, row.unit)}`);
  return parts.length === 0 ? '—' : parts.join(', ');
}

function verdict(summary: RowSummary, row: BenchRow): string {
  if (summary.met === null) return 'not measured';
  if (row.target.median === undefined && row.target.p95 === undefined) return '';
  return summary.met ? 'met' : 'NOT MET';
}

/** A plain-text table, one line per row, wide enough for a terminal. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['what', 'db', 'median', 'p95', 'runs', 'target', 'verdict', 'detail'];
  const lines = rows.map((row) => {
    const summary = summarise(row);
    return [
      row.what,
      row.backend,
      figure(summary.median, row.unit),
      figure(summary.p95, row.unit),
      String(row.samples.length),
      targetText(row),
      verdict(summary, row),
      row.samples.length === 0 ? (row.reason ?? '') : (row.detail ?? ''),
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n');
}

export function toResults(rows: readonly BenchRow[], machine: MachineDescription, dataset: BenchResults['dataset'], measuredAt: Date): BenchResults {
  const rounded = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
  return {
    measuredAt: measuredAt.toISOString(),
    machine,
    dataset,
    rows: rows.map((row) => {
      const summary = summarise(row);
      return { ...row, samples: row.samples.map((sample) => Math.round(sample * 100) / 100), median: rounded(summary.median), p95: rounded(summary.p95), met: summary.met };
    }),
  };
}

export function writeResults(file: string, results: BenchResults): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
