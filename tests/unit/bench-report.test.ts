import { describe, expect, it } from 'vitest';
import { quantile, summarise, type BenchRow } from '../../main/bench/harness';
import { formatTable, toResults } from '../../main/bench/report';

const machine = { platform: 'linux', release: '6', arch: 'x64', cpu: 'test', cores: 2, memoryGB: 24, node: 'v20', sqliteShell: null, postgres: null };

function row(samples: number[], target: BenchRow['target'], extra: Partial<BenchRow> = {}): BenchRow {
  return { id: 'x', what: 'a measure', backend: 'sqlite', unit: 'ms', samples, target, ...extra };
}

describe('the benchmark report', () => {
  it('takes quantiles by nearest rank, whatever the order of the samples', () => {
    const samples = [50, 10, 40, 20, 30, 60, 70, 80, 90, 100];
    expect(quantile(samples, 0.5)).toBe(50);
    expect(quantile(samples, 0.95)).toBe(100);
    expect(quantile([7], 0.95)).toBe(7);
  });

  it('says a target is met only when the median and the p95 are both within it', () => {
    expect(summarise(row([100, 200, 300], { median: 250 })).met).toBe(true);
    expect(summarise(row([100, 300, 300], { median: 250 })).met).toBe(false);
    expect(summarise(row([100, 200, 900], { median: 250, p95: 450 })).met).toBe(false);
    expect(summarise(row([], { median: 250 }))).toEqual({ median: null, p95: null, met: null });
  });

  it('prints every row with its target and verdict, and why a row could not be measured', () => {
    const table = formatTable([
      row([120, 130, 140], { median: 100 }, { what: 'keystroke to rows' }),
      row([900], { median: 1500 }, { what: 'analysis, every year', detail: '1,500,000 answers' }),
      row([], { median: 3 }, { what: 'import against the shell', unit: '×', reason: 'installez le programme sqlite3' }),
      row([40], {}, { what: 'memory idle', unit: 'MB' }),
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[2]).toMatch(/keystroke to rows .*130 ms .*≤ 100 ms .*NOT MET/);
    expect(lines[3]).toMatch(/analysis, every year .*900 ms .*≤ 1.50 s .*met .*1,500,000 answers/);
    expect(lines[4]).toMatch(/import against the shell .*— .*≤ 3.00× .*not measured .*installez le programme sqlite3/);
    expect(lines[5]).toMatch(/memory idle .*40 MB/);
    expect(lines[5]).not.toMatch(/met/);
  });

  it('keeps the machine, the volumes and each row\'s figures in the JSON results', () => {
    const results = toResults([row([1.234, 2.345], { median: 2 })], machine, { volumes: { events: 3000 }, generatedInSeconds: 12.5 }, new Date('2026-12-07T08:00:00Z'));
    expect(results).toMatchObject({ measuredAt: '2026-12-07T08:00:00.000Z', machine: { cores: 2 }, dataset: { volumes: { events: 3000 } } });
    expect(results.rows[0]).toMatchObject({ samples: [1.23, 2.35], median: 1.23, p95: 2.35, met: true });
  });
});
