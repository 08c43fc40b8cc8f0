// Issue 19: the analysis of ten school years reads answers into a Float64Array matrix, computes the paired
// statistics on columns and ranks with a numeric sort. These tests hold the new path to the old one on seeded
// data: the same pupils, the same scores and the same statistics to the last bit (the R reference tests in
// paired-stats.test.ts still run on the public functions).
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../main/demo/random';
import { pairedColumnStatistics, pairedStatistics } from '../../shared/domain/questionnaires/paired-stats';
import { averageRanks } from '../../shared/domain/questionnaires/signed-rank';
import {
  changeDimensions,
  pairedDimensionColumns,
  pairedDimensionValues,
  pairedItemColumns,
  pairedItemValues,
  type AnswerMatrix,
  type AnswerValues,
  type PairedColumns,
  type ResponsePair,
} from '../../shared/domain/questionnaires/scores';
import type { TemplateItem } from '../../shared/domain/questionnaires/templates';

/** The ranks as they were computed before issue 19 (an index sort with a comparator), kept as the reference. */
function referenceRanks(values: readonly number[]): { ranks: number[]; tieGroupSizes: number[] } {
  const order = values.map((_, index) => index).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Array<number>(values.length).fill(0);
  const tieGroupSizes: number[] = [];
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && values[order[end]!] === values[order[start]!]) end += 1;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k += 1) ranks[order[k]!] = rank;
    tieGroupSizes.push(end - start);
    start = end;
  }
  return { ranks, tieGroupSizes };
}

const asPairs = ({ before, after }: PairedColumns) => Array.from(before, (value, index) => ({ before: value, after: after[index]! }));

describe('ranks by a numeric sort', () => {
  it('gives the ranks and tie groups of the comparator sort on Likert, decimal and noisy values', () => {
    const random = seededRandom(19);
    const sets = [
      Array.from({ length: 5000 }, () => random.int(1, 4)),
      Array.from({ length: 3000 }, () => random.int(0, 400) / 12),
      Array.from({ length: 2000 }, () => Math.abs(random.int(10, 40) / 10 - random.int(10, 40) / 10) + 1e-300),
      Array.from({ length: 200 }, () => random.next() * 1e6),
      [],
      [7],
    ];
    for (const values of sets) expect(averageRanks(values)).toEqual(referenceRanks(values));
  });
});

describe('the matrix path of the analysis', () => {
  let nextId = 1;
  const item = (changes: Partial<TemplateItem>): TemplateItem => {
    const id = nextId++;
    return { id, position: id, dimension: 'stereotypes', answerType: 'likert5', reverseKeyed: false, wordingFr: '', wordingEn: '', phase: 'both', anchorsFr: [], anchorsEn: [], choices: [], ...changes };
  };
  // A dimension on one scale (reverse-keyed among them) and one mixing scales (put on 0–100).
  const items = [
    item({}),
    item({ reverseKeyed: true }),
    item({}),
    item({ dimension: 'empathy', answerType: 'scale_0_10' }),
    item({ dimension: 'empathy', answerType: 'yes_no', reverseKeyed: true }),
    item({ dimension: 'empathy', answerType: 'likert4' }),
  ];
  const ranges: Record<string, [number, number]> = { likert5: [1, 5], likert4: [1, 4], scale_0_10: [0, 10], yes_no: [0, 1] };
  const range = (it: TemplateItem): [number, number] => ranges[it.answerType]!;

  it('gives the pupils, scores and statistics of the Map path, to the last bit', () => {
    const random = seededRandom(2026);
    const forms = 4000;
    const maps = new Map<number, AnswerValues>();
    const rowOf = new Map<number, number>();
    const values = new Float64Array(forms * items.length).fill(Number.NaN);
    for (let form = 0; form < forms; form += 1) {
      const responseId = 1000 + form;
      // 2% of the forms have no answer to these items at all (no row); the others miss some answers.
      if (random.next() < 0.02) continue;
      const answers = new Map<number, number | null>();
      const row = rowOf.size;
      rowOf.set(responseId, row);
      items.forEach((it, column) => {
        const fate = random.next();
        if (fate < 0.05) return; // not entered
        if (fate < 0.1) {
          answers.set(it.id, null); // "no answer"
          return;
        }
        const [min, max] = range(it);
        const value = random.int(min, max);
        answers.set(it.id, value);
        values[row * items.length + column] = value;
      });
      maps.set(responseId, answers);
    }
    const matrix: AnswerMatrix = { itemIds: items.map((it) => it.id), rowOf, values };
    const pairs: ResponsePair[] = Array.from({ length: forms / 2 }, (_, index) => ({ before: 1000 + 2 * index, after: 1000 + 2 * index + (random.next() < 0.01 ? 99_999 : 1) }));

    for (const it of items) {
      const columns = pairedItemColumns(it, pairs, matrix);
      const old = pairedItemValues(it, pairs, maps);
      expect(asPairs(columns)).toEqual(old);
      expect(pairedColumnStatistics(columns.before, columns.after)).toEqual(pairedStatistics(old));
    }
    const dimensions = changeDimensions(items);
    expect(dimensions.map((dimension) => dimension.rescaled)).toEqual([false, true]);
    for (const dimension of dimensions) {
      const columns = pairedDimensionColumns(dimension, pairs, matrix);
      const old = pairedDimensionValues(dimension, pairs, maps);
      expect(old.length).toBeGreaterThan(1000);
      expect(asPairs(columns)).toEqual(old);
      expect(pairedColumnStatistics(columns.before, columns.after)).toEqual(pairedStatistics(old));
    }
  });
});
