/**
 * Which key records each option of a single-choice item: shared by the entry grid (what the key does) and the
 * paper form (the key printed beside each box, so whoever types the forms reads it off the paper).
 */
import type { TemplateItem } from './templates';

/**
 * Keys of a single-choice item typed by rank: the options in printed order take 1–9, then A, B, C… (a
 * template allows 20 options). Used when some option's value needs two digits (10, 20…): one keystroke per
 * answer still, with the key of each option shown above the grid while the cursor is in its column.
 */
const RANK_KEYS: readonly string[] = [...'123456789ABCDEFGHIJK'];

/** Whether a single-choice item is typed by option rank rather than by value (some value is 10 or more). */
export function typedByRank(item: Pick<TemplateItem, 'answerType' | 'choices'>): boolean {
  return item.answerType === 'single_choice' && item.choices.some((choice) => choice.value > 9);
}

/** The options of a single-choice item with the key recording each: its value (one digit) or its rank key. */
export function choiceKeys(item: Pick<TemplateItem, 'answerType' | 'choices'>): { key: string; value: number; index: number }[] {
  const byRank = typedByRank(item);
  return item.choices.slice(0, RANK_KEYS.length).map((choice, index) => ({ key: byRank ? RANK_KEYS[index]! : String(choice.value), value: choice.value, index }));
}
