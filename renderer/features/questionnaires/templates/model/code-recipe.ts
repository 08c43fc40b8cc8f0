import { CODE_PART_NAMES, CODE_PARTS, type CodePart } from '../../../../../shared/domain/questionnaires/templates';

/** A pupil code has 2 to 5 parts (the server checks the same): fewer pairs badly, more tires a child. */
export const MIN_CODE_PARTS = 2;
export const MAX_CODE_PARTS = 5;

/** The recipe a new pupil questionnaire starts with: the seeded one, three things a child knows without help. */
export const DEFAULT_RECIPE: readonly CodePart[] = ['mother_first_letter', 'own_first_letter', 'birth_day'];

/** What a made-up child would write for each part, for the preview ("M A 0 7"). */
const EXAMPLE: Record<CodePart, string> = {
  mother_first_letter: 'M',
  father_first_letter: 'P',
  own_first_letter: 'A',
  birth_day: '07',
  birth_month: '03',
  street_first_letter: 'R',
  siblings_count: '2',
};

/** The parts not yet in the recipe, in the catalogue's order. */
export function partsLeft(recipe: readonly CodePart[]): CodePart[] {
  return CODE_PART_NAMES.filter((part) => !recipe.includes(part));
}

export function addPart(recipe: readonly CodePart[], part: CodePart): CodePart[] {
  if (recipe.includes(part) || recipe.length >= MAX_CODE_PARTS) return [...recipe];
  return [...recipe, part];
}

export function removePart(recipe: readonly CodePart[], index: number): CodePart[] {
  return recipe.filter((_, position) => position !== index);
}

/** Swaps a part with its neighbour (-1: earlier, +1: later); out of range leaves the recipe as it is. */
export function movePart(recipe: readonly CodePart[], index: number, delta: -1 | 1): CodePart[] {
  return moveAt(recipe, index, delta);
}

/** Swaps an element of a list with its neighbour; used for code parts and questions alike. */
export function moveAt<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  const next = [...list];
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return next;
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** One box per character, as on the paper form: the example code spaced out, e.g. "M A 0 7". */
export function codePreview(recipe: readonly CodePart[]): string {
  return recipe
    .map((part) => EXAMPLE[part])
    .join('')
    .split('')
    .join(' ');
}

/** How many boxes the code has. */
export function codeLength(recipe: readonly CodePart[]): number {
  return recipe.reduce((sum, part) => sum + CODE_PARTS[part].length, 0);
}
