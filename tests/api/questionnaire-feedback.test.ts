// Satisfaction and teacher feedback (questionnaireResults/feedback) through dispatch: after-only items of pupil
// forms and every item of teacher forms, distributions with their labels, means, comments newest first and
// capped, a line per event, and the "< 5" rule for pupils (teachers always counted).
import { beforeEach, describe, expect, it } from 'vitest';
import { insertReturningId } from '../../main/db/query-toolkit';
import { ok, useTestCore } from '../helpers/api';
import { addClass, addSchool } from '../helpers/school-fixtures';
import { administer, administerBoth, createEvent, pupilCode, saveForm, seededTemplates } from '../helpers/questionnaire-results-fixtures';
import type { AnalysisScope, ItemFeedback } from '../../shared/domain/questionnaires/analysis';
import type { QuestionnaireTemplate } from '../../shared/domain/questionnaires/templates';

const setup = useTestCore(['coordinator']);
let pupil: QuestionnaireTemplate;
let teacher: QuestionnaireTemplate;
let school: number;
let classA: number;
let classB: number;
let e1: number;
let e2: number;
const after: Record<string, number> = {};

const at = (template: QuestionnaireTemplate, position: number) => template.items.find((item) => item.position === position)!.id;

beforeEach(async () => {
  const { core, api } = setup;
  ({ pupil, teacher } = await seededTemplates(api));
  school = await addSchool(core.db, 'École communale de Droixhe');
  classA = await addClass(core.db, school, '5e A');
  classB = await addClass(core.db, school, '5e B');
  e1 = await createEvent(api, school, [classA, classB], '2026-12-03', 'Atelier un');
  e2 = await createEvent(api, school, [classA], '2027-01-14', 'Atelier deux');
  const e1a = await administerBoth(api, pupil.id, e1, classA, '2026-12-03');
  const e1b = await administerBoth(api, pupil.id, e1, classB, '2026-12-03');
  const e2a = await administerBoth(api, pupil.id, e2, classA, '2027-01-14');
  Object.assign(after, { e1a: e1a.after, e1b: e1b.after, e2a: e2a.after });
  // Before forms carry the paired items only: they are not feedback.
  for (let i = 0; i < 6; i += 1) await saveForm(api, e1a.before, pupilCode(i), { [at(pupil, 1)]: 3 });

  // Event 1, class A: six pupils. Liked (8): 5,4,4,3,5,null; learnt (9): 4 each; mark (10): 0..5; comments.
  const liked = [5, 4, 4, 3, 5, null];
  for (let i = 0; i < 6; i += 1) {
    await saveForm(api, e1a.after, pupilCode(i), {
      [at(pupil, 1)]: 4,
      [at(pupil, 8)]: liked[i]!,
      [at(pupil, 9)]: 4,
      [at(pupil, 10)]: i,
      ...(i < 5 ? { [at(pupil, 11)]: i === 4 ? '   ' : `Commentaire un-${i}` } : {}),
    });
  }
  // Event 1, class B: three pupils.
  for (let i = 0; i < 3; i += 1) await saveForm(api, e1b.after, pupilCode(i), { [at(pupil, 8)]: 2, [at(pupil, 11)]: `Petit groupe ${i}` });
  // Event 2, class A: five pupils.
  for (let i = 0; i < 5; i += 1) await saveForm(api, e2a.after, pupilCode(i), { [at(pupil, 8)]: 5, [at(pupil, 10)]: 10, [at(pupil, 11)]: `Commentaire deux-${i}` });
  // One teacher form, event 1 class B.
  const teacherForm = await administer(api, { templateId: teacher.id, eventId: e1, classId: classB, phase: 'after', date: '2026-12-03' });
  await saveForm(api, teacherForm, '', { [at(teacher, 1)]: 4, [at(teacher, 5)]: 1, [at(teacher, 6)]: 'Très bonne animation' });
});

const feedback = async (scope: AnalysisScope) => ok(await setup.api.questionnaireResults.feedback({ scope }));
const item = (items: readonly ItemFeedback[], id: number) => items.find((entry) => entry.itemId === id)!;

describe('feedback summary', () => {
  it('summarises the after-only items of pupil forms with labelled distributions, means and comments', async () => {
    const summary = await feedback({ kind: 'event', eventId: e1 });
    expect(summary.scopeLabel).toBe('Atelier un');
    expect(summary.templates.map((t) => [t.templateId, t.audience])).toEqual([[pupil.id, 'pupil'], [teacher.id, 'teacher']]);
    const pupils = summary.templates[0]!;
    expect(pupils).toMatchObject({ templateName: pupil.name, version: 1, responses: { value: 9 } });
    expect(pupils.items.map((entry) => entry.position)).toEqual([8, 9, 10, 11]);

    const liked = item(pupils.items, at(pupil, 8));
    expect(liked).toMatchObject({ answerType: 'likert5', dimension: 'satisfaction', scale: { min: 1, max: 5 }, answered: { value: 8 }, comments: [] });
    expect(liked.mean).toBeCloseTo((5 + 4 + 4 + 3 + 5 + 2 * 3) / 8, 12);
    expect(liked.distribution).toEqual([
      { value: 1, labelFr: "Pas du tout d'accord", labelEn: 'Strongly disagree', count: 0 },
      { value: 2, labelFr: "Plutôt pas d'accord", labelEn: 'Disagree', count: 3 },
      { value: 3, labelFr: "Ni d'accord ni pas d'accord", labelEn: 'Neither agree nor disagree', count: 1 },
      { value: 4, labelFr: "Plutôt d'accord", labelEn: 'Agree', count: 2 },
      { value: 5, labelFr: "Tout à fait d'accord", labelEn: 'Strongly agree', count: 2 },
    ]);
    const mark = item(pupils.items, at(pupil, 10));
    expect(mark).toMatchObject({ scale: { min: 0, max: 10 }, answered: { value: 6 }, mean: 2.5 });
    expect(mark.distribution!.map((point) => [point.value, point.labelFr, point.labelEn, point.count])).toEqual(
      Array.from({ length: 11 }, (_, v) => [v, String(v), String(v), v <= 5 ? 1 : 0]),
    );
    // Free text: blank answers are not comments; six comments in all, shown since at least 5 pupils wrote.
    const comments = item(pupils.items, at(pupil, 11));
    expect(comments).toMatchObject({ scale: null, mean: null, distribution: null, answered: { value: 7 } });
    expect([...comments.comments].sort()).toEqual(['Commentaire un-0', 'Commentaire un-1', 'Commentaire un-2', 'Commentaire un-3', 'Petit groupe 0', 'Petit groupe 1', 'Petit groupe 2']);
    expect(pupils.byEvent).toEqual([{ eventId: e1, eventTitle: 'Atelier un', eventDate: '2026-12-03', responses: { value: 9 }, meanSatisfaction: liked.mean }]);
  });

  it('always counts teacher forms and shows every item of them, yes/no as Non/Oui', async () => {
    const [, teachers] = (await feedback({ kind: 'class', classId: classB })).templates;
    expect(teachers).toMatchObject({ audience: 'teacher', responses: { value: 1 } });
    expect(teachers!.items.map((entry) => entry.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(item(teachers!.items, at(teacher, 1))).toMatchObject({ answered: { value: 1 }, mean: 4 });
    expect(item(teachers!.items, at(teacher, 2))).toMatchObject({ answered: { value: 0 }, mean: null });
    expect(item(teachers!.items, at(teacher, 5)).distribution).toEqual([
      { value: 0, labelFr: 'Non', labelEn: 'No', count: 0 },
      { value: 1, labelFr: 'Oui', labelEn: 'Yes', count: 1 },
    ]);
    expect(item(teachers!.items, at(teacher, 6)).comments).toEqual(['Très bonne animation']);
    expect(teachers!.byEvent).toEqual([{ eventId: e1, eventTitle: 'Atelier un', eventDate: '2026-12-03', responses: { value: 1 }, meanSatisfaction: 4 }]);
  });

  it('shows "< 5" for a class of three pupils, with no mean, distribution or comment', async () => {
    const [pupils] = (await feedback({ kind: 'class', classId: classB })).templates;
    expect(pupils).toMatchObject({ audience: 'pupil', responses: { lessThan: 5 } });
    for (const entry of pupils!.items) {
      expect(entry.mean).toBeNull();
      expect(entry.distribution).toBeNull();
      expect(entry.comments).toEqual([]);
      expect(entry.answered).toEqual(entry.position === 8 || entry.position === 11 ? { lessThan: 5 } : { value: 0 });
    }
    expect(pupils!.byEvent).toEqual([{ eventId: e1, eventTitle: 'Atelier un', eventDate: '2026-12-03', responses: { lessThan: 5 }, meanSatisfaction: null }]);
    expect(JSON.stringify(pupils)).not.toMatch(/Petit groupe|"count"|"value":3/);
  });

  it('lists the events of a year oldest first, comments newest event first, at most 200', async () => {
    const { core } = setup;
    const summary = await feedback({ kind: 'schoolYear', schoolYear: '2026–2027' });
    const pupils = summary.templates[0]!;
    expect(pupils.responses).toEqual({ value: 14 });
    expect(pupils.byEvent.map((event) => [event.eventTitle, event.responses, event.meanSatisfaction])).toEqual([
      ['Atelier un', { value: 9 }, (5 + 4 + 4 + 3 + 5 + 2 * 3) / 8],
      ['Atelier deux', { value: 5 }, 5],
    ]);
    const comments = item(pupils.items, at(pupil, 11)).comments;
    expect(comments.slice(0, 5).every((text) => text.startsWith('Commentaire deux'))).toBe(true);
    expect(comments).toHaveLength(12);

    // 250 more comments on event 2 (straight into the tables): only the newest 200 are sent.
    const now = '2027-01-14T10:00:00.000Z';
    for (let i = 0; i < 250; i += 1) {
      const id = await insertReturningId(core.db, 'questionnaire_responses', { administration_id: after.e2a, code: '', created_at: now, updated_at: now });
      await core.db('questionnaire_answers').insert({ response_id: id, item_id: at(pupil, 11), value: null, text: `Masse ${i}` });
    }
    const capped = item((await feedback({ kind: 'all' })).templates[0]!.items, at(pupil, 11)).comments;
    expect(capped).toHaveLength(200);
    expect(capped[0]).toBe('Masse 249');
    expect(capped.every((text) => text.startsWith('Masse'))).toBe(true);
  });

  it('answers a scope without after forms with no template', async () => {
    const { api } = setup;
    expect(await feedback({ kind: 'schoolYear', schoolYear: '2030–2031' })).toEqual({ scope: { kind: 'schoolYear', schoolYear: '2030–2031' }, scopeLabel: '2030–2031', templates: [] });
    expect(await api.questionnaireResults.feedback({ scope: { kind: 'school', schoolId: 9999, schoolYear: null } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.school' } });
  });
});
