/**
 * Building blocks of the Wilcoxon signed-rank test, written to behave exactly like R's `rank()` and
 * `psignrank()` (R 4.x, `src/nmath/signrank.c`). Pure functions: they run in the renderer and in Node.
 */

/** Ranks with ties, as R's `rank(x)` (ties.method = "average"). */
export interface AverageRanks {
  /** ranks[i] is the rank of values[i], 1-based; tied values share the mean of the ranks they span. */
  readonly ranks: number[];
  /** The size of every group of tied values (groups of one included), as R's `table(rank(x))`. */
  readonly tieGroupSizes: number[];
}

/**
 * Average ranks of `values`. Values are tied only when they are equal as doubles (`===`), like R with
 * `digits.rank = Inf`, the default of `wilcox.test`: 3.4 − 3.2 and 2.8 − 2.6 tie, 3.6 − 3.4 does not.
 *
 * A school year pools 70,000 pairs per item and ten years ten times that: sorting an index array with a
 * comparator callback was most of an analysis. The values are sorted as a Float64Array (a numeric sort
 * without callbacks); each run of equal values gives one tie group and one average rank, and each value
 * finds its rank by binary search among the runs. Ranks and tie groups are the same as before (ties depend
 * only on equality, groups come in increasing order of value); finite numbers only (the callers' rule).
 */
export function averageRanks(values: ArrayLike<number>): AverageRanks {
  const sorted = Float64Array.from(values).sort();
  const tieGroupSizes: number[] = [];
  // One entry per distinct value, in increasing order: the value and its average rank.
  const distinct: number[] = [];
  const rankOf: number[] = [];
  let start = 0;
  while (start < sorted.length) {
    let end = start + 1;
    while (end < sorted.length && sorted[end] === sorted[start]) end += 1;
    // Positions start..end-1 (0-based) hold ranks start+1..end: their mean is (start + 1 + end) / 2.
    distinct.push(sorted[start] as number);
    rankOf.push((start + 1 + end) / 2);
    tieGroupSizes.push(end - start);
    start = end;
  }
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    let low = 0;
    let high = distinct.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((distinct[middle] as number) < value) low = middle + 1;
      else high = middle;
    }
    ranks[i] = rankOf[low] as number;
  }
  return { ranks, tieGroupSizes };
}

/** Largest n for which every count of `signedRankCounts(n)` is an exact integer in a double (2^n ≤ 2^53). */
const SIGNED_RANK_EXACT_MAX_N = 53;

const countsCache = new Map<number, Float64Array>();

/**
 * counts[k] = the number of subsets of {1, …, n} whose sum is k, for k = 0 … n(n+1)/2 (R's `csignrank`).
 * Under the null hypothesis every one of the 2^n sign patterns is equally likely, so P(V = k) = counts[k] / 2^n.
 * A subset-sum table filled in place from the top (the classic 0/1 knapsack recurrence), O(n³) additions.
 */
export function signedRankCounts(n: number): Float64Array {
  if (!Number.isInteger(n) || n < 0 || n > SIGNED_RANK_EXACT_MAX_N) {
    throw new RangeError(`signedRankCounts: n must be an integer from 0 to ${SIGNED_RANK_EXACT_MAX_N}, got ${n}`);
  }
  const cached = countsCache.get(n);
  if (cached) return cached;
  const total = (n * (n + 1)) / 2;
  const counts = new Float64Array(total + 1);
  counts[0] = 1;
  let reached = 0;
  for (let i = 1; i <= n; i += 1) {
    reached += i;
    for (let k = reached; k >= i; k -= 1) counts[k] = (counts[k] as number) + (counts[k - i] as number);
  }
  countsCache.set(n, counts);
  return counts;
}

/**
 * R's `psignrank(q, n, lower.tail)`: P(V ≤ q), or P(V > q) when `lowerTail` is false, for the signed-rank
 * statistic V of n non-zero, untied differences. Like R, q is first rounded to the nearest integer
 * (`R_forceint(q + 1e-7)`) and the smaller tail is summed directly, so small p-values keep their
 * precision; the counts are summed as exact integers and divided by 2^n once.
 */
export function psignrank(q: number, n: number, lowerTail = true): number {
  const total = (n * (n + 1)) / 2;
  const x = Math.round(q + 1e-7);
  if (x < 0) return lowerTail ? 0 : 1;
  if (x >= total) return lowerTail ? 1 : 0;
  const counts = signedRankCounts(n);
  const scale = 2 ** -n;
  let count = 0;
  if (x <= total / 2) {
    // At or below the mean n(n+1)/4: the lower tail P(V ≤ x) is the small one.
    for (let k = 0; k <= x; k += 1) count += counts[k] as number;
    const lower = count * scale;
    return lowerTail ? lower : 1 - lower;
  }
  // P(V ≤ x) = 1 − P(V ≥ x + 1) = 1 − P(V ≤ total − x − 1) by symmetry: sum the small upper tail.
  for (let k = 0; k < total - x; k += 1) count += counts[k] as number;
  const upper = count * scale;
  return lowerTail ? 1 - upper : upper;
}
