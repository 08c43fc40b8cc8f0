// Pupils' answers → paired scores (shared/domain/questionnaires/scores.ts): which items are scored, reverse
// keying, the half rule of dimension scores, and 0–100 for dimensions mixing scales.
import { describe, expect, it } from 'vitest';
import {
  changeDimensions,
  changeItems,
  dimensionScore,
  itemScore,
  pairedDimensionValues,
  pairedItemValues,
  type AnswerValues,
} from '../../shared/domain/questionnaires/scores';
import type { TemplateItem } from '../../shared/domain/questionnaires/templates';

let nextId = 1;
function item(changes: Partial<TemplateItem>): TemplateItem {
  const id = nextId++;
  return {
    id,
    position: id,
    dimension: 'stereotypes',
    answerType: 'likert5',
    reverseKeyed: false,
    wordingFr: `Item ${id}`,
    wordingEn: `Item ${id}`,
    phase: 'both',
    anchorsFr: [],
    anchorsEn: [],
    choices: [],
    ...changes,
  };
}
const answers = (entries: [TemplateItem, number | null][]): AnswerValues => new Map(entries.map(([it, value]) => [it.id, value]));

describe('which items are scored', () => {
  it('keeps scored items asked in both phases, in template order', () => {
    const likert = item({ position: 3 });
    const yesNo = item({ answerType: 'yes_no', dimension: 'migration_knowledge', position: 1 });
    const mark = item({ answerType: 'scale_0_10', dimension: 'empathy', position: 2 });
    const text = item({ answerType: 'free_text', dimension: 'comments' });
    const choice = item({ answerType: 'single_choice', choices: [{ value: 1, labelFr: 'a', labelEn: 'a' }, { value: 2, labelFr: 'b', labelEn: 'b' }] });
    const afterOnly = item({ phase: 'after', dimension: 'satisfaction' });
    const beforeOnly = item({ phase: 'before' });
    const commentsLikert = item({ dimension: 'comments' });
    expect(changeItems([likert, text, choice, afterOnly, beforeOnly, commentsLikert, yesNo, mark]).map((it) => it.id)).toEqual([yesNo.id, mark.id, likert.id]);
  });

  it('lists dimensions in DIMENSIONS order with their shared scale, or 0–100 when scales differ', () => {
    const empathy = item({ dimension: 'empathy', answerType: 'likert4' });
    const stereo1 = item({});
    const stereo2 = item({ reverseKeyed: true });
    const knowledge1 = item({ dimension: 'migration_knowledge', answerType: 'likert5' });
    const knowledge2 = item({ dimension: 'migration_knowledge', answerType: 'yes_no' });
    const dims = changeDimensions([empathy, stereo1, stereo2, knowledge1, knowledge2]);
    expect(dims.map((d) => [d.dimension, d.items.map((it) => it.id), d.scale, d.rescaled])).toEqual([
      ['stereotypes', [stereo1.id, stereo2.id], { min: 1, max: 5 }, false],
      ['migration_knowledge', [knowledge1.id, knowledge2.id], { min: 0, max: 100 }, true],
      ['empathy', [empathy.id], { min: 1, max: 4 }, false],
    ]);
  });
});

describe('item scores', () => {
  it('turns reverse-keyed answers around on their own scale and leaves others alone', () => {
    expect([1, 2, 3, 4, 5].map((v) => itemScore(item({ reverseKeyed: true }), v))).toEqual([5, 4, 3, 2, 1]);
    expect([1, 2, 3, 4].map((v) => itemScore(item({ reverseKeyed: true, answerType: 'likert4' }), v))).toEqual([4, 3, 2, 1]);
    expect(itemScore(item({ reverseKeyed: true, answerType: 'scale_0_10' }), 7)).toBe(3);
    expect(itemScore(item({ answerType: 'yes_no' }), 1)).toBe(1);
    expect(itemScore(item({}), 4)).toBe(4);
  });

  it('treats no answer and not entered as missing, and refuses a value off the scale', () => {
    expect(itemScore(item({}), null)).toBeNull();
    expect(itemScore(item({}), undefined)).toBeNull();
    expect(() => itemScore(item({}), 6)).toThrow(RangeError);
  });

  it('pairs only pupils who answered the item both times', () => {
    const it1 = item({ reverseKeyed: true });
    const forms = new Map<number, AnswerValues>([
      [1, answers([[it1, 2]])],
      [2, answers([[it1, 1]])],
      [3, answers([[it1, null]])],
      [4, answers([[it1, 5]])],
      [5, new Map()],
      [6, answers([[it1, 3]])],
    ]);
    expect(pairedItemValues(it1, [{ before: 1, after: 2 }, { before: 3, after: 4 }, { before: 5, after: 6 }, { before: 99, after: 1 }], forms)).toEqual([{ before: 4, after: 5 }]);
  });
});

describe('dimension scores', () => {
  const a = item({});
  const b = item({ reverseKeyed: true });
  const c = item({});
  const [dimension] = changeDimensions([a, b, c]);

  it('is the mean of the answered items, reverse-keyed turned around', () => {
    expect(dimensionScore(dimension!, answers([[a, 2], [b, 2], [c, 5]]))).toBeCloseTo((2 + 4 + 5) / 3, 12);
    expect(dimensionScore(dimension!, answers([[a, 2], [b, 1], [c, null]]))).toBe(3.5);
  });

  it('needs at least half of the items, rounded up (2 of 3, 2 of 4)', () => {
    expect(dimensionScore(dimension!, answers([[a, 2], [b, null]]))).toBeNull();
    expect(dimensionScore(dimension!, new Map())).toBeNull();
    expect(dimensionScore(dimension!, undefined)).toBeNull();
    const four = [item({}), item({}), item({}), item({})];
    const [fourItems] = changeDimensions(four);
    expect(dimensionScore(fourItems!, answers([[four[0]!, 5]]))).toBeNull();
    expect(dimensionScore(fourItems!, answers([[four[0]!, 5], [four[3]!, 2]]))).toBe(3.5);
    const [single] = changeDimensions([item({ dimension: 'empathy' })]);
    expect(dimensionScore(single!, new Map([[single!.items[0]!.id, 4]]))).toBe(4);
  });

  it('puts each answer on 0–100 when the scales differ', () => {
    const likert = item({ dimension: 'migration_knowledge' });
    const yesNo = item({ dimension: 'migration_knowledge', answerType: 'yes_no' });
    const mark = item({ dimension: 'migration_knowledge', answerType: 'scale_0_10', reverseKeyed: true });
    const [mixed] = changeDimensions([likert, yesNo, mark]);
    // likert 4 → 75, yes → 100, mark 2 reversed → 8 → 80.
    expect(dimensionScore(mixed!, answers([[likert, 4], [yesNo, 1], [mark, 2]]))).toBeCloseTo(85, 12);
    expect(dimensionScore(mixed!, answers([[likert, 1], [yesNo, 0]]))).toBe(0);
  });

  it('pairs pupils with a score both times', () => {
    const forms = new Map<number, AnswerValues>([
      [1, answers([[a, 1], [b, 5], [c, 1]])],
      [2, answers([[a, 3], [b, 3], [c, 3]])],
      [3, answers([[a, 1]])],
      [4, answers([[a, 5], [b, 1], [c, 5]])],
    ]);
    expect(pairedDimensionValues(dimension!, [{ before: 1, after: 2 }, { before: 3, after: 4 }], forms)).toEqual([{ before: 1, after: 3 }]);
  });
});
