import type { Knex } from 'knex';
import { addDays } from '../../shared/domain/dates';
import { proposePairs } from '../../shared/domain/questionnaires/pairing';

/** A stored pupil form and the simulated pupil who filled it in (known to the demo only). */
interface ReviewedForm {
  responseId: number;
  code: string;
  pupil: number;
}

export interface ReviewGroup {
  /** Day of the 'after' administration. */
  afterDate: string;
  before: readonly ReviewedForm[];
  after: readonly ReviewedForm[];
}

/**
 * The coordinator's review of the tolerant candidates, as it would have been done: a week after the 'after'
 * forms, candidates that really are one pupil (a miscopied code) accepted, the others rejected. Classes whose
 * 'after' forms are more recent than `reviewedBefore` are left to review, so the demo has pending ones.
 */
export async function reviewCandidates(db: Knex, groups: readonly ReviewGroup[], options: { reviewedBefore: string; decidedBy: number | null }): Promise<number> {
  const rows = groups
    .filter((group) => group.afterDate < options.reviewedBefore)
    .flatMap((group) => {
      const pupilOf = new Map([...group.before, ...group.after].map((form) => [form.responseId, form.pupil]));
      const proposal = proposePairs(group.before, group.after);
      return proposal.candidates.map((candidate) => ({
        before_response_id: candidate.before.responseId,
        after_response_id: candidate.after.responseId,
        accepted: pupilOf.get(candidate.before.responseId) === pupilOf.get(candidate.after.responseId),
        decided_by: options.decidedBy,
        decided_at: `${addDays(group.afterDate, 7)}T10:00:00.000Z`,
      }));
    });
  await db.batchInsert('questionnaire_pair_decisions', rows, 200);
  return rows.length;
}
