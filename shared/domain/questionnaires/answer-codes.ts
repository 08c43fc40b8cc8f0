/**
 * Answers an online form exports as codes, and the questions that share one scale (issue 17 point 6). LimeSurvey
 * writes the code of the option ticked ("A1"…"A5", "AO01"…"AO05" in recent versions) unless asked for the
 * full answers; those codes follow the order the options were listed in, lowest first like the template's
 * anchors. Pure functions: the import service proposes a reading with them, the wizard applies one reading to
 * every question of a scale.
 */
import type { TemplateItem } from './templates';

type ScaleItem = Pick<TemplateItem, 'answerType' | 'anchorsFr' | 'choices'>;

/**
 * The values of a scale in the order its points are shown, lowest first: Likert 1…4 or 1…5, 0…10, the options of
 * a single choice as listed. Empty for free text and yes/no (LimeSurvey writes Y/N there, read as Oui/Non).
 */
export function orderedScaleValues(item: ScaleItem): number[] {
  switch (item.answerType) {
    case 'likert4':
      return [1, 2, 3, 4];
    case 'likert5':
      return [1, 2, 3, 4, 5];
    case 'scale_0_10':
      return Array.from({ length: 11 }, (_, value) => value);
    case 'single_choice':
      return item.choices.map((choice) => choice.value);
    case 'yes_no':
    case 'free_text':
      return [];
  }
}

/**
 * What makes two questions read their answers the same way: the answer type and the anchors (or options) the
 * pupil saw. Questions with the same key take one label → value reading; null when the item has no scale.
 */
export function scaleKey(item: ScaleItem): string | null {
  if (item.answerType === 'free_text') return null;
  const words = item.answerType === 'single_choice' ? item.choices.map((choice) => `${choice.value}=${choice.labelFr}`) : item.anchorsFr;
  return `${item.answerType}|${words.map((word) => word.trim().toLowerCase()).join('|')}`;
}

/** A code: letters (maybe none) then a number, as LimeSurvey numbers answer options ("A3", "AO03", "3"). */
const CODE = /^([A-Za-z]{0,3})(\d{1,3})$/;

/**
 * The reading of a list of answer codes onto a scale of `length` points, in order, or null when the labels are
 * not such codes: all one prefix (case aside; at least one letter, as plain numbers are values already), numbers
 * 1…length (or 0…length−1 when a 0 is among them), no two labels for one number. Returns each point's code in
 * the file's spelling (the width of its number kept) and its position 0…length−1.
 */
export function readAnswerCodes(labels: readonly string[], length: number): { code: string; point: number }[] | null {
  if (labels.length === 0 || length < 2) return null;
  const parsed = labels.map((label) => CODE.exec(label.trim()));
  if (parsed.some((match) => match === null)) return null;
  const matches = parsed as RegExpExecArray[];
  const prefix = (matches[0]?.[1] ?? '').toUpperCase();
  if (prefix === '' || matches.some((match) => (match[1] ?? '').toUpperCase() !== prefix)) return null;
  const numbers = matches.map((match) => Number(match[2]));
  if (new Set(numbers).size !== numbers.length) return null;
  const base = numbers.includes(0) ? 0 : 1;
  if (numbers.some((number) => number - base >= length)) return null;
  const width = matches[0]?.[2]?.length ?? 1;
  const spelling = matches[0]?.[1] ?? prefix;
  const padded = matches.every((match) => (match[2]?.length ?? 0) === width);
  return Array.from({ length }, (_, point) => {
    const number = String(point + base);
    return { code: `${spelling}${padded ? number.padStart(width, '0') : number}`, point };
  });
}

/** Answer codes proposed for every question of one scale: the user confirms the reading once for all of them. */
export interface AnswerCodeProposal {
  /** The questions whose columns hold these codes, in the template's order. */
  itemIds: number[];
  /** Each code of the scale, lowest point first, with the value it reads as. */
  codes: { code: string; value: number }[];
}

/**
 * The codes to propose: for each scale, the labels of its questions that nothing explains yet, if together they
 * are one list of codes the scale's length (A1…A5 for a 5-point agreement scale). Labels are given per question
 * (its mapped column's unknown labels); a scale whose unknown labels are not all codes gets no proposal.
 */
export function proposeAnswerCodes(items: readonly (ScaleItem & Pick<TemplateItem, 'id' | 'position'>)[], unknownByItem: ReadonlyMap<number, readonly string[]>): AnswerCodeProposal[] {
  const groups = new Map<string, { item: ScaleItem & Pick<TemplateItem, 'id' | 'position'>; labels: readonly string[] }[]>();
  for (const item of [...items].sort((a, b) => a.position - b.position)) {
    const labels = unknownByItem.get(item.id) ?? [];
    const key = scaleKey(item);
    if (labels.length === 0 || key === null || orderedScaleValues(item).length === 0) continue;
    groups.set(key, [...(groups.get(key) ?? []), { item, labels }]);
  }
  const proposals: AnswerCodeProposal[] = [];
  for (const members of groups.values()) {
    const first = members[0]!.item;
    const values = orderedScaleValues(first);
    const labels = [...new Set(members.flatMap((member) => member.labels.map((label) => label.trim())))];
    const codes = readAnswerCodes(labels, values.length);
    if (!codes) continue;
    proposals.push({ itemIds: members.map((member) => member.item.id), codes: codes.map(({ code, point }) => ({ code, value: values[point]! })) });
  }
  return proposals;
}
