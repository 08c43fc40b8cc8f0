/**
 * Pairing of anonymous pupil codes between the 'before' and the 'after' administration of one questionnaire,
 * within one class and one event. Pure: no Node or DOM API (runs in the renderer and in Node).
 *
 * 1. Codes are normalised (`normalizeCode`).
 * 2. Exact pairs: a code found exactly once before and exactly once after. A code found more than once in the
 *    same administration is never paired automatically: it is reported as a duplicate (someone corrects the
 *    code on the form and pairing runs again).
 * 3. Tolerant candidates, among the remaining responses only: codes of the same length that differ by exactly
 *    one character, or by two adjacent characters swapped. Every candidate is listed for a person to accept or
 *    reject; a code with several candidates lists them all and none is chosen automatically.
 * 4. The reviewer's decisions are applied by `applyPairingDecisions`, which refuses an acceptance that would
 *    use a response twice.
 *
 * Every response ends in exactly one of: an exact pair, a duplicate group, or its side's unmatched list
 * (candidates point into the unmatched lists).
 *
 * Match rate (reported beside every result):
 *
 *     matchRate = (exact pairs + accepted candidates) / max(responses before, responses after)
 *
 * The denominator counts every response of the administration, duplicates and unreadable codes included, so a
 * problem with codes lowers the rate rather than disappearing from it. It is the larger side because at most
 * min(before, after) pupils can be paired and pupils present only once (absent on one day) are also unpaired
 * pupils: with 25 forms before, 20 after and 18 pairs the rate is 18 / 25 = 72%. It is null when both
 * administrations are empty. Before review (`proposePairs`) only exact pairs count.
 */

export type Phase = 'before' | 'after';

/** One filled-in form of an administration, with the pupil code as written. */
export interface CodedResponse {
  readonly responseId: number;
  readonly code: string;
}

/** A response with its normalised code ('' when nothing readable was written). */
export interface NormalizedResponse {
  readonly responseId: number;
  readonly code: string;
}

export interface ExactPair {
  readonly code: string;
  readonly before: number;
  readonly after: number;
}

export interface DuplicateCode {
  readonly phase: Phase;
  readonly code: string;
  /** The responses of `phase` sharing this code (two or more). */
  readonly responseIds: readonly number[];
  /** Responses of the other administration with the same code (left unpaired too), to help the reviewer. */
  readonly sameCodeInOtherPhase: readonly number[];
}

/**
 * - `oneCharacterDifferent`: same length, exactly one position differs ("MA0312" / "MA0212").
 * - `adjacentSwap`: same length, two neighbouring characters swapped ("MA0312" / "MA3012").
 */
export type CandidateKind = 'oneCharacterDifferent' | 'adjacentSwap';

export interface CodeResemblance {
  readonly kind: CandidateKind;
  /** 0-based index (in characters) of the first differing position. */
  readonly position: number;
}

export interface PairCandidate extends CodeResemblance {
  readonly before: NormalizedResponse;
  readonly after: NormalizedResponse;
}

export interface PairingProposal {
  readonly counts: { readonly before: number; readonly after: number };
  readonly exactPairs: readonly ExactPair[];
  readonly duplicates: readonly DuplicateCode[];
  readonly candidates: readonly PairCandidate[];
  readonly unmatchedBefore: readonly NormalizedResponse[];
  readonly unmatchedAfter: readonly NormalizedResponse[];
  /** Exact pairs / max(counts.before, counts.after); null when both are 0. */
  readonly matchRate: number | null;
}

/** A reviewer's answer about one candidate, identified by its two responses. */
export interface PairingDecision {
  readonly before: number;
  readonly after: number;
  readonly accept: boolean;
}

export interface FinalPair {
  readonly before: number;
  readonly after: number;
  /** The normalised 'before' code (the 'after' one differs for an accepted candidate). */
  readonly code: string;
  readonly how: 'exact' | 'accepted';
}

export interface PairingOutcome {
  readonly counts: { readonly before: number; readonly after: number };
  /** Exact pairs first, then accepted candidates. */
  readonly pairs: readonly FinalPair[];
  readonly rejected: readonly PairCandidate[];
  /** Candidates without a decision whose two responses are both still free. */
  readonly pending: readonly PairCandidate[];
  /** Candidates without a decision one of whose responses was paired by another accepted candidate. */
  readonly superseded: readonly PairCandidate[];
  readonly duplicates: readonly DuplicateCode[];
  readonly unmatchedBefore: readonly NormalizedResponse[];
  readonly unmatchedAfter: readonly NormalizedResponse[];
  /** (exact pairs + accepted candidates) / max(counts.before, counts.after); null when both are 0. */
  readonly matchRate: number | null;
}

export type PairingDecisionProblem =
  /** Two accepted candidates share a response: `decisions` are the acceptances involved. */
  | { readonly kind: 'responseUsedTwice'; readonly phase: Phase; readonly responseId: number; readonly decisions: readonly PairingDecision[] }
  /** The decision names two responses that are not a candidate of this proposal (e.g. the codes changed since). */
  | { readonly kind: 'notACandidate'; readonly decision: PairingDecision }
  /** The same candidate is both accepted and rejected. */
  | { readonly kind: 'contradictoryDecisions'; readonly before: number; readonly after: number };

export type PairingDecisionResult =
  | { readonly ok: true; readonly outcome: PairingOutcome }
  | { readonly ok: false; readonly problems: readonly PairingDecisionProblem[] };

/**
 * The form a code is compared in:
 * - Unicode compatibility decomposition (NFKD) and removal of every combining mark: accents go ("é" → "E",
 *   "ç" → "C") and look-alike forms become plain ones (full-width "１" → "1", "ﬁ" → "FI");
 * - upper case (locale-independent; "ß" becomes "SS");
 * - every whitespace character removed, inside the code too, which also trims it (spaces, tabs, line breaks,
 *   no-break spaces, and the zero-width spaces and BOM that copying from online forms can leave).
 * Other characters (digits, hyphens, other punctuation) are kept as written: the code recipe decides them.
 */
export function normalizeCode(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]/gu, '');
}

/**
 * How two normalised codes resemble each other: one character different, or two adjacent characters swapped
 * (same length, and nothing else different); null when they are equal or resemble each other less.
 * Characters are Unicode code points.
 */
export function codeResemblance(a: string, b: string): CodeResemblance | null {
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length !== y.length || x.length === 0) return null;
  const differing: number[] = [];
  for (let i = 0; i < x.length; i += 1) {
    if (x[i] !== y[i]) {
      differing.push(i);
      if (differing.length > 2) return null;
    }
  }
  const [first, second] = differing;
  if (first === undefined) return null;
  if (second === undefined) return { kind: 'oneCharacterDifferent', position: first };
  if (second === first + 1 && x[first] === y[second] && x[second] === y[first]) return { kind: 'adjacentSwap', position: first };
  return null;
}

function normalizeAll(responses: readonly CodedResponse[], phase: Phase): NormalizedResponse[] {
  const seen = new Set<number>();
  return responses.map(({ responseId, code }) => {
    if (seen.has(responseId)) throw new RangeError(`proposePairs: response ${responseId} is listed twice in '${phase}'`);
    seen.add(responseId);
    return { responseId, code: normalizeCode(code) };
  });
}

/** Responses by normalised code (non-empty codes only), in input order. */
function byCode(responses: readonly NormalizedResponse[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const { responseId, code } of responses) {
    if (code === '') continue;
    const group = groups.get(code);
    if (group) group.push(responseId);
    else groups.set(code, [responseId]);
  }
  return groups;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function rate(paired: number, counts: { before: number; after: number }): number | null {
  const denominator = Math.max(counts.before, counts.after);
  return denominator === 0 ? null : paired / denominator;
}

/** Exact pairs, duplicates, tolerant candidates and unmatched responses of one class and event. */
export function proposePairs(before: readonly CodedResponse[], after: readonly CodedResponse[]): PairingProposal {
  const sides = { before: normalizeAll(before, 'before'), after: normalizeAll(after, 'after') };
  const groups = { before: byCode(sides.before), after: byCode(sides.after) };
  const counts = { before: sides.before.length, after: sides.after.length };

  const exactPairs: ExactPair[] = [];
  const duplicates: DuplicateCode[] = [];
  const settled = { before: new Set<number>(), after: new Set<number>() };

  for (const phase of ['before', 'after'] as const) {
    const other = phase === 'before' ? 'after' : 'before';
    for (const [code, ids] of groups[phase]) {
      if (ids.length < 2) continue;
      duplicates.push({ phase, code, responseIds: ids, sameCodeInOtherPhase: groups[other].get(code) ?? [] });
      ids.forEach((id) => settled[phase].add(id));
    }
  }
  for (const [code, ids] of groups.before) {
    const partners = groups.after.get(code);
    if (ids.length === 1 && partners?.length === 1) {
      const [beforeId] = ids as [number];
      const [afterId] = partners as [number];
      exactPairs.push({ code, before: beforeId, after: afterId });
      settled.before.add(beforeId);
      settled.after.add(afterId);
    }
  }
  exactPairs.sort((a, b) => compareText(a.code, b.code));
  duplicates.sort((a, b) => compareText(a.phase, b.phase) || compareText(a.code, b.code));

  const unmatchedBefore = sides.before.filter((r) => !settled.before.has(r.responseId));
  const unmatchedAfter = sides.after.filter((r) => !settled.after.has(r.responseId));
  const candidates: PairCandidate[] = [];
  for (const b of unmatchedBefore) {
    for (const a of unmatchedAfter) {
      const resemblance = codeResemblance(b.code, a.code);
      if (resemblance) candidates.push({ before: b, after: a, ...resemblance });
    }
  }
  candidates.sort(
    (x, y) =>
      compareText(x.before.code, y.before.code) ||
      x.before.responseId - y.before.responseId ||
      compareText(x.after.code, y.after.code) ||
      x.after.responseId - y.after.responseId,
  );

  return {
    counts,
    exactPairs,
    duplicates,
    candidates,
    unmatchedBefore,
    unmatchedAfter,
    matchRate: rate(exactPairs.length, counts),
  };
}

/** A stable key for a candidate or a decision: its 'before' and 'after' response ids. */
export function candidateKey(pair: { readonly before: number; readonly after: number }): string {
  return `${pair.before}>${pair.after}`;
}

/**
 * The final pairs once a person has reviewed the candidates. Refuses (ok: false, with every problem found)
 * an acceptance that would use a response twice, a decision about two responses that are not a candidate,
 * and a candidate both accepted and rejected. Repeating the same decision is harmless. Candidates without a
 * decision stay `pending` (or `superseded` when an accepted candidate took one of their responses); the
 * responses of rejected and pending candidates stay unmatched.
 */
export function applyPairingDecisions(
  proposal: PairingProposal,
  decisions: readonly PairingDecision[],
): PairingDecisionResult {
  const candidatesByKey = new Map(proposal.candidates.map((c) => [candidateKey({ before: c.before.responseId, after: c.after.responseId }), c]));
  const problems: PairingDecisionProblem[] = [];
  const accepted = new Map<string, PairingDecision>();
  const rejected = new Map<string, PairingDecision>();

  for (const decision of decisions) {
    const key = candidateKey(decision);
    if (!candidatesByKey.has(key)) {
      problems.push({ kind: 'notACandidate', decision });
      continue;
    }
    (decision.accept ? accepted : rejected).set(key, decision);
  }
  for (const key of accepted.keys()) {
    if (rejected.has(key)) {
      const { before, after } = accepted.get(key) as PairingDecision;
      problems.push({ kind: 'contradictoryDecisions', before, after });
    }
  }
  for (const phase of ['before', 'after'] as const) {
    const uses = new Map<number, PairingDecision[]>();
    for (const decision of accepted.values()) {
      const list = uses.get(decision[phase]);
      if (list) list.push(decision);
      else uses.set(decision[phase], [decision]);
    }
    for (const [responseId, list] of uses) {
      if (list.length > 1) problems.push({ kind: 'responseUsedTwice', phase, responseId, decisions: list });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const pairs: FinalPair[] = proposal.exactPairs.map((p) => ({ before: p.before, after: p.after, code: p.code, how: 'exact' }));
  const used = { before: new Set<number>(), after: new Set<number>() };
  const rejectedCandidates: PairCandidate[] = [];
  const undecided: PairCandidate[] = [];
  for (const [key, candidate] of candidatesByKey) {
    if (accepted.has(key)) {
      pairs.push({ before: candidate.before.responseId, after: candidate.after.responseId, code: candidate.before.code, how: 'accepted' });
      used.before.add(candidate.before.responseId);
      used.after.add(candidate.after.responseId);
    } else if (rejected.has(key)) {
      rejectedCandidates.push(candidate);
    } else {
      undecided.push(candidate);
    }
  }
  const isFree = (c: PairCandidate) => !used.before.has(c.before.responseId) && !used.after.has(c.after.responseId);

  return {
    ok: true,
    outcome: {
      counts: proposal.counts,
      pairs,
      rejected: rejectedCandidates,
      pending: undecided.filter(isFree),
      superseded: undecided.filter((c) => !isFree(c)),
      duplicates: proposal.duplicates,
      unmatchedBefore: proposal.unmatchedBefore.filter((r) => !used.before.has(r.responseId)),
      unmatchedAfter: proposal.unmatchedAfter.filter((r) => !used.after.has(r.responseId)),
      matchRate: rate(pairs.length, proposal.counts),
    },
  };
}
