/**
 * The numbers behind the dimension chart, apart from the drawing so they can be tested: for each dimension,
 * the mean before and after on its scale, and the mean change with its 95% interval on an axis centred on 0.
 * Pure.
 *
 * The change axis is shared by the dimensions that share a scale (so their intervals compare at a glance)
 * and symmetric around 0 (so "up" and "down" look alike). Its half-width is a round number just above the
 * largest bound, never less than a tenth of the scale, so a tiny change does not fill the whole panel.
 */
import type { DimensionChange, ScoreScale } from '../../../../shared/domain/questionnaires/analysis';
import type { Dimension } from '../../../../shared/domain/questionnaires/templates';

export interface ChartRow {
  readonly dimension: Dimension;
  readonly scale: ScoreScale;
  /** The group has fewer than `minimum` pairs: the chart writes "< 5" instead of bars. */
  readonly suppressedBelow: number | null;
  readonly before: number | null;
  readonly after: number | null;
  readonly change: number | null;
  readonly interval: { readonly lower: number; readonly upper: number } | null;
  /** Half-width of this row's change axis: the axis runs from −extent to +extent. */
  readonly extent: number;
}

const NICE_STEPS = [1, 2, 2.5, 5, 10];

/** The smallest "round" number (1, 2, 2.5, 5 × a power of ten) at least `value`; 1 for 0 or less. */
export function niceCeiling(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of NICE_STEPS) {
    // A little tolerance so that 0.5 stays 0.5 despite floating point (0.1 * 5 = 0.5000000000000001).
    if (step * power >= value * (1 - 1e-9)) return step * power;
  }
  return 10 * power;
}

const scaleKey = (scale: ScoreScale) => `${scale.min}:${scale.max}`;

export function chartRows(dimensions: readonly DimensionChange[]): ChartRow[] {
  const rows = dimensions.map((dimension) => {
    const result = dimension.result;
    if (result.suppressed) {
      return { dimension: dimension.dimension, scale: dimension.scale, suppressedBelow: result.minimum, before: null, after: null, change: null, interval: null };
    }
    const statistics = result.statistics;
    return {
      dimension: dimension.dimension,
      scale: dimension.scale,
      suppressedBelow: null,
      before: statistics.meanBefore.value,
      after: statistics.meanAfter.value,
      change: statistics.meanChange.value,
      interval: statistics.confidenceInterval.value,
    };
  });

  // The largest bound per scale, and the floor of a tenth of the scale.
  const largest = new Map<string, number>();
  for (const row of rows) {
    const bounds = [row.change, row.interval?.lower, row.interval?.upper].filter((value): value is number => typeof value === 'number');
    const key = scaleKey(row.scale);
    largest.set(key, Math.max(largest.get(key) ?? 0, (row.scale.max - row.scale.min) / 10, ...bounds.map(Math.abs)));
  }
  return rows.map((row) => ({ ...row, extent: niceCeiling(largest.get(scaleKey(row.scale)) ?? 1) }));
}

/** Whether every row shares one change axis (then the chart labels it once, below the rows). */
export function sharedChangeAxis(rows: readonly ChartRow[]): boolean {
  return new Set(rows.map((row) => row.extent)).size <= 1;
}

/** Where `value` falls between `x` and `x + width` for a domain [min, max], clamped into the panel. */
export function place(value: number, min: number, max: number, x: number, width: number): number {
  if (max <= min) return x;
  const ratio = Math.min(1, Math.max(0, (value - min) / (max - min)));
  return x + ratio * width;
}
