/**
 * Reviewing near-matching codes across classes (issue 17): every candidate of every class under review in one
 * sequence, walked with "Suivant" / "Précédent" and shown as "3 / 11", and the two forms of a candidate side
 * by side, question by question, with the differences marked. Pure.
 */
import type { PairingReview, ReviewCandidate } from '../../../../shared/domain/questionnaires/analysis';
import type { ResponseAnswer } from '../../../../shared/domain/questionnaires/responses';
import type { TemplateItem } from '../../../../shared/domain/questionnaires/templates';

export interface ReviewStop {
  /** The class's review, by the administration that opens it (before, or after when there is no before). */
  administrationId: number;
  /** `before-after` response ids. */
  candidateKey: string;
}

export const candidateKey = (candidate: Pick<ReviewCandidate, 'before' | 'after'>): string => `${candidate.before.responseId}-${candidate.after.responseId}`;

/** The candidates of the classes, class after class in the given order; a class not read yet adds nothing. */
export function reviewSequence(classes: readonly { administrationId: number; review: PairingReview | undefined }[]): ReviewStop[] {
  return classes.flatMap(({ administrationId, review }) =>
    (review?.candidates ?? []).map((candidate) => ({ administrationId, candidateKey: candidateKey(candidate) })),
  );
}

/** 0-based index of a stop in the sequence, or -1. */
export function stopIndex(sequence: readonly ReviewStop[], stop: ReviewStop | null): number {
  if (stop === null) return -1;
  return sequence.findIndex((candidate) => candidate.administrationId === stop.administrationId && candidate.candidateKey === stop.candidateKey);
}

/** The stop `delta` steps away (±1), or null at either end. */
export function stepFrom(sequence: readonly ReviewStop[], stop: ReviewStop | null, delta: 1 | -1): ReviewStop | null {
  const index = stopIndex(sequence, stop);
  if (index < 0) return null;
  return sequence[index + delta] ?? null;
}

/**
 * The stop to show in a class: the one asked for if it is there, else the class's first candidate still to
 * decide, else its first candidate; null for a class without candidates.
 */
export function stopIn(review: PairingReview, administrationId: number, wanted: string | null): ReviewStop | null {
  const chosen =
    review.candidates.find((candidate) => candidateKey(candidate) === wanted) ??
    review.candidates.find((candidate) => candidate.decision === null && !candidate.superseded) ??
    review.candidates[0];
  return chosen ? { administrationId, candidateKey: candidateKey(chosen) } : null;
}

/** One answer as the comparison shows it: not asked in that phase, not entered, no answer, a value, or a text. */
export type ComparedAnswer =
  | { kind: 'notAsked' }
  | { kind: 'notEntered' }
  | { kind: 'noAnswer' }
  | { kind: 'value'; value: number }
  | { kind: 'text'; text: string };

export interface ComparedItem {
  itemId: number;
  item: TemplateItem;
  before: ComparedAnswer;
  after: ComparedAnswer;
  /** Asked in both phases and answered differently (what the reviewer looks at). */
  differs: boolean;
}

const askedIn = (item: TemplateItem, phase: 'before' | 'after') => item.phase === 'both' || item.phase === phase;

function compared(item: TemplateItem, phase: 'before' | 'after', answers: readonly ResponseAnswer[]): ComparedAnswer {
  if (!askedIn(item, phase)) return { kind: 'notAsked' };
  const answer = answers.find((candidate) => candidate.itemId === item.id);
  if (!answer) return { kind: 'notEntered' };
  if (item.answerType === 'free_text') return answer.text === '' ? { kind: 'notEntered' } : { kind: 'text', text: answer.text };
  return answer.value === null ? { kind: 'noAnswer' } : { kind: 'value', value: answer.value };
}

function same(a: ComparedAnswer, b: ComparedAnswer): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'value' && b.kind === 'value') return a.value === b.value;
  if (a.kind === 'text' && b.kind === 'text') return a.text === b.text;
  return true;
}

/** The template's questions in paper order, each with the 'before' and the 'after' form's answer. */
export function compareAnswers(items: readonly TemplateItem[], before: readonly ResponseAnswer[], after: readonly ResponseAnswer[]): ComparedItem[] {
  return [...items]
    .sort((a, b) => a.position - b.position)
    .map((item) => {
      const left = compared(item, 'before', before);
      const right = compared(item, 'after', after);
      const differs = left.kind !== 'notAsked' && right.kind !== 'notAsked' && !same(left, right);
      return { itemId: item.id, item, before: left, after: right, differs };
    });
}
