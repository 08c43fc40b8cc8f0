// Paired statistics against R (tests/fixtures/r-paired-reference.json, made by
// `Rscript scripts/r-reference/paired-tests.R`): every statistic must agree with R to at least 4 significant
// digits, and every case R refuses (an error or NaN) must be null here with the matching reason.
// PAIRED_STATS_REPORT=1 prints the worst relative error per statistic.
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import referenceJson from '../fixtures/r-paired-reference.json';
import {
  MINIMUM_PUBLISHED_GROUP,
  pairedStatistics,
  reverseScore,
  suppressSmallGroups,
  type PairedStatistics,
  type Statistic,
} from '../../shared/domain/questionnaires/paired-stats';
import { averageRanks, psignrank, signedRankCounts } from '../../shared/domain/questionnaires/signed-rank';

// ---- the fixture ------------------------------------------------------------------------------------------

const rNumber = z.union([z.number(), z.enum(['NaN', 'Inf', '-Inf']), z.null()]);
const warnings = z.array(z.string());
const tTestReference = z.union([
  z.strictObject({ error: z.string(), warnings }),
  z.strictObject({
    statistic: rNumber,
    parameter: z.number(),
    p_value: rNumber,
    conf_int: z.array(rNumber).length(2),
    conf_level: z.number(),
    estimate: rNumber,
    warnings,
  }),
]);
const wilcoxonReference = z.union([
  z.strictObject({ error: z.string(), warnings }),
  z.strictObject({ statistic: z.number(), p_value: rNumber, method: z.string(), exact: z.boolean(), warnings }),
]);
const datasetReference = z.strictObject({
  name: z.string(),
  description: z.string(),
  n: z.number(),
  before: z.array(z.number()),
  after: z.array(z.number()),
  descriptive: z.strictObject({
    mean_before: rNumber,
    mean_after: rNumber,
    mean_change: rNumber,
    sd_change: rNumber,
    n_nonzero: z.number(),
    n_zero: z.number(),
    ties: z.boolean(),
    w_plus: z.number(),
    w_minus: z.number(),
    cohens_dz: rNumber,
    rank_biserial: rNumber,
  }),
  t_test: tTestReference,
  wilcoxon: wilcoxonReference,
});
const reference = z
  .strictObject({
    generated_by: z.string(),
    r_version: z.string(),
    calls: z.string(),
    psignrank: z.array(z.strictObject({ n: z.number(), q: z.number(), lower: z.number(), upper: z.number() })),
    datasets: z.array(datasetReference),
  })
  .parse(referenceJson);

type RNumber = z.infer<typeof rNumber>;
const isFiniteR = (x: RNumber): x is number => typeof x === 'number' && Number.isFinite(x);

// ---- comparison with a record of the worst error ----------------------------------------------------------

const worst = new Map<string, { error: number; dataset: string }>();

function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), Number.MIN_VALUE);
}

/**
 * Agreement to 4 significant digits: relative error ≤ 1e-4. A reference of exactly 0 (t = 0, a mean change of
 * 0) has no significant digits: there the difference must be below 1e-12. p-values below 1e-10 may also
 * agree to 1e-10 absolutely (the tolerance the issue allows for tiny ones); their relative error is recorded.
 */
function expectAgrees(label: string, dataset: string, actual: number | undefined, expected: RNumber, tiny = 0): void {
  expect(isFiniteR(expected), `${dataset} ${label}: R's value ${String(expected)} is not a number`).toBe(true);
  expect(actual, `${dataset} ${label}`).toBeTypeOf('number');
  const want = expected as number;
  const got = actual as number;
  expect(Number.isFinite(got), `${dataset} ${label} is finite`).toBe(true);
  const error = relativeError(got, want);
  const previous = worst.get(label);
  if (want !== 0 && (!previous || error > previous.error)) worst.set(label, { error, dataset });
  if (want === 0) {
    expect(Math.abs(got), `${dataset} ${label}: ${got} vs R 0`).toBeLessThan(1e-12);
  } else if (Math.abs(want) < tiny) {
    expect(Math.abs(got - want), `${dataset} ${label}: ${got} vs R ${want}`).toBeLessThan(tiny);
  } else {
    expect(error, `${dataset} ${label}: ${got} vs R ${want}`).toBeLessThanOrEqual(1e-4);
  }
}

afterAll(() => {
  if (process.env.PAIRED_STATS_REPORT) {
    const rows = [...worst.entries()].map(([label, { error, dataset }]) => `${label.padEnd(22)} ${error.toExponential(2)}  (${dataset})`);
    console.log(`Worst relative error against R per statistic:\n${rows.join('\n')}`);
  }
});

/** Every number anywhere in a result is finite (no NaN, no ±Infinity leaks to the UI). */
function expectOnlyFiniteNumbers(value: unknown, path = 'result'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), path).toBe(true);
  else if (Array.isArray(value)) value.forEach((item, i) => expectOnlyFiniteNumbers(item, `${path}[${i}]`));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) expectOnlyFiniteNumbers(item, `${path}.${key}`);
  }
}

function expectNull(statistic: Statistic<unknown>, reason: string, label: string): void {
  expect(statistic, label).toEqual({ value: null, reason });
}

const tReason = (message: string): string => {
  if (message === "not enough 'x' observations") return 'tooFewPairs';
  if (message === 'data are essentially constant') return 'constantDifferences';
  throw new Error(`unexpected R error: ${message}`);
};

// ---- against R --------------------------------------------------------------------------------------------

describe('pairedStatistics agrees with R', () => {
  it('covers every kind of dataset the issue lists', () => {
    const names = reference.datasets.map((d) => d.name);
    for (const name of ['ties', 'zeros', 'n1', 'n2', 'all_equal', 'constant_shift', 'exact_n5', 'exact_n8', 'exact_n12', 'boundary_n49', 'boundary_n50', 'large_likert_n300', 'positive_effect', 'negative_effect', 'decimals_dimension']) {
      expect(names).toContain(name);
    }
    const byName = new Map(reference.datasets.map((d) => [d.name, d]));
    const exactOf = (name: string) => {
      const w = byName.get(name)?.wilcoxon;
      return w && 'exact' in w ? w.exact : undefined;
    };
    expect(exactOf('boundary_n49')).toBe(true);
    expect(exactOf('boundary_n50')).toBe(false);
  });

  describe.each(reference.datasets.map((d) => [d.name, d] as const))('%s', (name, data) => {
    const pairs = data.before.map((before, i) => ({ before, after: data.after[i] as number }));
    const result: PairedStatistics = pairedStatistics(pairs);

    it('has the same n, means and sd, and no non-finite number', () => {
      expect(result.n).toBe(data.n);
      expectOnlyFiniteNumbers(result);
      expectAgrees('meanBefore', name, result.meanBefore.value ?? undefined, data.descriptive.mean_before);
      expectAgrees('meanAfter', name, result.meanAfter.value ?? undefined, data.descriptive.mean_after);
      expectAgrees('meanChange', name, result.meanChange.value ?? undefined, data.descriptive.mean_change);
      if (data.n < 2) expectNull(result.sdChange, 'tooFewPairs', 'sdChange');
      else expectAgrees('sdChange', name, result.sdChange.value ?? undefined, data.descriptive.sd_change);
    });

    it("matches t.test(after, before, paired = TRUE), or R's refusal", () => {
      const r = data.t_test;
      if ('error' in r || !isFiniteR(r.statistic)) {
        // R stops ("not enough 'x' observations", "data are essentially constant"), or returns t = NaN when
        // every difference is zero: nothing is reported here either, with the reason.
        const reason = 'error' in r ? tReason(r.error) : 'constantDifferences';
        expectNull(result.tTest, reason, 'tTest');
        expectNull(result.confidenceInterval, reason, 'confidenceInterval');
        expectNull(result.cohensDz, reason, 'cohensDz');
        return;
      }
      const t = result.tTest.value;
      const ci = result.confidenceInterval.value;
      expectAgrees('t', name, t?.t, r.statistic);
      expect(t?.df).toBe(r.parameter);
      expectAgrees('t p', name, t?.p, r.p_value, 1e-10);
      expect(ci?.level).toBeCloseTo(r.conf_level, 12);
      expectAgrees('CI lower', name, ci?.lower, r.conf_int[0] ?? null);
      expectAgrees('CI upper', name, ci?.upper, r.conf_int[1] ?? null);
      expectAgrees('meanChange (estimate)', name, result.meanChange.value ?? undefined, r.estimate);
      expectAgrees('cohensDz', name, result.cohensDz.value ?? undefined, data.descriptive.cohens_dz);
    });

    it("matches wilcox.test(after, before, paired = TRUE), or R's NaN", () => {
      const r = data.wilcoxon;
      if ('error' in r) throw new Error(`no dataset makes wilcox.test fail: ${r.error}`);
      if (!isFiniteR(r.p_value)) {
        // Every difference is zero: R answers V = 0 and p = NaN.
        expect(data.descriptive.n_nonzero).toBe(0);
        expectNull(result.wilcoxon, 'allDifferencesZero', 'wilcoxon');
        expectNull(result.rankBiserial, 'allDifferencesZero', 'rankBiserial');
        return;
      }
      const w = result.wilcoxon.value;
      expect(w?.v, 'V is exactly R\'s').toBe(r.statistic);
      expect(w?.wMinus).toBe(data.descriptive.w_minus);
      expect(w?.nUsed).toBe(data.descriptive.n_nonzero);
      expect(w?.method).toBe(r.exact ? 'exact' : 'normal');
      expect(w?.zeros).toBe(data.descriptive.n_zero);
      expect(w?.ties).toBe(data.descriptive.ties);
      expect(w?.approximationBecause.includes('ties')).toBe(data.descriptive.ties);
      expect(w?.approximationBecause.includes('zeros')).toBe(data.descriptive.n_zero > 0);
      expect(w?.approximationBecause.includes('sampleOf50OrMore')).toBe(data.descriptive.n_nonzero >= 50);
      if (data.descriptive.n_nonzero < 50) {
        // R warns about ties and zeros only when it would otherwise have used the exact distribution.
        expect(w?.approximationBecause.includes('ties')).toBe(r.warnings.includes('cannot compute exact p-value with ties'));
        expect(w?.approximationBecause.includes('zeros')).toBe(r.warnings.includes('cannot compute exact p-value with zeroes'));
      }
      expect(w?.z === null).toBe(r.exact);
      expectAgrees('wilcoxon p', name, w?.p, r.p_value, 1e-10);
      expectAgrees('rankBiserial', name, result.rankBiserial.value ?? undefined, data.descriptive.rank_biserial);
    });
  });

  it.each(reference.psignrank.map((row) => [row.n, row.q, row] as const))('psignrank(q, %i) at q = %i', (_n, _q, row) => {
    expectAgrees('psignrank lower', `n=${row.n} q=${row.q}`, psignrank(row.q, row.n), row.lower, 1e-10);
    expectAgrees('psignrank upper', `n=${row.n} q=${row.q}`, psignrank(row.q, row.n, false), row.upper, 1e-10);
  });

  it('keeps tiny p-values to 4 significant digits, not only to 1e-10', () => {
    for (const name of ['exact_n40_all_positive', 'large_likert_n300_strong']) {
      const data = reference.datasets.find((d) => d.name === name);
      if (!data || 'error' in data.wilcoxon || 'error' in data.t_test) throw new Error(name);
      const result = pairedStatistics(data.before.map((before, i) => ({ before, after: data.after[i] as number })));
      expect(relativeError(result.wilcoxon.value?.p ?? NaN, data.wilcoxon.p_value as number)).toBeLessThan(1e-4);
      expect(relativeError(result.tTest.value?.p ?? NaN, data.t_test.p_value as number)).toBeLessThan(1e-4);
    }
  });
});

// ---- cases by hand ----------------------------------------------------------------------------------------

describe('pairedStatistics without R', () => {
  it('answers noPairs for every statistic of an empty group', () => {
    const result = pairedStatistics([]);
    expect(result.n).toBe(0);
    for (const key of ['meanBefore', 'meanAfter', 'meanChange', 'sdChange', 'confidenceInterval', 'tTest', 'wilcoxon', 'cohensDz', 'rankBiserial'] as const) {
      expectNull(result[key], 'noPairs', key);
    }
  });

  it('refuses values that are not finite numbers (unanswered items are dropped by the caller)', () => {
    expect(() => pairedStatistics([{ before: 1, after: 2 }, { before: Number.NaN, after: 3 }])).toThrow(RangeError);
    expect(() => pairedStatistics([{ before: 1, after: Number.POSITIVE_INFINITY }])).toThrow(/pair 0/);
  });

  it('keeps the descriptive numbers and the signed-rank test when the differences are constant', () => {
    const result = pairedStatistics([1, 2, 3, 4, 5].map((before) => ({ before, after: before + 1 })));
    expect(result.sdChange).toEqual({ value: 0, reason: null });
    expectNull(result.tTest, 'constantDifferences', 'tTest');
    expect(result.wilcoxon.value?.method).toBe('normal');
    expect(result.rankBiserial.value).toBe(1);
  });

  it('measures rank-biserial over non-zero differences only', () => {
    // d = +3, −1, 0, +2: ranks of |d| among non-zero 3, 1, 2 → W+ = 5, W− = 1, r = 4/6.
    const result = pairedStatistics([
      { before: 1, after: 4 },
      { before: 3, after: 2 },
      { before: 2, after: 2 },
      { before: 2, after: 4 },
    ]);
    expect(result.wilcoxon.value).toMatchObject({ v: 5, wMinus: 1, nUsed: 3, zeros: 1, method: 'normal', approximationBecause: ['zeros'] });
    expect(result.rankBiserial.value).toBeCloseTo(4 / 6, 14);
  });

  it('uses the exact distribution below 50 non-zero differences only', () => {
    const pairs = (n: number) => Array.from({ length: n }, (_, i) => ({ before: 0, after: (i + 1) * (i % 3 === 0 ? -1 : 1) }));
    expect(pairedStatistics(pairs(49)).wilcoxon.value?.method).toBe('exact');
    expect(pairedStatistics(pairs(50)).wilcoxon.value).toMatchObject({ method: 'normal', approximationBecause: ['sampleOf50OrMore'] });
  });
});

describe('signed-rank building blocks', () => {
  it('counts subsets by sum like R’s csignrank', () => {
    expect([...signedRankCounts(3)]).toEqual([1, 1, 1, 2, 1, 1, 1]);
    expect([...signedRankCounts(0)]).toEqual([1]);
    const counts = signedRankCounts(49);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2 ** 49);
    expect(() => signedRankCounts(54)).toThrow(RangeError);
  });

  it('answers the tails outside the support like R', () => {
    expect(psignrank(-1, 5)).toBe(0);
    expect(psignrank(-1, 5, false)).toBe(1);
    expect(psignrank(15, 5)).toBe(1);
    expect(psignrank(15, 5, false)).toBe(0);
    // R rounds a non-integer q to the nearest integer: psignrank(2.6, 5) = psignrank(3, 5) = 0.15625.
    expect(psignrank(2.6, 5)).toBe(0.15625);
    expect(psignrank(2, 5)).toBe(0.09375);
  });

  it('ranks with average ranks for ties, comparing doubles exactly like R', () => {
    expect(averageRanks([3, 1, 3, 2])).toEqual({ ranks: [3.5, 1, 3.5, 2], tieGroupSizes: [1, 1, 2] });
    const noisy = averageRanks([3.4 - 3.2, 3.6 - 3.4, 2.8 - 2.6]);
    expect(noisy.tieGroupSizes).toEqual([2, 1]);
  });
});

describe('reverseScore', () => {
  it('turns an answer around on its scale', () => {
    expect([1, 2, 3, 4, 5].map((v) => reverseScore(v, 1, 5))).toEqual([5, 4, 3, 2, 1]);
    expect([1, 2, 3, 4].map((v) => reverseScore(v, 1, 4))).toEqual([4, 3, 2, 1]);
    expect(reverseScore(7, 0, 10)).toBe(3);
    expect(reverseScore(reverseScore(2, 1, 5), 1, 5)).toBe(2);
  });

  it('refuses values outside the scale and empty scales', () => {
    expect(() => reverseScore(6, 1, 5)).toThrow(RangeError);
    expect(() => reverseScore(0, 1, 5)).toThrow(RangeError);
    expect(() => reverseScore(3, 5, 1)).toThrow(RangeError);
    expect(() => reverseScore(3, 3, 3)).toThrow(RangeError);
    expect(() => reverseScore(Number.NaN, 1, 5)).toThrow(RangeError);
  });
});

describe('suppressSmallGroups', () => {
  const group = (n: number) => pairedStatistics(Array.from({ length: n }, (_, i) => ({ before: i % 5, after: (i * 2) % 5 })));

  it('exposes no number for fewer than 5 pairs', () => {
    expect(MINIMUM_PUBLISHED_GROUP).toBe(5);
    const hidden = suppressSmallGroups(group(4));
    expect(hidden).toEqual({ suppressed: true, minimum: 5 });
    expect(JSON.stringify(hidden)).not.toMatch(/"n"|statistics/);
  });

  it('publishes groups of 5 or more', () => {
    const shown = suppressSmallGroups(group(5));
    expect(shown.suppressed).toBe(false);
    if (!shown.suppressed) expect(shown.statistics.n).toBe(5);
  });

  it('takes another minimum', () => {
    expect(suppressSmallGroups(group(9), 10).suppressed).toBe(true);
    expect(suppressSmallGroups(group(10), 10).suppressed).toBe(false);
    expect(() => suppressSmallGroups(group(3), 0)).toThrow(RangeError);
  });
});
