// The pairing review of one class at one event (questionnaireResults/pairing and decidePair) through
// dispatch: exact pairs, tolerant candidates accepted / rejected / taken back, superseded candidates,
// conflicts with their reasons, a corrected code dropping its decision, and accepted pairs counted by the
// analysis. Access by role is tested centrally (tests/api/access.test.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { ok, useTestCore } from '../helpers/api';
import { addClass, addSchool } from '../helpers/school-fixtures';
import { administerBoth, createEvent, pupilCode, saveForm, seededTemplates } from '../helpers/questionnaire-results-fixtures';
import type { PairingReview } from '../../shared/domain/questionnaires/analysis';
import type { QuestionnaireTemplate } from '../../shared/domain/questionnaires/templates';

const setup = useTestCore(['coordinator']);
let pupil: QuestionnaireTemplate;
let school: number;
let classA: number;
let eventId: number;
let admin: { before: number; after: number };
/** Form ids by label. */
const form: Record<string, number> = {};

const BEFORE: Record<string, string> = { b1: 'AB01', b2: 'CD02', b3: 'EF03', b4: 'GH04', b5: 'MN07', b6: '', b7: 'PQ08' };
const AFTER: Record<string, string> = { a1: 'ab01', a2: 'CD02', a3: 'EF13', a4: 'HG04', a5: 'MN08', a6: 'MO07', a7: '', a8: 'XY09' };

beforeEach(async () => {
  const { core, api } = setup;
  ({ pupil } = await seededTemplates(api));
  school = await addSchool(core.db, 'École communale de Droixhe');
  classA = await addClass(core.db, school, '5e primaire A');
  eventId = await createEvent(api, school, [classA], '2026-12-03');
  admin = await administerBoth(api, pupil.id, eventId, classA, '2026-12-03');
  for (const [label, code] of Object.entries(BEFORE)) form[label] = await saveForm(api, admin.before, code);
  for (const [label, code] of Object.entries(AFTER)) form[label] = await saveForm(api, admin.after, code);
});

const review = async (administrationId = admin.before) => ok(await setup.api.questionnaireResults.pairing({ administrationId }));
const decide = (before: string, after: string, decision: 'accept' | 'reject' | 'undecided') =>
  setup.api.questionnaireResults.decidePair({ beforeResponseId: form[before]!, afterResponseId: form[after]!, decision });
const candidate = (r: PairingReview, before: string, after: string) => r.candidates.find((c) => c.before.responseId === form[before] && c.after.responseId === form[after]);
const ids = (list: readonly { responseId: number }[]) => list.map((entry) => entry.responseId).sort((x, y) => x - y);
const formIds = (...labels: string[]) => labels.map((label) => form[label]!).sort((x, y) => x - y);

describe('pairing review', () => {
  it('lists exact pairs, tolerant candidates and unmatched forms, from either administration', async () => {
    const { api } = setup;
    const r = await review();
    expect(r).toMatchObject({ templateId: pupil.id, eventId, classId: classA, className: '5e primaire A', eventTitle: 'Atelier « Préjugés »', beforeAdministrationId: admin.before, afterAdministrationId: admin.after, counts: { before: 7, after: 8 } });
    expect(r.exactPairs).toEqual([{ code: 'AB01', before: form.b1, after: form.a1 }, { code: 'CD02', before: form.b2, after: form.a2 }]);
    expect(r.candidates.map((c) => [c.before.code, c.after.code, c.kind, c.position, c.decision, c.superseded])).toEqual([
      ['EF03', 'EF13', 'oneCharacterDifferent', 2, null, false],
      ['GH04', 'HG04', 'adjacentSwap', 0, null, false],
      ['MN07', 'MN08', 'oneCharacterDifferent', 3, null, false],
      ['MN07', 'MO07', 'oneCharacterDifferent', 1, null, false],
    ]);
    // Codes are unique per administration (the database refuses a second one), so no duplicate can arise.
    expect(r.duplicates).toEqual([]);
    expect(ids(r.unmatchedBefore)).toEqual(formIds('b3', 'b4', 'b5', 'b6', 'b7'));
    expect(ids(r.unmatchedAfter)).toEqual(formIds('a3', 'a4', 'a5', 'a6', 'a7', 'a8'));
    expect(r.matchRate).toBe(2 / 8);
    expect(await review(admin.after)).toEqual(r);
    expect(await api.questionnaireResults.pairing({ administrationId: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.administration' } });
  });

  it('accepts, rejects and takes back decisions; an acceptance supersedes the other candidates of its forms', async () => {
    const { core } = setup;
    const accepted = ok(await decide('b3', 'a3', 'accept'));
    expect(candidate(accepted, 'b3', 'a3')).toMatchObject({ decision: 'accepted', superseded: false });
    expect(accepted.matchRate).toBe(3 / 8);
    expect(ids(accepted.unmatchedBefore)).toEqual(formIds('b4', 'b5', 'b6', 'b7'));

    const rejected = ok(await decide('b4', 'a4', 'reject'));
    expect(candidate(rejected, 'b4', 'a4')).toMatchObject({ decision: 'rejected' });
    expect(ids(rejected.unmatchedBefore)).toContain(form.b4);
    expect(rejected.matchRate).toBe(3 / 8);

    const mn = ok(await decide('b5', 'a5', 'accept'));
    expect(candidate(mn, 'b5', 'a5')).toMatchObject({ decision: 'accepted', superseded: false });
    expect(candidate(mn, 'b5', 'a6')).toMatchObject({ decision: null, superseded: true });
    expect(mn.matchRate).toBe(4 / 8);

    // Accepting the other candidate of MN07 would pair that form twice.
    expect(await decide('b5', 'a6', 'accept')).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'responseAlreadyPaired' } });
    // Changing one's mind: reject instead of accept (an update, not a second row), then take it back.
    expect(candidate(ok(await decide('b3', 'a3', 'reject')), 'b3', 'a3')).toMatchObject({ decision: 'rejected' });
    expect(await core.db('questionnaire_pair_decisions').where({ before_response_id: form.b3 }).count({ n: '*' }).first()).toMatchObject({ n: 1 });
    const back = ok(await decide('b5', 'a5', 'undecided'));
    expect(candidate(back, 'b5', 'a5')).toMatchObject({ decision: null, superseded: false });
    expect(candidate(back, 'b5', 'a6')).toMatchObject({ decision: null, superseded: false });
    expect(back.matchRate).toBe(2 / 8);
    // Now the other one can be accepted.
    expect(candidate(ok(await decide('b5', 'a6', 'accept')), 'b5', 'a6')).toMatchObject({ decision: 'accepted' });

    const decisions = await core.db('questionnaire_pair_decisions').orderBy('id').select('before_response_id', 'after_response_id', 'accepted', 'decided_by', 'decided_at');
    expect(decisions.map((d) => [d.before_response_id, d.after_response_id, Boolean(d.accepted)])).toEqual([
      [form.b3, form.a3, false],
      [form.b4, form.a4, false],
      [form.b5, form.a6, true],
    ]);
    expect(decisions.every((d) => d.decided_by !== null && d.decided_at === core.clock.now().toISOString())).toBe(true);
    // The audit names the form by id, never its code.
    const audit = await core.db('audit_events').where('action', 'like', 'questionnaire.pair.%').select('action', 'entity_id');
    expect(audit.map((row) => row.action)).toEqual(['questionnaire.pair.accept', 'questionnaire.pair.reject', 'questionnaire.pair.accept', 'questionnaire.pair.reject', 'questionnaire.pair.undecided', 'questionnaire.pair.accept']);
    expect(JSON.stringify(await core.db('audit_events').select())).not.toMatch(/MN07|EF13|HG04/);
  });

  it('refuses what is not a current candidate, and unknown forms', async () => {
    const { core, api } = setup;
    const before = await core.db('questionnaire_pair_decisions').count({ n: '*' }).first();
    // An exact pair, codes that do not resemble each other, the phases the wrong way round.
    expect(await decide('b1', 'a1', 'accept')).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'notACandidate' } });
    expect(await decide('b7', 'a8', 'accept')).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'notACandidate' } });
    expect(await decide('a3', 'b3', 'accept')).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'notACandidate' } });
    expect(await decide('b6', 'a7', 'accept')).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'notACandidate' } });
    // A resembling code in another class of the same event is not a candidate either.
    const classB = await addClass(core.db, school, '5e primaire B');
    await core.db('event_classes').insert({ event_id: eventId, class_id: classB });
    const other = await administerBoth(api, pupil.id, eventId, classB, '2026-12-03');
    form.otherAfter = await saveForm(api, other.after, 'EF13');
    await saveForm(api, other.before, 'ZZ01');
    expect(await decide('b3', 'otherAfter', 'accept')).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'notACandidate' } });
    expect(await api.questionnaireResults.decidePair({ beforeResponseId: 99999, afterResponseId: form.a3!, decision: 'accept' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'notFound.response' },
    });
    expect(await core.db('questionnaire_pair_decisions').count({ n: '*' }).first()).toEqual(before);
  });

  it('drops the decisions of a form whose code is corrected, and ignores decisions that became stale', async () => {
    const { core, api } = setup;
    ok(await decide('b3', 'a3', 'accept'));
    ok(await decide('b4', 'a4', 'reject'));
    // EF13 corrected to EF14: no longer a candidate of EF03, and its decision is gone.
    await saveForm(api, admin.after, 'EF14', {}, form.a3!);
    expect(await core.db('questionnaire_pair_decisions').pluck('before_response_id')).toEqual([form.b4]);
    let r = await review();
    expect(candidate(r, 'b3', 'a3')).toBeUndefined();
    expect(r.matchRate).toBe(2 / 8);
    // Back to EF13: a candidate again, undecided (nobody decided about these codes).
    await saveForm(api, admin.after, 'EF13', {}, form.a3!);
    expect(candidate(await review(), 'b3', 'a3')).toMatchObject({ decision: null });
    // Saving a form again with the same code keeps its decisions.
    await saveForm(api, admin.after, 'HG04', {}, form.a4!);
    expect(candidate(await review(), 'b4', 'a4')).toMatchObject({ decision: 'rejected' });

    // A decision stays stored but is ignored while its forms are not a candidate: a new form makes GH04 an
    // exact pair, so the rejection no longer applies; deleting that form brings it back.
    const exact = await saveForm(api, admin.after, 'GH04');
    r = await review();
    expect(candidate(r, 'b4', 'a4')).toBeUndefined();
    expect(r.exactPairs.map((p) => p.code)).toContain('GH04');
    ok(await api.questionnaires.deleteResponse({ id: exact }));
    expect(candidate(await review(), 'b4', 'a4')).toMatchObject({ decision: 'rejected' });
    // Deleting a form deletes its decisions.
    ok(await api.questionnaires.deleteResponse({ id: form.a4! }));
    expect(await core.db('questionnaire_pair_decisions').count({ n: '*' }).first()).toMatchObject({ n: 0 });
  });

  it('counts accepted candidates as pairs in the analysis; rejected and pending ones stay unpaired', async () => {
    const { api } = setup;
    // Five more exact pairs so the class is large enough to be published.
    for (let n = 100; n < 105; n += 1) {
      await saveForm(api, admin.before, pupilCode(n));
      await saveForm(api, admin.after, pupilCode(n));
    }
    const analysis = async () =>
      ok(await api.questionnaireResults.analysis({ templateId: pupil.id, scope: { kind: 'event', eventId } }));
    let counts = (await analysis()).counts;
    expect(counts).toEqual({ before: { value: 12 }, after: { value: 13 }, paired: { value: 7 }, pendingCandidates: 4, matchRate: 7 / 13 });
    ok(await decide('b3', 'a3', 'accept'));
    ok(await decide('b4', 'a4', 'reject'));
    ok(await decide('b5', 'a5', 'accept'));
    counts = (await analysis()).counts;
    // MN07–MO07 is superseded, not pending.
    expect(counts).toEqual({ before: { value: 12 }, after: { value: 13 }, paired: { value: 9 }, pendingCandidates: 0, matchRate: 9 / 13 });
    const [group] = (await analysis()).groups;
    expect(group).toMatchObject({ classId: classA, beforeAdministrationId: admin.before, afterAdministrationId: admin.after, counts });
  });
});
