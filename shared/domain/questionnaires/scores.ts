/**
 * From pupils' raw answers to the paired values the before/after statistics are computed on (issue 5,
 * point 7). Pure: no Node or DOM API.
 *
 * - An item is scored when it sits on an ordered scale: Likert 4/5, 0–10 and yes/no (no = 0, yes = 1).
 *   Single-choice options are categories, free text is text, and the 'comments' dimension is never scored.
 * - Only items asked in both phases enter the change analysis (an item asked once cannot change).
 * - A reverse-keyed answer is turned around on its scale first (as `reverseScore`), so a higher score is always
 *   the better outcome.
 * - A pupil's dimension score in a phase is the mean of the dimension's change items they answered, counted
 *   only when they answered at least half of them (rounded up: 2 of 3, 2 of 4). When the items of a
 *   dimension do not share one scale, every answer is first put on 0–100, so each item weighs the same.
 * - "No answer" (null) and "not entered" (absent) are both missing.
 */
import type { PairedValue } from './paired-stats';
import type { ScoreScale } from './analysis';
import { answerRange, DIMENSIONS, type Dimension, type TemplateItem } from './templates';

/** One form's answers: item id → value (null: the pupil gave no answer). Absent items were not entered. */
export type AnswerValues = ReadonlyMap<number, number | null>;

/** Two forms of the same pupil, by response id. */
export interface ResponsePair {
  readonly before: number;
  readonly after: number;
}

export interface ScoredDimension {
  readonly dimension: Dimension;
  /** The dimension's change items, in template order. */
  readonly items: readonly TemplateItem[];
  /** Their common scale, or 0–100 when they do not share one. */
  readonly scale: ScoreScale;
  /** True when the items' scales differ and answers are put on 0–100. */
  readonly rescaled: boolean;
}

const PERCENT_SCALE: ScoreScale = { min: 0, max: 100 };

const SCORED_TYPES: readonly TemplateItem['answerType'][] = ['likert4', 'likert5', 'scale_0_10', 'yes_no'];

/** Whether an item's answers are scores (see the rules at the top of the file). */
function isScored(item: Pick<TemplateItem, 'answerType' | 'dimension'>): boolean {
  return SCORED_TYPES.includes(item.answerType) && item.dimension !== 'comments';
}

/** Scales already worked out, per item object: scoring a school year asks for them millions of times. */
const scaleCache = new WeakMap<object, ScoreScale>();

/** The scale of a scored item. */
export function itemScale(item: Pick<TemplateItem, 'answerType' | 'choices'>): ScoreScale {
  const cached = scaleCache.get(item);
  if (cached) return cached;
  const range = answerRange(item);
  if (range === null) throw new RangeError(`itemScale: a ${item.answerType} item has no scale`);
  scaleCache.set(item, range);
  return range;
}

/** Scored items asked before and after, in template order: the items of the change analysis. */
export function changeItems(items: readonly TemplateItem[]): TemplateItem[] {
  return items.filter((item) => item.phase === 'both' && isScored(item)).sort((a, b) => a.position - b.position);
}

/** Dimensions with at least one change item, in DIMENSIONS order. */
export function changeDimensions(items: readonly TemplateItem[]): ScoredDimension[] {
  const scored = changeItems(items);
  const dimensions: ScoredDimension[] = [];
  for (const dimension of DIMENSIONS) {
    const members = scored.filter((item) => item.dimension === dimension);
    if (members.length === 0) continue;
    const scales = members.map(itemScale);
    const first = scales[0]!;
    const shared = scales.every((scale) => scale.min === first.min && scale.max === first.max);
    dimensions.push({ dimension, items: members, scale: shared ? first : PERCENT_SCALE, rescaled: !shared });
  }
  return dimensions;
}

/**
 * The score of one answer: null when missing, turned around for a reverse-keyed item. Throws a RangeError
 * for a value outside the item's scale (answers are validated when recorded, so that is a bug).
 */
export function itemScore(item: TemplateItem, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const { min, max } = itemScale(item);
  if (!(value >= min && value <= max)) throw new RangeError(`itemScore: ${value} is outside the scale ${min}–${max} of item ${item.id}`);
  // reverseScore's rule (min + max − value), without its argument checks: the range was just checked.
  return item.reverseKeyed ? min + max - value : value;
}

/** A form's score on a dimension, or null when fewer than half (rounded up) of its items were answered. */
export function dimensionScore(dimension: ScoredDimension, answers: AnswerValues | undefined): number | null {
  const scores: number[] = [];
  for (const item of dimension.items) {
    const score = itemScore(item, answers?.get(item.id));
    if (score === null) continue;
    if (!dimension.rescaled) {
      scores.push(score);
    } else {
      const { min, max } = itemScale(item);
      scores.push(((score - min) / (max - min)) * 100);
    }
  }
  if (scores.length === 0 || scores.length < Math.ceil(dimension.items.length / 2)) return null;
  return scores.reduce((sum, score) => sum + score, 0) / scores.length;
}

/** The pupils of `pairs` who answered `item` both times, as paired scores. */
export function pairedItemValues(
  item: TemplateItem,
  pairs: readonly ResponsePair[],
  answers: ReadonlyMap<number, AnswerValues>,
): PairedValue[] {
  const values: PairedValue[] = [];
  for (const pair of pairs) {
    const before = itemScore(item, answers.get(pair.before)?.get(item.id));
    const after = itemScore(item, answers.get(pair.after)?.get(item.id));
    if (before !== null && after !== null) values.push({ before, after });
  }
  return values;
}

/** The pupils of `pairs` with a dimension score both times, as paired scores. */
export function pairedDimensionValues(
  dimension: ScoredDimension,
  pairs: readonly ResponsePair[],
  answers: ReadonlyMap<number, AnswerValues>,
): PairedValue[] {
  const values: PairedValue[] = [];
  for (const pair of pairs) {
    const before = dimensionScore(dimension, answers.get(pair.before));
    const after = dimensionScore(dimension, answers.get(pair.after));
    if (before !== null && after !== null) values.push({ before, after });
  }
  return values;
}

/**
 * The answers of many forms to the change items, as one table of numbers: a row per form, a column per item
 * (NaN: no answer or not entered, both missing). Ten school years hold 1,500,000 answers: one Map per form
 * cost more memory than the analysis may use, a Float64Array of the same numbers a tenth of it.
 */
export interface AnswerMatrix {
  /** The items of the columns, in column order. */
  readonly itemIds: readonly number[];
  /** Response id → row. */
  readonly rowOf: ReadonlyMap<number, number>;
  /** Row-major: values[row * itemIds.length + column]. */
  readonly values: Float64Array;
}

/** The same paired scores as `PairedValue[]`, as two columns of equal length (the pupil at i in both). */
export interface PairedColumns {
  readonly before: Float64Array;
  readonly after: Float64Array;
}

/** The matrix's value of `row` in `column`, undefined when the form has no row (nothing entered). */
function cell(matrix: AnswerMatrix, row: number, column: number): number | undefined {
  if (row < 0) return undefined;
  const value = matrix.values[row * matrix.itemIds.length + column] as number;
  return Number.isNaN(value) ? undefined : value;
}

function rowsOf(pairs: readonly ResponsePair[], matrix: AnswerMatrix): { before: Int32Array; after: Int32Array } {
  const before = new Int32Array(pairs.length);
  const after = new Int32Array(pairs.length);
  pairs.forEach((pair, index) => {
    before[index] = matrix.rowOf.get(pair.before) ?? -1;
    after[index] = matrix.rowOf.get(pair.after) ?? -1;
  });
  return { before, after };
}

function columnOf(matrix: AnswerMatrix, item: TemplateItem): number {
  const column = matrix.itemIds.indexOf(item.id);
  if (column < 0) throw new RangeError(`AnswerMatrix: item ${item.id} has no column`);
  return column;
}

function trimmed(before: Float64Array, after: Float64Array, n: number): PairedColumns {
  return { before: before.slice(0, n), after: after.slice(0, n) };
}

/** `pairedItemValues` on a matrix: the same pupils, the same scores, in the same order. */
export function pairedItemColumns(item: TemplateItem, pairs: readonly ResponsePair[], matrix: AnswerMatrix): PairedColumns {
  const column = columnOf(matrix, item);
  const rows = rowsOf(pairs, matrix);
  const before = new Float64Array(pairs.length);
  const after = new Float64Array(pairs.length);
  let n = 0;
  for (let index = 0; index < pairs.length; index += 1) {
    const b = itemScore(item, cell(matrix, rows.before[index] as number, column));
    const a = itemScore(item, cell(matrix, rows.after[index] as number, column));
    if (b === null || a === null) continue;
    before[n] = b;
    after[n] = a;
    n += 1;
  }
  return trimmed(before, after, n);
}

/** `dimensionScore` on a matrix row (same rule, same order of the additions, hence the same doubles). */
function dimensionScoreAt(dimension: ScoredDimension, columns: readonly number[], matrix: AnswerMatrix, row: number, scores: Float64Array): number | null {
  let count = 0;
  dimension.items.forEach((item, index) => {
    const score = itemScore(item, cell(matrix, row, columns[index] as number));
    if (score === null) return;
    if (!dimension.rescaled) {
      scores[count] = score;
    } else {
      const { min, max } = itemScale(item);
      scores[count] = ((score - min) / (max - min)) * 100;
    }
    count += 1;
  });
  if (count === 0 || count < Math.ceil(dimension.items.length / 2)) return null;
  let sum = 0;
  for (let index = 0; index < count; index += 1) sum += scores[index] as number;
  return sum / count;
}

/** `pairedDimensionValues` on a matrix: the same pupils, the same scores, in the same order. */
export function pairedDimensionColumns(dimension: ScoredDimension, pairs: readonly ResponsePair[], matrix: AnswerMatrix): PairedColumns {
  const columns = dimension.items.map((item) => columnOf(matrix, item));
  const rows = rowsOf(pairs, matrix);
  const scratch = new Float64Array(dimension.items.length);
  const before = new Float64Array(pairs.length);
  const after = new Float64Array(pairs.length);
  let n = 0;
  for (let index = 0; index < pairs.length; index += 1) {
    const b = dimensionScoreAt(dimension, columns, matrix, rows.before[index] as number, scratch);
    const a = dimensionScoreAt(dimension, columns, matrix, rows.after[index] as number, scratch);
    if (b === null || a === null) continue;
    before[n] = b;
    after[n] = a;
    n += 1;
  }
  return trimmed(before, after, n);
}
