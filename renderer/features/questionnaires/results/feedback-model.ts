/**
 * The answers to a satisfaction item as a stacked bar: one segment per point of the scale, lowest first,
 * with its share of the answers and a colour running from red (lowest) to green (highest) for ordered
 * scales, or distinct colours for the options of a single-choice item. Pure.
 */
import type { ItemFeedback } from '../../../../shared/domain/questionnaires/analysis';

export interface Segment {
  readonly value: number;
  readonly label: string;
  readonly count: number;
  /** 0–1 of the item's answers. */
  readonly share: number;
  /** A Mantine colour ("teal.6"). The segment carries no text (its figures are in the legend). */
  readonly color: string;
}

/** Red → green through a neutral middle, for scales of 2 to 11 points. */
const ORDERED = ['red.7', 'red.5', 'orange.5', 'orange.3', 'yellow.4', 'gray.4', 'lime.4', 'lime.6', 'green.5', 'teal.6', 'teal.8'];
const CATEGORIES = ['blue.6', 'grape.5', 'cyan.6', 'pink.5', 'indigo.4', 'orange.6', 'lime.7', 'violet.6', 'teal.5', 'red.4'];

/** `count` colours picked evenly from the ordered ramp (the ends always included). */
export function orderedColors(count: number): string[] {
  if (count <= 1) return [ORDERED[ORDERED.length - 2]!];
  return Array.from({ length: count }, (_, index) => ORDERED[Math.round((index * (ORDERED.length - 1)) / (count - 1))]!);
}

export function segments(item: Pick<ItemFeedback, 'answerType' | 'distribution'>, language: string): Segment[] {
  const distribution = item.distribution ?? [];
  const total = distribution.reduce((sum, point) => sum + point.count, 0);
  if (total === 0) return [];
  const colors = item.answerType === 'single_choice' ? distribution.map((_, index) => CATEGORIES[index % CATEGORIES.length]!) : orderedColors(distribution.length);
  return distribution.map((point, index) => ({
    value: point.value,
    label: language === 'en' && point.labelEn.trim() !== '' ? point.labelEn : point.labelFr,
    count: point.count,
    share: point.count / total,
    color: colors[index]!,
  }));
}
