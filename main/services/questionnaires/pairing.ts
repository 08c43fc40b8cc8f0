import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { conflict, notFound } from '../../errors';
import { readDecisions, readForms, type FormRow } from './answers-read';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { PairingReview, ReviewCandidate } from '../../../shared/domain/questionnaires/analysis';
import {
  applyPairingDecisions,
  candidateKey,
  proposePairs,
  type FinalPair,
  type PairingDecision,
  type PairingOutcome,
  type PairingProposal,
} from '../../../shared/domain/questionnaires/pairing';

/**
 * Pairing of 'before' and 'after' forms within one class and one event (issue 5, point 3): exact codes,
 * then tolerant candidates a coordinator accepts or rejects. Decisions are stored per pair of forms
 * (questionnaire_pair_decisions); a decision that no longer names a candidate (a code was corrected, a form
 * added) is ignored, not an error. Codes never go to the log or the audit.
 */

export type DecidePairInput = ParsedInputOf<'questionnaireResults', 'decidePair'>;

/** The administrations of one (template, event, class): where pairs are made. */
export interface PairingGroup {
  readonly beforeAdministrationId: number | null;
  readonly afterAdministrationId: number | null;
}

export interface GroupPairing {
  readonly proposal: PairingProposal;
  readonly outcome: PairingOutcome;
  /** The decisions that count: about current candidates, and consistent with each other. */
  readonly decisions: readonly PairingDecision[];
  /** Exact pairs and accepted candidates, by response id. */
  readonly pairs: readonly FinalPair[];
  readonly counts: { readonly before: number; readonly after: number };
  /** Candidates nobody has decided about whose forms are both still free. */
  readonly pendingCandidates: number;
}

/**
 * The final pairs of one group from its forms and the stored decisions. Stale decisions are dropped; so are
 * acceptances that, after codes changed, would use a form twice (they become undecided again).
 */
function pairGroup(group: PairingGroup, forms: readonly FormRow[], stored: readonly PairingDecision[]): GroupPairing {
  const side = (administrationId: number | null) =>
    forms.filter((form) => form.administration_id === administrationId).map((form) => ({ responseId: form.id, code: form.code }));
  const proposal = proposePairs(side(group.beforeAdministrationId), side(group.afterAdministrationId));
  const current = new Set(proposal.candidates.map((c) => candidateKey({ before: c.before.responseId, after: c.after.responseId })));
  let decisions = stored.filter((decision) => current.has(candidateKey(decision)));
  let result = applyPairingDecisions(proposal, decisions);
  if (!result.ok) {
    const clashing = new Set(result.problems.flatMap((problem) => (problem.kind === 'responseUsedTwice' ? problem.decisions.map(candidateKey) : [])));
    decisions = decisions.filter((decision) => !(decision.accept && clashing.has(candidateKey(decision))));
    result = applyPairingDecisions(proposal, decisions);
    if (!result.ok) throw new Error('pairGroup: stored decisions stay inconsistent');
  }
  const outcome = result.outcome;
  return { proposal, outcome, decisions, pairs: outcome.pairs, counts: outcome.counts, pendingCandidates: outcome.pending.length };
}

/** Pairs many groups with two bulk queries (forms and decisions of every administration involved). */
export async function pairGroups<G extends PairingGroup>(db: Db, groups: readonly G[]): Promise<Map<G, GroupPairing>> {
  const administrationIds = groups.flatMap((g) => [g.beforeAdministrationId, g.afterAdministrationId]).filter((id): id is number => id !== null);
  const forms = await readForms(db, administrationIds);
  const decisions = await readDecisions(db, administrationIds);
  const formsByAdministration = new Map<number, FormRow[]>();
  for (const form of forms) {
    const list = formsByAdministration.get(form.administration_id);
    if (list) list.push(form);
    else formsByAdministration.set(form.administration_id, [form]);
  }
  const decisionsByBefore = new Map<number, PairingDecision[]>();
  for (const decision of decisions) {
    const list = decisionsByBefore.get(decision.before);
    if (list) list.push(decision);
    else decisionsByBefore.set(decision.before, [decision]);
  }
  const result = new Map<G, GroupPairing>();
  for (const group of groups) {
    const groupForms = [
      ...(formsByAdministration.get(group.beforeAdministrationId ?? -1) ?? []),
      ...(formsByAdministration.get(group.afterAdministrationId ?? -1) ?? []),
    ];
    const groupDecisions = groupForms.flatMap((form) => decisionsByBefore.get(form.id) ?? []);
    result.set(group, pairGroup(group, groupForms, groupDecisions));
  }
  return result;
}

interface AdministrationInfo {
  id: number;
  template_id: number;
  event_id: number;
  class_id: number;
  phase: 'before' | 'after';
}

interface GroupInfo extends PairingGroup {
  templateId: number;
  eventId: number;
  classId: number;
  className: string;
  eventTitle: string;
}

async function groupOf(db: Db, administration: AdministrationInfo): Promise<GroupInfo> {
  const siblings: { id: number; phase: 'before' | 'after' }[] = await db('questionnaire_administrations')
    .where({ template_id: administration.template_id, event_id: administration.event_id, class_id: administration.class_id })
    .select('id', 'phase');
  const schoolClass: { name: string } = await db('school_classes').where({ id: administration.class_id }).first('name');
  const event: { title: string } = await db('events').where({ id: administration.event_id }).first('title');
  return {
    templateId: administration.template_id,
    eventId: administration.event_id,
    classId: administration.class_id,
    className: schoolClass.name,
    eventTitle: event.title,
    beforeAdministrationId: siblings.find((s) => s.phase === 'before')?.id ?? null,
    afterAdministrationId: siblings.find((s) => s.phase === 'after')?.id ?? null,
  };
}

function review(group: GroupInfo, pairing: GroupPairing): PairingReview {
  const { proposal, outcome, decisions } = pairing;
  const decided = new Map(decisions.map((decision) => [candidateKey(decision), decision.accept]));
  const superseded = new Set(outcome.superseded.map((c) => candidateKey({ before: c.before.responseId, after: c.after.responseId })));
  const candidates: ReviewCandidate[] = proposal.candidates.map((candidate) => {
    const key = candidateKey({ before: candidate.before.responseId, after: candidate.after.responseId });
    const accept = decided.get(key);
    return {
      before: { responseId: candidate.before.responseId, code: candidate.before.code },
      after: { responseId: candidate.after.responseId, code: candidate.after.code },
      kind: candidate.kind,
      position: candidate.position,
      decision: accept === undefined ? null : accept ? 'accepted' : 'rejected',
      superseded: superseded.has(key),
    };
  });
  return {
    templateId: group.templateId,
    eventId: group.eventId,
    classId: group.classId,
    className: group.className,
    eventTitle: group.eventTitle,
    beforeAdministrationId: group.beforeAdministrationId,
    afterAdministrationId: group.afterAdministrationId,
    counts: outcome.counts,
    exactPairs: proposal.exactPairs.map(({ code, before, after }) => ({ code, before, after })),
    candidates,
    duplicates: proposal.duplicates.map(({ phase, code, responseIds }) => ({ phase, code, responseIds })),
    unmatchedBefore: outcome.unmatchedBefore.map(({ responseId, code }) => ({ responseId, code })),
    unmatchedAfter: outcome.unmatchedAfter.map(({ responseId, code }) => ({ responseId, code })),
    matchRate: outcome.matchRate,
  };
}

async function reviewOf(db: Db, group: GroupInfo): Promise<PairingReview> {
  const pairing = (await pairGroups(db, [group])).get(group)!;
  return review(group, pairing);
}

const ADMINISTRATION_COLUMNS = ['id', 'template_id', 'event_id', 'class_id', 'phase'] as const;

/** The pairing review of the class and event of an administration (either phase). */
export async function pairingReview(db: Db, administrationId: number): Promise<PairingReview> {
  const administration: AdministrationInfo | undefined = await db('questionnaire_administrations').where({ id: administrationId }).first(...ADMINISTRATION_COLUMNS);
  if (!administration) throw notFound('administration');
  return reviewOf(db, await groupOf(db, administration));
}

/**
 * Accepts or rejects a tolerant candidate, or takes the decision back. CONFLICT `notACandidate` when the two
 * forms are not a current candidate of one class, event and template; CONFLICT `responseAlreadyPaired` when
 * accepting would use a form that another accepted candidate already pairs.
 */
export async function decidePair({ db, userId, now }: ServiceContext, input: DecidePairInput): Promise<PairingReview> {
  const forms: (AdministrationInfo & { response_id: number })[] = await db('questionnaire_responses as r')
    .join('questionnaire_administrations as a', 'a.id', 'r.administration_id')
    .whereIn('r.id', [input.beforeResponseId, input.afterResponseId])
    .select('r.id as response_id', ...ADMINISTRATION_COLUMNS.map((column) => `a.${column}`));
  const before = forms.find((form) => form.response_id === input.beforeResponseId);
  const after = forms.find((form) => form.response_id === input.afterResponseId);
  if (!before || !after) throw notFound('response');
  const sameGroup = before.template_id === after.template_id && before.event_id === after.event_id && before.class_id === after.class_id;
  if (!sameGroup || before.phase !== 'before' || after.phase !== 'after') throw conflict('notACandidate');

  const group = await groupOf(db, before);
  const pairing = (await pairGroups(db, [group])).get(group)!;
  const target = { before: before.response_id, after: after.response_id };
  const key = candidateKey(target);
  if (!pairing.proposal.candidates.some((c) => candidateKey({ before: c.before.responseId, after: c.after.responseId }) === key)) {
    throw conflict('notACandidate');
  }

  const row = { before_response_id: target.before, after_response_id: target.after };
  if (input.decision === 'undecided') {
    await db('questionnaire_pair_decisions').where(row).delete();
  } else {
    const accept = input.decision === 'accept';
    const others = pairing.decisions.filter((decision) => candidateKey(decision) !== key);
    const checked = applyPairingDecisions(pairing.proposal, [...others, { ...target, accept }]);
    if (!checked.ok) {
      if (checked.problems.some((problem) => problem.kind === 'responseUsedTwice')) throw conflict('responseAlreadyPaired');
      throw conflict('notACandidate');
    }
    await db('questionnaire_pair_decisions')
      .insert({ ...row, accepted: accept, decided_by: userId, decided_at: now.toISOString() })
      .onConflict(['before_response_id', 'after_response_id'])
      .merge(['accepted', 'decided_by', 'decided_at']);
  }
  return reviewOf(db, group);
}
