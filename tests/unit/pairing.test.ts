import { describe, expect, it } from 'vitest';
import {
  applyPairingDecisions,
  codeResemblance,
  normalizeCode,
  proposePairs,
  type CodedResponse,
  type PairingOutcome,
  type PairingProposal,
} from '../../shared/domain/questionnaires/pairing';

/** Responses numbered from `firstId`, one per code. */
const responses = (firstId: number, ...codes: string[]): CodedResponse[] =>
  codes.map((code, i) => ({ responseId: firstId + i, code }));

const candidatePairs = (proposal: PairingProposal) =>
  proposal.candidates.map((c) => [c.before.code, c.after.code, c.kind, c.position]);

function outcomeOf(result: ReturnType<typeof applyPairingDecisions>): PairingOutcome {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.outcome;
}

/** Every response is in exactly one of: an exact pair, a duplicate group, its side's unmatched list. */
function expectPartition(proposal: PairingProposal, before: CodedResponse[], after: CodedResponse[]): void {
  const place = (ids: number[]) => [...ids].sort((a, b) => a - b);
  const beforeIds = [
    ...proposal.exactPairs.map((p) => p.before),
    ...proposal.duplicates.filter((d) => d.phase === 'before').flatMap((d) => d.responseIds),
    ...proposal.unmatchedBefore.map((r) => r.responseId),
  ];
  const afterIds = [
    ...proposal.exactPairs.map((p) => p.after),
    ...proposal.duplicates.filter((d) => d.phase === 'after').flatMap((d) => d.responseIds),
    ...proposal.unmatchedAfter.map((r) => r.responseId),
  ];
  expect(place(beforeIds)).toEqual(place(before.map((r) => r.responseId)));
  expect(place(afterIds)).toEqual(place(after.map((r) => r.responseId)));
}

describe('normalizeCode', () => {
  it('trims, upper-cases, removes spaces and accents', () => {
    expect(normalizeCode('  ma 03 b ')).toBe('MA03B');
    expect(normalizeCode('Éloïse-12')).toBe('ELOISE-12');
    expect(normalizeCode('ç\u00A0a\tb\n')).toBe('CAB');
    expect(normalizeCode('\uFEFFab\u200Bc')).toBe('ABC');
  });

  it('folds look-alike forms and keeps punctuation', () => {
    expect(normalizeCode('ＭＡ１２')).toBe('MA12');
    expect(normalizeCode('a.b/c-d')).toBe('A.B/C-D');
    expect(normalizeCode('   ')).toBe('');
  });
});

describe('codeResemblance', () => {
  it('finds one character different', () => {
    expect(codeResemblance('MA0312', 'MA0212')).toEqual({ kind: 'oneCharacterDifferent', position: 3 });
    expect(codeResemblance('A', 'B')).toEqual({ kind: 'oneCharacterDifferent', position: 0 });
  });

  it('finds two adjacent characters swapped', () => {
    expect(codeResemblance('MA0312', 'MA3012')).toEqual({ kind: 'adjacentSwap', position: 2 });
    expect(codeResemblance('AB', 'BA')).toEqual({ kind: 'adjacentSwap', position: 0 });
  });

  it('rejects the rest: equal codes, non-adjacent swaps, two changes, other lengths', () => {
    expect(codeResemblance('MA0312', 'MA0312')).toBeNull();
    expect(codeResemblance('MA0312', 'MA2310')).toBeNull(); // positions 2 and 5 swapped: not adjacent
    expect(codeResemblance('MA0312', 'MB0313')).toBeNull(); // two characters different
    expect(codeResemblance('MA0312', 'MA03120')).toBeNull(); // one character added
    expect(codeResemblance('MA0312', 'MA032')).toBeNull(); // one character missing
    expect(codeResemblance('ABC', 'BCA')).toBeNull(); // rotation
    expect(codeResemblance('', '')).toBeNull();
  });

  it('counts characters, not UTF-16 units', () => {
    expect(codeResemblance('A😀B', 'A😁B')).toEqual({ kind: 'oneCharacterDifferent', position: 1 });
  });
});

describe('proposePairs', () => {
  it('pairs equal codes exactly, after normalisation', () => {
    const before = responses(1, 'ma03', 'LU07', 'Zoé 11');
    const after = responses(101, 'ZOE11', ' MA03 ', 'lu07');
    const proposal = proposePairs(before, after);
    expect(proposal.exactPairs).toEqual([
      { code: 'LU07', before: 2, after: 103 },
      { code: 'MA03', before: 1, after: 102 },
      { code: 'ZOE11', before: 3, after: 101 },
    ]);
    expect(proposal.candidates).toEqual([]);
    expect(proposal.unmatchedBefore).toEqual([]);
    expect(proposal.unmatchedAfter).toEqual([]);
    expect(proposal.matchRate).toBe(1);
    expectPartition(proposal, before, after);
  });

  it('never pairs a code written twice in one administration: it is a duplicate', () => {
    const before = responses(1, 'MA03', 'ma 03', 'LU07', 'XY99');
    const after = responses(101, 'MA03', 'LU07', 'XY99', 'xy99');
    const proposal = proposePairs(before, after);
    expect(proposal.exactPairs).toEqual([{ code: 'LU07', before: 3, after: 102 }]);
    expect(proposal.duplicates).toEqual([
      { phase: 'after', code: 'XY99', responseIds: [103, 104], sameCodeInOtherPhase: [4] },
      { phase: 'before', code: 'MA03', responseIds: [1, 2], sameCodeInOtherPhase: [101] },
    ]);
    // The single 'MA03' after and 'XY99' before stay unmatched, and are not candidates of each other.
    expect(proposal.unmatchedBefore).toEqual([{ responseId: 4, code: 'XY99' }]);
    expect(proposal.unmatchedAfter).toEqual([{ responseId: 101, code: 'MA03' }]);
    expect(proposal.candidates).toEqual([]);
    expect(proposal.matchRate).toBe(1 / 4);
    expectPartition(proposal, before, after);
  });

  it('lists a code one character off as a candidate, never as a pair', () => {
    const proposal = proposePairs(responses(1, 'MA0312'), responses(101, 'MA0212'));
    expect(proposal.exactPairs).toEqual([]);
    expect(proposal.candidates).toEqual([
      { before: { responseId: 1, code: 'MA0312' }, after: { responseId: 101, code: 'MA0212' }, kind: 'oneCharacterDifferent', position: 3 },
    ]);
    expect(proposal.unmatchedBefore).toHaveLength(1);
    expect(proposal.unmatchedAfter).toHaveLength(1);
    expect(proposal.matchRate).toBe(0);
  });

  it('lists an adjacent swap as a candidate', () => {
    const proposal = proposePairs(responses(1, 'LU0712'), responses(101, 'LU7012'));
    expect(candidatePairs(proposal)).toEqual([['LU0712', 'LU7012', 'adjacentSwap', 2]]);
  });

  it('does not list a non-adjacent swap nor a code of another length', () => {
    const proposal = proposePairs(responses(1, 'LU0712', 'MA0312'), responses(101, 'LU2710', 'MA031'));
    expect(proposal.candidates).toEqual([]);
    expect(proposal.unmatchedBefore.map((r) => r.code)).toEqual(['LU0712', 'MA0312']);
    expect(proposal.unmatchedAfter.map((r) => r.code)).toEqual(['LU2710', 'MA031']);
  });

  it('only looks for candidates among the responses left by exact pairing', () => {
    // 'MA0312' before pairs exactly; 'MA0313' after resembles it but it is taken.
    const proposal = proposePairs(responses(1, 'MA0312'), responses(101, 'MA0312', 'MA0313'));
    expect(proposal.exactPairs).toHaveLength(1);
    expect(proposal.candidates).toEqual([]);
    expect(proposal.unmatchedAfter).toEqual([{ responseId: 102, code: 'MA0313' }]);
  });

  it('lists every candidate of a code that has several, without choosing', () => {
    const before = responses(1, 'AB12', 'AB13');
    const after = responses(101, 'AB14', 'BA12');
    const proposal = proposePairs(before, after);
    expect(candidatePairs(proposal)).toEqual([
      ['AB12', 'AB14', 'oneCharacterDifferent', 3],
      ['AB12', 'BA12', 'adjacentSwap', 0],
      ['AB13', 'AB14', 'oneCharacterDifferent', 3],
    ]);
    expect(proposal.exactPairs).toEqual([]);
    expectPartition(proposal, before, after);
  });

  it('leaves unreadable codes unmatched, never duplicated nor candidates', () => {
    const before = responses(1, '', '  ', 'A');
    const after = responses(101, '', 'B');
    const proposal = proposePairs(before, after);
    expect(proposal.duplicates).toEqual([]);
    expect(proposal.exactPairs).toEqual([]);
    expect(candidatePairs(proposal)).toEqual([['A', 'B', 'oneCharacterDifferent', 0]]);
    expect(proposal.unmatchedBefore.map((r) => r.code)).toEqual(['', '', 'A']);
    expectPartition(proposal, before, after);
  });

  it('computes the match rate over the larger administration, and null for none', () => {
    const before = responses(1, ...Array.from({ length: 25 }, (_, i) => `P${i}`));
    const after = responses(101, ...Array.from({ length: 20 }, (_, i) => `P${i + 7}`)); // P7…P26: 18 in common
    expect(proposePairs(before, after).matchRate).toBe(18 / 25);
    expect(proposePairs(after, before).matchRate).toBe(18 / 25);
    expect(proposePairs([], []).matchRate).toBeNull();
    expect(proposePairs(responses(1, 'A'), []).matchRate).toBe(0);
  });

  it('refuses a response listed twice in one administration', () => {
    expect(() => proposePairs([{ responseId: 1, code: 'A' }, { responseId: 1, code: 'B' }], [])).toThrow(RangeError);
  });
});

describe('applyPairingDecisions', () => {
  // Exact: MA03. Candidates: AB12–AB14, AB12–BA12, AB13–AB14; LU07 before and ZZ99 after have none.
  const before = responses(1, 'MA03', 'AB12', 'AB13', 'LU07');
  const after = responses(101, 'MA03', 'AB14', 'BA12', 'ZZ99');
  const proposal = proposePairs(before, after);

  it('keeps exact pairs and adds accepted candidates, recomputing the match rate', () => {
    expect(proposal.matchRate).toBe(1 / 4);
    const outcome = outcomeOf(
      applyPairingDecisions(proposal, [
        { before: 2, after: 103, accept: true }, // AB12 – BA12
        { before: 3, after: 102, accept: true }, // AB13 – AB14
      ]),
    );
    expect(outcome.pairs).toEqual([
      { before: 1, after: 101, code: 'MA03', how: 'exact' },
      { before: 2, after: 103, code: 'AB12', how: 'accepted' },
      { before: 3, after: 102, code: 'AB13', how: 'accepted' },
    ]);
    // AB12 – AB14 had no decision and both of its responses were taken by the acceptances.
    expect(outcome.superseded.map((c) => [c.before.code, c.after.code])).toEqual([['AB12', 'AB14']]);
    expect(outcome.pending).toEqual([]);
    expect(outcome.unmatchedBefore).toEqual([{ responseId: 4, code: 'LU07' }]);
    expect(outcome.unmatchedAfter).toEqual([{ responseId: 104, code: 'ZZ99' }]);
    expect(outcome.matchRate).toBe(3 / 4);
  });

  it('leaves rejected and undecided candidates unpaired', () => {
    const outcome = outcomeOf(applyPairingDecisions(proposal, [{ before: 2, after: 102, accept: false }]));
    expect(outcome.pairs).toHaveLength(1);
    expect(outcome.rejected.map((c) => [c.before.code, c.after.code])).toEqual([['AB12', 'AB14']]);
    expect(outcome.pending.map((c) => [c.before.code, c.after.code])).toEqual([
      ['AB12', 'BA12'],
      ['AB13', 'AB14'],
    ]);
    expect(outcome.unmatchedBefore.map((r) => r.code)).toEqual(['AB12', 'AB13', 'LU07']);
    expect(outcome.matchRate).toBe(1 / 4);
  });

  it('with no decision, answers the proposal as it is', () => {
    const outcome = outcomeOf(applyPairingDecisions(proposal, []));
    expect(outcome.pairs).toEqual([{ before: 1, after: 101, code: 'MA03', how: 'exact' }]);
    expect(outcome.pending).toHaveLength(3);
    expect(outcome.matchRate).toBe(proposal.matchRate);
  });

  it('refuses an acceptance that would use a response twice', () => {
    const twice = [
      { before: 2, after: 102, accept: true }, // AB12 – AB14
      { before: 3, after: 102, accept: true }, // AB13 – AB14: AB14 again
    ];
    const result = applyPairingDecisions(proposal, twice);
    expect(result).toEqual({ ok: false, problems: [{ kind: 'responseUsedTwice', phase: 'after', responseId: 102, decisions: twice }] });

    const sameBefore = [
      { before: 2, after: 102, accept: true },
      { before: 2, after: 103, accept: true },
    ];
    expect(applyPairingDecisions(proposal, sameBefore)).toEqual({
      ok: false,
      problems: [{ kind: 'responseUsedTwice', phase: 'before', responseId: 2, decisions: sameBefore }],
    });
  });

  it('refuses decisions about non-candidates and contradictory decisions; repeats are harmless', () => {
    expect(applyPairingDecisions(proposal, [{ before: 1, after: 101, accept: true }])).toEqual({
      ok: false,
      problems: [{ kind: 'notACandidate', decision: { before: 1, after: 101, accept: true } }],
    });
    expect(applyPairingDecisions(proposal, [{ before: 4, after: 104, accept: true }]).ok).toBe(false);
    expect(
      applyPairingDecisions(proposal, [
        { before: 2, after: 103, accept: true },
        { before: 2, after: 103, accept: false },
      ]),
    ).toEqual({ ok: false, problems: [{ kind: 'contradictoryDecisions', before: 2, after: 103 }] });
    const repeated = outcomeOf(
      applyPairingDecisions(proposal, [
        { before: 2, after: 103, accept: true },
        { before: 2, after: 103, accept: true },
      ]),
    );
    expect(repeated.pairs).toHaveLength(2);
  });
});
