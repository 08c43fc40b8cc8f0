import type { AnswerType } from '../../../../../shared/domain/questionnaires/templates';

/**
 * The labels a scale starts with when its answer type is chosen: the usual agreement scale (the same words
 * as the seeded pupil questionnaire, so that forms read alike) and two plain ends for 0–10. Printed forms and
 * analysis use whatever the coordinator leaves, these are only a starting point.
 */
const AGREE5 = {
  fr: ["Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"],
  en: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
};

/** Four points: no middle, so a pupil has to lean one way. */
const AGREE4 = {
  fr: ["Pas du tout d'accord", "Plutôt pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"],
  en: ['Strongly disagree', 'Disagree', 'Agree', 'Strongly agree'],
};

const SCALE_ENDS = {
  fr: ['Pas du tout', 'Tout à fait'],
  en: ['Not at all', 'Completely'],
};

const NONE = { fr: [] as string[], en: [] as string[] };

export function standardAnchors(answerType: AnswerType): { fr: string[]; en: string[] } {
  switch (answerType) {
    case 'likert5':
      return { fr: [...AGREE5.fr], en: [...AGREE5.en] };
    case 'likert4':
      return { fr: [...AGREE4.fr], en: [...AGREE4.en] };
    case 'scale_0_10':
      return { fr: [...SCALE_ENDS.fr], en: [...SCALE_ENDS.en] };
    default:
      return { fr: [...NONE.fr], en: [...NONE.en] };
  }
}

/** How many labels an answer type has (the server asks the same): its points, the two ends of 0–10, or none. */
export function anchorCount(answerType: AnswerType): number {
  return standardAnchors(answerType).fr.length;
}

/** Turning a score around only means something on an ordered scale (as the server checks). */
export function isReversible(answerType: AnswerType): boolean {
  return answerType === 'likert4' || answerType === 'likert5' || answerType === 'scale_0_10';
}
