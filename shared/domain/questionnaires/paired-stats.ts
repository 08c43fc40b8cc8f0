/**
 * Paired before/after statistics for one group of pupils (an item or a dimension score), matching R:
 *
 *   t.test(after, before, paired = TRUE)       → mean change, its 95% confidence interval, t, df, p
 *   wilcox.test(after, before, paired = TRUE)  → V, p (exact or normal approximation, as R decides)
 *
 * with R's defaults (R 4.2, `stats:::t.test.default` and `stats:::wilcox.test.default`). Reference values
 * from R are in tests/fixtures/r-paired-reference.json (scripts/r-reference/paired-tests.R) and the tests
 * require agreement to at least 4 significant digits.
 *
 * Differences are d = after − before, so a positive change means the score went up. Reverse-keyed items must
 * be turned around (`reverseScore`) by the caller before scoring dimensions and calling `pairedStatistics`.
 *
 * Nothing here returns NaN or ±Infinity: a statistic that cannot be computed is `{ value: null, reason }`.
 * Pure: no Node or DOM API (runs in the renderer and in Node).
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { averageRanks, psignrank } from './signed-rank';

/** One pupil's score before and after (already reverse-scored where needed). */
export interface PairedValue {
  readonly before: number;
  readonly after: number;
}

/**
 * Why a statistic is missing (machine-readable; the renderer translates it):
 * - `noPairs`: no pair at all (R: "not enough (non-missing) 'x' observations").
 * - `tooFewPairs`: one pair only: no standard deviation, hence no t-test, interval or d_z
 *   (R's t.test: "not enough 'x' observations").
 * - `constantDifferences`: every difference is the same (sd = 0), so the t-test, the interval and d_z are
 *   undefined. Same rule as R: sd = 0 or standard error < 10 · ε · |mean difference| (R: "data are
 *   essentially constant"; when every difference is 0, R returns t = NaN and the degenerate interval [0, 0],
 *   which we do not report either).
 * - `allDifferencesZero`: no pupil changed, so the signed-rank test and the rank-biserial correlation have
 *   nothing to rank (R: V = 0, p = NaN).
 */
export type UnavailableReason = 'noPairs' | 'tooFewPairs' | 'constantDifferences' | 'allDifferencesZero';

/** A statistic and, when it is missing, why. */
export type Statistic<T> =
  | { readonly value: T; readonly reason: null }
  | { readonly value: null; readonly reason: UnavailableReason };

export interface ConfidenceInterval {
  readonly level: number;
  readonly lower: number;
  readonly upper: number;
}

/** R's `t.test(after, before, paired = TRUE)`: statistic t, parameter df = n − 1, two-sided p-value. */
export interface PairedTTest {
  readonly t: number;
  readonly df: number;
  readonly p: number;
}

/** Why R's default `wilcox.test` used the normal approximation instead of the exact distribution. */
export type WilcoxonApproximationCause = 'ties' | 'zeros' | 'sampleOf50OrMore';

/** R's `wilcox.test(after, before, paired = TRUE)` with its defaults (two-sided, correct = TRUE, exact = NULL). */
export interface WilcoxonSignedRank {
  /** R's statistic V = W+: the sum of the ranks of |d| over the positive differences (average ranks for ties). */
  readonly v: number;
  /** W−: the same sum over the negative differences (W+ + W− = nUsed(nUsed + 1)/2). */
  readonly wMinus: number;
  /** The number of non-zero differences: R drops zero differences before ranking. */
  readonly nUsed: number;
  /** The number of zero differences dropped. */
  readonly zeros: number;
  /** True when two non-zero |differences| are equal (as doubles, like R's default `digits.rank = Inf`). */
  readonly ties: boolean;
  /** `exact` when nUsed < 50 with neither ties nor zeros, otherwise the normal approximation. */
  readonly method: 'exact' | 'normal';
  /** Why the normal approximation was used (empty on the exact path); R warns for ties and zeros. */
  readonly approximationBecause: readonly WilcoxonApproximationCause[];
  /**
   * Normal approximation only: z = (V − n(n+1)/4 − sign(V − n(n+1)/4)·½) / σ with
   * σ² = n(n+1)(2n+1)/24 − Σ(t³ − t)/48 over the groups of tied ranks (continuity and tie corrections);
   * null on the exact path.
   */
  readonly z: number | null;
  /** Two-sided p-value. */
  readonly p: number;
}

export interface PairedStatistics {
  /** The number of pairs (pupils with a score before and after). */
  readonly n: number;
  readonly meanBefore: Statistic<number>;
  readonly meanAfter: Statistic<number>;
  /** Mean of the differences after − before (R's estimate "mean difference"). */
  readonly meanChange: Statistic<number>;
  /** Standard deviation of the differences (denominator n − 1). */
  readonly sdChange: Statistic<number>;
  /** t-based 95% interval of the mean change, as R's `t.test(...)$conf.int`. */
  readonly confidenceInterval: Statistic<ConfidenceInterval>;
  readonly tTest: Statistic<PairedTTest>;
  readonly wilcoxon: Statistic<WilcoxonSignedRank>;
  /** Cohen's d_z = mean change / sd of the changes (the standardised mean difference of paired data). */
  readonly cohensDz: Statistic<number>;
  /**
   * Matched-pairs rank-biserial correlation r = (W+ − W−) / (W+ + W−) over the non-zero differences
   * (Kerby 2014, "the simple difference formula"; zero differences dropped as in the Wilcoxon test):
   * the proportion of the rank mass that went up minus the proportion that went down, from −1 (every pupil
   * went down) to +1 (every pupil went up).
   */
  readonly rankBiserial: Statistic<number>;
}

const CONFIDENCE_LEVEL = 0.95;

/** R's `wilcox.test` uses the exact distribution only below this many non-zero differences. */
const WILCOXON_EXACT_BELOW = 50;

/** Groups with fewer pupils than this show "< 5" rather than any number (domain rule). */
export const MINIMUM_PUBLISHED_GROUP = 5;

const available = <T>(value: T): Statistic<T> => ({ value, reason: null });
const unavailable = <T>(reason: UnavailableReason): Statistic<T> => ({ value: null, reason });

/**
 * Turns a reverse-keyed answer around on its scale: min + max − value (on 1–5, 1 ↔ 5, 2 ↔ 4, 3 stays).
 * Throws a RangeError for a value outside [min, max] or a scale with min ≥ max (a caller's mistake:
 * answers are validated against their scale when they are recorded).
 */
export function reverseScore(value: number, min: number, max: number): number {
  if (![value, min, max].every(Number.isFinite)) throw new RangeError('reverseScore: value, min and max must be finite');
  if (!(min < max)) throw new RangeError(`reverseScore: the scale ${min}–${max} is empty`);
  if (value < min || value > max) throw new RangeError(`reverseScore: ${value} is outside the scale ${min}–${max}`);
  return min + max - value;
}

/** Sum with Neumaier's compensation (R accumulates in long double; this keeps the same digits). */
function accurateSum(values: ArrayLike<number> & Iterable<number>): number {
  let sum = 0;
  let compensation = 0;
  for (const value of values) {
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  return sum + compensation;
}

/** Mean as R computes it: the sum divided by n, then corrected by the mean of the residuals. */
function mean(values: Float64Array): number {
  const first = accurateSum(values) / values.length;
  return first + accurateSum(values.map((value) => value - first)) / values.length;
}

/** Sample variance (n − 1), two passes. */
function variance(values: Float64Array, centre: number): number {
  return accurateSum(values.map((value) => (value - centre) ** 2)) / (values.length - 1);
}

/** Standard normal lower tail Φ(z). */
const phi = (z: number): number => normalCdf(z, 0, 1);

function wilcoxonSignedRank(differences: Float64Array): Statistic<WilcoxonSignedRank> {
  if (differences.length === 0) return unavailable('noPairs');
  const nonZero = differences.filter((d) => d !== 0);
  const zeros = differences.length - nonZero.length;
  const n = nonZero.length;
  if (n === 0) return unavailable('allDifferencesZero');

  const { ranks, tieGroupSizes } = averageRanks(nonZero.map(Math.abs));
  let v = 0;
  let wMinus = 0;
  nonZero.forEach((d, i) => {
    if (d > 0) v += ranks[i] as number;
    else wMinus += ranks[i] as number;
  });
  const ties = tieGroupSizes.some((size) => size > 1);
  const approximationBecause: WilcoxonApproximationCause[] = [];
  if (ties) approximationBecause.push('ties');
  if (zeros > 0) approximationBecause.push('zeros');
  if (n >= WILCOXON_EXACT_BELOW) approximationBecause.push('sampleOf50OrMore');
  const common = { v, wMinus, nUsed: n, zeros, ties, approximationBecause };
  const meanV = (n * (n + 1)) / 4;

  if (approximationBecause.length === 0) {
    // R: p <- if (V > n(n+1)/4) psignrank(V - 1, n, lower.tail = FALSE) else psignrank(V, n); min(2p, 1)
    const tail = v > meanV ? psignrank(v - 1, n, false) : psignrank(v, n);
    return available({ ...common, method: 'exact', z: null, p: Math.min(2 * tail, 1) });
  }

  // R: z <- V - n(n+1)/4; SIGMA <- sqrt(n(n+1)(2n+1)/24 - sum(NTIES^3 - NTIES)/48);
  //    CORRECTION <- sign(z) * 0.5; z <- (z - CORRECTION) / SIGMA; p <- 2 * min(pnorm(z), pnorm(-z))
  const tieTerm = tieGroupSizes.reduce((sum, t) => sum + (t * t * t - t), 0);
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieTerm / 48);
  const centred = v - meanV;
  const z = (centred - Math.sign(centred) * 0.5) / sigma;
  const p = 2 * Math.min(phi(z), phi(-z));
  return available({ ...common, method: 'normal', z, p });
}

/**
 * Every paired statistic of one group. `pairs` must hold finite numbers (drop unanswered items before):
 * a non-finite value throws a RangeError.
 */
export function pairedStatistics(pairs: readonly PairedValue[]): PairedStatistics {
  const before = new Float64Array(pairs.length);
  const after = new Float64Array(pairs.length);
  pairs.forEach((pair, index) => {
    before[index] = pair.before;
    after[index] = pair.after;
  });
  return pairedColumnStatistics(before, after);
}

/**
 * `pairedStatistics` of pairs given as two columns (pupil i: before[i], after[i]); the same numbers to the
 * last bit (the same additions in the same order). The analysis of ten school years gives 700,000 pairs per
 * item: columns of doubles spare it the objects.
 */
export function pairedColumnStatistics(before: Float64Array, after: Float64Array): PairedStatistics {
  if (before.length !== after.length) throw new RangeError('pairedStatistics: before and after differ in length');
  for (let index = 0; index < before.length; index += 1) {
    if (!Number.isFinite(before[index]) || !Number.isFinite(after[index])) {
      throw new RangeError(`pairedStatistics: pair ${index} holds a value that is not a finite number`);
    }
  }
  const n = before.length;
  const differences = after.map((value, index) => value - (before[index] as number));
  const wilcoxon = wilcoxonSignedRank(differences);
  const rankBiserial: Statistic<number> =
    wilcoxon.value === null
      ? unavailable(wilcoxon.reason)
      : available((wilcoxon.value.v - wilcoxon.value.wMinus) / (wilcoxon.value.v + wilcoxon.value.wMinus));

  if (n === 0) {
    const none = unavailable<never>('noPairs');
    return {
      n,
      meanBefore: none,
      meanAfter: none,
      meanChange: none,
      sdChange: none,
      confidenceInterval: none,
      tTest: none,
      wilcoxon,
      cohensDz: none,
      rankBiserial,
    };
  }

  const meanChange = mean(differences);
  const descriptive = {
    n,
    meanBefore: available(mean(before)),
    meanAfter: available(mean(after)),
    meanChange: available(meanChange),
    wilcoxon,
    rankBiserial,
  };
  if (n < 2) {
    const none = unavailable<never>('tooFewPairs');
    return { ...descriptive, sdChange: none, confidenceInterval: none, tTest: none, cohensDz: none };
  }

  const sd = Math.sqrt(variance(differences, meanChange));
  const standardError = sd / Math.sqrt(n);
  // R's t.test: stop("data are essentially constant") when stderr < 10 * .Machine$double.eps * abs(mean).
  if (sd === 0 || standardError < 10 * Number.EPSILON * Math.abs(meanChange)) {
    const none = unavailable<never>('constantDifferences');
    return { ...descriptive, sdChange: available(sd), confidenceInterval: none, tTest: none, cohensDz: none };
  }

  const df = n - 1;
  const t = meanChange / standardError;
  const quantile = tQuantile(1 - (1 - CONFIDENCE_LEVEL) / 2, df);
  return {
    ...descriptive,
    sdChange: available(sd),
    confidenceInterval: available({
      level: CONFIDENCE_LEVEL,
      lower: meanChange - quantile * standardError,
      upper: meanChange + quantile * standardError,
    }),
    tTest: available({ t, df, p: 2 * tCdf(-Math.abs(t), df) }),
    cohensDz: available(meanChange / sd),
  };
}

/**
 * What may be shown of a group: its statistics, or nothing but the fact that it is smaller than the minimum
 * (the UI shows "< 5"). A suppressed group carries no number derived from its pupils, not even n.
 */
export type PublishableStatistics =
  | { readonly suppressed: false; readonly statistics: PairedStatistics }
  | { readonly suppressed: true; readonly minimum: number };

/**
 * Hides every number of a group with fewer than `minimum` pairs (default 5). The pairs are the pupils
 * counted in the statistics: a class with 20 'before' answers but 3 pairs is suppressed.
 */
export function suppressSmallGroups(
  result: PairedStatistics,
  minimum: number = MINIMUM_PUBLISHED_GROUP,
): PublishableStatistics {
  if (!Number.isInteger(minimum) || minimum < 1) {
    throw new RangeError(`suppressSmallGroups: minimum must be a positive integer, got ${minimum}`);
  }
  return result.n < minimum ? { suppressed: true, minimum } : { suppressed: false, statistics: result };
}
