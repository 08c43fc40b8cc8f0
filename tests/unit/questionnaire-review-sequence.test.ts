import { describe, expect, it } from 'vitest';
import {
  compareAnswers,
  reviewSequence,
  stepFrom,
  stopIn,
  stopIndex,
} from '../../renderer/features/questionnaires/results/review-sequence';
import type { PairingReview, ReviewCandidate } from '../../shared/domain/questionnaires/analysis';
import type { TemplateItem } from '../../shared/domain/questionnaires/templates';

/** Issue 17: the pairs of every class walked in one sequence, and the two forms compared question by question. */
function candidate(before: number, after: number, decision: ReviewCandidate['decision'] = null): ReviewCandidate {
  return { before: { responseId: before, code: `B${before}` }, after: { responseId: after, code: `A${after}` }, kind: 'oneCharacterDifferent', position: 0, decision, superseded: false };
}

function review(candidates: ReviewCandidate[]): PairingReview {
  return {
    templateId: 1,
    eventId: 1,
    classId: 1,
    className: '5A',
    eventTitle: 'Atelier',
    beforeAdministrationId: 1,
    afterAdministrationId: 2,
    counts: { before: 0, after: 0 },
    exactPairs: [],
    candidates,
    duplicates: [],
    unmatchedBefore: [],
    unmatchedAfter: [],
    matchRate: null,
  };
}

describe('the sequence of pairs across classes', () => {
  const classA = review([candidate(1, 11, 'accepted'), candidate(2, 12)]);
  const classB = review([]);
  const classC = review([candidate(3, 13)]);
  const sequence = reviewSequence([
    { administrationId: 10, review: classA },
    { administrationId: 20, review: classB },
    { administrationId: 30, review: classC },
    { administrationId: 40, review: undefined },
  ]);

  it('lists every candidate, class after class; a class without candidates or not read yet adds nothing', () => {
    expect(sequence).toEqual([
      { administrationId: 10, candidateKey: '1-11' },
      { administrationId: 10, candidateKey: '2-12' },
      { administrationId: 30, candidateKey: '3-13' },
    ]);
  });

  it('steps to the next class after the last pair of one, and stops at either end', () => {
    expect(stepFrom(sequence, sequence[1]!, 1)).toEqual({ administrationId: 30, candidateKey: '3-13' });
    expect(stepFrom(sequence, sequence[2]!, -1)).toEqual({ administrationId: 10, candidateKey: '2-12' });
    expect(stepFrom(sequence, sequence[2]!, 1)).toBeNull();
    expect(stepFrom(sequence, sequence[0]!, -1)).toBeNull();
    expect(stopIndex(sequence, { administrationId: 30, candidateKey: '3-13' })).toBe(2);
    expect(stopIndex(sequence, null)).toBe(-1);
  });

  it("opens a class on the pair asked for, else on its first pair still to decide, else its first", () => {
    expect(stopIn(classA, 10, '1-11')).toEqual({ administrationId: 10, candidateKey: '1-11' });
    expect(stopIn(classA, 10, null)).toEqual({ administrationId: 10, candidateKey: '2-12' });
    expect(stopIn(classA, 10, '9-99')).toEqual({ administrationId: 10, candidateKey: '2-12' });
    expect(stopIn(review([candidate(1, 11, 'rejected')]), 10, null)).toEqual({ administrationId: 10, candidateKey: '1-11' });
    expect(stopIn(classB, 20, null)).toBeNull();
  });
});

describe('the two forms side by side', () => {
  const item = (id: number, position: number, phase: TemplateItem['phase'], answerType: TemplateItem['answerType'] = 'likert5'): TemplateItem => ({
    id,
    position,
    dimension: 'other',
    answerType,
    reverseKeyed: false,
    wordingFr: `Q${id}`,
    wordingEn: '',
    phase,
    anchorsFr: [],
    anchorsEn: [],
    choices: [],
  });
  const items = [item(3, 3, 'after', 'free_text'), item(1, 1, 'both'), item(2, 2, 'both'), item(4, 4, 'before')];

  it('goes question by question in paper order, marking only answers that differ on questions asked both times', () => {
    const rows = compareAnswers(
      items,
      [
        { itemId: 1, value: 4, text: '' },
        { itemId: 2, value: null, text: '' },
        { itemId: 4, value: 2, text: '' },
      ],
      [
        { itemId: 1, value: 5, text: '' },
        { itemId: 2, value: null, text: '' },
        { itemId: 3, value: null, text: 'Super' },
      ],
    );
    expect(rows.map((row) => [row.itemId, row.before, row.after, row.differs])).toEqual([
      [1, { kind: 'value', value: 4 }, { kind: 'value', value: 5 }, true],
      [2, { kind: 'noAnswer' }, { kind: 'noAnswer' }, false],
      [3, { kind: 'notAsked' }, { kind: 'text', text: 'Super' }, false],
      [4, { kind: 'value', value: 2 }, { kind: 'notAsked' }, false],
    ]);
  });

  it('tells "not entered" from "no answer", and counts it as a difference', () => {
    const rows = compareAnswers([item(1, 1, 'both')], [], [{ itemId: 1, value: null, text: '' }]);
    expect(rows[0]).toMatchObject({ before: { kind: 'notEntered' }, after: { kind: 'noAnswer' }, differs: true });
  });
});
