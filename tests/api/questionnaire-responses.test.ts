import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ok, signedIn, useTestCore } from '../helpers/api';
import { activityInput, onDay } from '../helpers/event-input';
import { addClass, addSchool, addTeacher } from '../helpers/school-fixtures';
import type { InputOf, PasserelleApi } from '../../shared/api/contract';
import type { QuestionnaireTemplate, TemplateItem } from '../../shared/domain/questionnaires/templates';
import type { Administration } from '../../shared/domain/questionnaires/responses';

const setup = useTestCore(['coordinator']);
let school: number;
let classA: number;
let classB: number;
let otherClass: number;
let eventId: number;
let pupil: QuestionnaireTemplate;
let teacherForm: QuestionnaireTemplate;

function eventDraft(classIds: number[], day = '2026-12-03') {
  return activityInput({ themes: [], schoolId: school, classIds, ...onDay(day) });
}

async function createEvent(classIds: number[], day = '2026-12-03'): Promise<number> {
  return ok(await setup.api.events.create(eventDraft(classIds, day))).event.id;
}

beforeEach(async () => {
  const { core, api } = setup;
  school = await addSchool(core.db, 'École communale de Droixhe');
  classA = await addClass(core.db, school, '5e primaire A');
  classB = await addClass(core.db, school, '5e primaire B');
  otherClass = await addClass(core.db, school, '6e primaire');
  eventId = await createEvent([classA, classB]);
  const templates = ok(await api.questionnaires.templates({}));
  pupil = templates.find((template) => template.audience === 'pupil')!;
  teacherForm = templates.find((template) => template.audience === 'teacher')!;
});

type AdministrationInput = InputOf<'questionnaires', 'createAdministration'>;

async function administer(changes: Partial<AdministrationInput> = {}, api: PasserelleApi = setup.api) {
  return api.questionnaires.createAdministration({ templateId: pupil.id, eventId, classId: classA, phase: 'before', date: '2026-12-03', ...changes });
}

async function administration(changes: Partial<AdministrationInput> = {}): Promise<Administration> {
  return ok(await administer(changes));
}

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of ['questionnaire_administrations', 'questionnaire_responses', 'questionnaire_answers', 'audit_events']) {
    result[table] = Number((await setup.core.db(table).count({ n: '*' }).first())?.n ?? 0);
  }
  return result;
}

const byPhase = (phase: 'before' | 'after') => (item: TemplateItem) => item.phase === 'both' || item.phase === phase;
/** The first item of an answer type asked in the phase. */
function itemOf(type: TemplateItem['answerType'], phase: 'before' | 'after' = 'before', template = pupil): TemplateItem {
  return template.items.filter(byPhase(phase)).find((item) => item.answerType === type)!;
}

describe('administrations', () => {
  it('gives a template to a class of the event, before then after, and lists them with their counts', async () => {
    const { core, api } = setup;
    const before = await administration();
    expect(before).toMatchObject({ templateId: pupil.id, templateName: pupil.name, templateVersion: 1, eventId, classId: classA, className: '5e primaire A', phase: 'before', date: '2026-12-03', responseCount: 0 });
    const after = await administration({ phase: 'after', date: '2026-12-10' });
    const feedback = await administration({ templateId: teacherForm.id, phase: 'after' });
    const list = ok(await api.questionnaires.administrations({ eventId }));
    expect(list.map((item) => item.id)).toEqual([before.id, feedback.id, after.id]);
    const audit = await core.db('audit_events').where('entity', 'questionnaire_administration').pluck('action');
    expect(audit).toEqual(['questionnaire.administration.create', 'questionnaire.administration.create', 'questionnaire.administration.create']);
  });

  it.each([
    ['an after without its before', { phase: 'after' }, 'phase', 'after_without_before'],
    ['a class that is not in the event', { classId: -1 }, 'classId', 'not_in_event'],
    ['an unknown template', { templateId: 9999 }, 'templateId', 'not_found'],
    ['a teacher form before the activity', { templateId: -1 }, 'phase', 'invalid_value'],
  ] as const)('refuses %s, naming the field, and writes nothing', async (_label, changes, path, issue) => {
    const resolved: Partial<AdministrationInput> = { ...changes };
    if (resolved.classId === -1) resolved.classId = otherClass;
    if (resolved.templateId === -1) resolved.templateId = teacherForm.id;
    const before = await counts();
    const result = await administer(resolved);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path, issue }] } });
    expect(await counts()).toEqual(before);
  });

  it('refuses the same template, class and phase twice, and an archived template', async () => {
    const { api } = setup;
    await administration();
    expect(await administer()).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'phase', issue: 'duplicate' }] } });
    // Another class of the same event is another administration.
    expect(await administer({ classId: classB })).toMatchObject({ ok: true });
    await api.questionnaires.setTemplateArchived({ id: pupil.id, archived: true });
    expect(await administer({ classId: classB, phase: 'after' })).toMatchObject({ ok: false, error: { fields: [{ path: 'templateId', issue: 'invalid_value' }] } });
  });

  it('limits a teacher to the classes they teach: other classes and other events answer NOT_FOUND', async () => {
    const { core, api } = setup;
    const teacher = await signedIn(core, ['teacher']);
    await addTeacher(core.db, school, [classA], teacher.userId);
    const mine = ok(await administer({}, teacher.api));
    expect(mine.classId).toBe(classA);
    expect(await administer({ classId: classB }, teacher.api)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.class' } });
    const theirs = await administration({ classId: classB });

    // They see the event, but only their class's administrations.
    const list = ok(await teacher.api.questionnaires.administrations({ eventId }));
    expect(list.map((item) => item.id)).toEqual([mine.id]);
    const foreignEvent = await createEvent([classB], '2026-12-04');
    expect(await teacher.api.questionnaires.administrations({ eventId: foreignEvent })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.event' } });
    expect(await administer({ eventId: foreignEvent, classId: classB }, teacher.api)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.event' } });

    // Another class's forms are out of reach too.
    expect(await teacher.api.questionnaires.responses({ administrationId: theirs.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.administration' } });
    expect(await teacher.api.questionnaires.saveResponse({ administrationId: theirs.id, id: null, code: '', answers: [] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const foreignResponse = ok(await api.questionnaires.saveResponse({ administrationId: theirs.id, id: null, code: '', answers: [] }));
    expect(await teacher.api.questionnaires.deleteResponse({ id: foreignResponse.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.response' } });
    // Deleting an administration is for coordinators.
    expect(await teacher.api.questionnaires.deleteAdministration({ id: mine.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Their own class's forms are theirs to enter.
    expect(await teacher.api.questionnaires.saveResponse({ administrationId: mine.id, id: null, code: 'MA07', answers: [] })).toMatchObject({ ok: true });
  });

  it('deletes an administration with its responses and answers; the audit keeps ids only', async () => {
    const { core, api } = setup;
    const given = await administration();
    const response = ok(await api.questionnaires.saveResponse({ administrationId: given.id, id: null, code: 'MA07', answers: [{ itemId: itemOf('likert5').id, value: 3, text: '' }] }));
    expect(await api.questionnaires.deleteAdministration({ id: given.id })).toEqual({ ok: true, data: null });
    expect(await core.db('questionnaire_responses').where({ id: response.id }).first()).toBeUndefined();
    expect(await core.db('questionnaire_answers').where({ response_id: response.id }).first()).toBeUndefined();
    expect(await api.questionnaires.deleteAdministration({ id: given.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.administration' } });
    const audit = await core.db('audit_events').where('entity', 'questionnaire_administration').orderBy('id').select('action', 'entity_id');
    expect(audit.at(-1)).toEqual({ action: 'questionnaire.administration.delete', entity_id: String(given.id) });
  });
});

describe('responses', () => {
  let before: Administration;

  beforeEach(async () => {
    before = await administration();
  });

  async function save(changes: Partial<InputOf<'questionnaires', 'saveResponse'>> = {}) {
    return setup.api.questionnaires.saveResponse({ administrationId: before.id, id: null, code: 'ma 07', answers: [], ...changes });
  }

  it('saves a form: normalised code, the answers entered (a value, or null for "no answer"), nothing for items not entered', async () => {
    const { core, api } = setup;
    const [likert, skipped] = pupil.items.filter(byPhase('before')).filter((item) => item.answerType === 'likert5') as [TemplateItem, TemplateItem];
    const saved = ok(await save({ answers: [{ itemId: likert.id, value: 5, text: '' }, { itemId: skipped.id, value: null, text: '' }] }));
    expect(saved.code).toBe('MA07');
    // The explicit "no answer" is kept as null; every other item of the phase stays absent (not entered).
    expect(pupil.items.filter(byPhase('before')).length).toBeGreaterThan(2);
    expect(saved.answers).toEqual([
      { itemId: likert.id, value: 5, text: '' },
      { itemId: skipped.id, value: null, text: '' },
    ]);
    const stored = await core.db('questionnaire_answers').where({ response_id: saved.id }).orderBy('item_id').select('item_id', 'value');
    expect(stored).toEqual(
      [
        { item_id: likert.id, value: 5 },
        { item_id: skipped.id, value: null },
      ].sort((a, b) => a.item_id - b.item_id),
    );

    const list = ok(await api.questionnaires.responses({ administrationId: before.id }));
    expect(list).toEqual([saved]);
    const listed = ok(await api.questionnaires.administrations({ eventId }));
    expect(listed[0]!.responseCount).toBe(1);
    // Forms without a code are kept, and several may have none.
    expect(await save({ code: '' })).toMatchObject({ ok: true, data: { code: '' } });
    expect(await save({ code: '  ' })).toMatchObject({ ok: true, data: { code: '' } });
  });

  it('replaces the answers of a form when it is saved again', async () => {
    const { core } = setup;
    const [first, second] = pupil.items.filter(byPhase('before')) as [TemplateItem, TemplateItem];
    const saved = ok(await save({ answers: [{ itemId: first.id, value: 1, text: '' }, { itemId: second.id, value: 2, text: '' }] }));
    const again = ok(await save({ id: saved.id, code: 'MA08', answers: [{ itemId: second.id, value: 4, text: '' }] }));
    expect(again.id).toBe(saved.id);
    expect(again.code).toBe('MA08');
    // The first item is no longer among the answers: its row is gone (not entered), not turned into a null.
    expect(again.answers).toEqual([{ itemId: second.id, value: 4, text: '' }]);
    expect(await core.db('questionnaire_answers').where({ response_id: saved.id }).select('item_id', 'value')).toEqual([{ item_id: second.id, value: 4 }]);
    // Saved again with the first item marked "no answer": a null row comes back, kept as null.
    const marked = ok(await save({ id: saved.id, code: 'MA08', answers: [{ itemId: first.id, value: null, text: '' }, { itemId: second.id, value: 4, text: '' }] }));
    expect(marked.answers).toEqual([
      { itemId: first.id, value: null, text: '' },
      { itemId: second.id, value: 4, text: '' },
    ]);
    // Its own code is no duplicate of itself.
    expect(await save({ id: saved.id, code: 'ma08' })).toMatchObject({ ok: true });
    expect(await save({ id: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.response' } });
    const audit = await core.db('audit_events').where('entity', 'questionnaire_response').pluck('action');
    expect(audit).toEqual(['questionnaire.response.create', ...Array(3).fill('questionnaire.response.update')]);
  });

  it('takes the text of a free-text item, asked after', async () => {
    const { api } = setup;
    await api.questionnaires.saveResponse({ administrationId: before.id, id: null, code: 'MA07', answers: [] });
    const after = await administration({ phase: 'after', date: '2026-12-10' });
    const comment = itemOf('free_text', 'after');
    const scale = itemOf('scale_0_10', 'after');
    const saved = ok(
      await api.questionnaires.saveResponse({
        administrationId: after.id,
        id: null,
        code: 'MA07',
        answers: [{ itemId: comment.id, value: null, text: "J'ai aimé les histoires." }, { itemId: scale.id, value: 0, text: '' }],
      }),
    );
    expect(saved.answers.find((answer) => answer.itemId === comment.id)).toEqual({ itemId: comment.id, value: null, text: "J'ai aimé les histoires." });
    expect(saved.answers.find((answer) => answer.itemId === scale.id)?.value).toBe(0);
    // Only the two items entered are stored; the other items asked after stay not entered.
    expect(saved.answers.map((answer) => answer.itemId).sort()).toEqual([comment.id, scale.id].sort());
    expect(pupil.items.filter(byPhase('after')).length).toBeGreaterThan(2);
  });

  it.each([
    ['a Likert 5 answer of 6', () => ({ answers: [{ itemId: itemOf('likert5').id, value: 6, text: '' }] }), 'answers.0.value', 'out_of_scale', { min: 1, max: 5 }],
    ['a Likert 5 answer of 0', () => ({ answers: [{ itemId: itemOf('likert5').id, value: 0, text: '' }] }), 'answers.0.value', 'out_of_scale', { min: 1, max: 5 }],
    ['an item asked only after', () => ({ answers: [{ itemId: itemOf('scale_0_10', 'after').id, value: 5, text: '' }] }), 'answers.0.itemId', 'not_asked', undefined],
    ['an item of another template', () => ({ answers: [{ itemId: teacherForm.items[0]!.id, value: 3, text: '' }] }), 'answers.0.itemId', 'not_found', undefined],
    [
      'the same item twice',
      () => ({ answers: [{ itemId: itemOf('likert5').id, value: 3, text: '' }, { itemId: itemOf('likert5').id, value: 4, text: '' }] }),
      'answers.1.itemId',
      'duplicate',
      undefined,
    ],
    ['text on a numeric item', () => ({ answers: [{ itemId: itemOf('likert5').id, value: 3, text: 'beaucoup' }] }), 'answers.0.text', 'invalid_value', undefined],
    ['a code that does not follow the recipe', () => ({ code: '07MA' }), 'code', 'code_pattern', { length: 4 }],
    ['a code that is too short', () => ({ code: 'M07' }), 'code', 'code_pattern', { length: 4 }],
  ])('refuses %s, naming the field, and writes nothing', async (_label, changes, path, issue, params) => {
    const count = await counts();
    const result = await save(changes());
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.fields).toContainEqual(params ? { path, issue, params } : { path, issue });
    expect(await counts()).toEqual(count);
  });

  it('refuses a code already used in the administration, accents and case aside', async () => {
    const { api } = setup;
    await save({ code: 'ÉA07' });
    const count = await counts();
    expect(await save({ code: 'ea 07' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'code', issue: 'duplicate' }] } });
    expect(await counts()).toEqual(count);
    // The same code in the class's 'after' is the same pupil, as it should be.
    const after = await administration({ phase: 'after', date: '2026-12-10' });
    expect(await api.questionnaires.saveResponse({ administrationId: after.id, id: null, code: 'EA07', answers: [] })).toMatchObject({ ok: true });
  });

  it('writes nothing of a form when one answer is refused, even on update', async () => {
    const { api } = setup;
    const [first, second] = pupil.items.filter(byPhase('before')) as [TemplateItem, TemplateItem];
    const saved = ok(await save({ answers: [{ itemId: first.id, value: 2, text: '' }] }));
    const count = await counts();
    const result = await save({ id: saved.id, code: 'ZZ01', answers: [{ itemId: first.id, value: 5, text: '' }, { itemId: second.id, value: 9, text: '' }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'answers.1.value', issue: 'out_of_scale', params: { min: 1, max: 5 } }] } });
    expect(await counts()).toEqual(count);
    const [stored] = ok(await api.questionnaires.responses({ administrationId: before.id }));
    expect(stored).toEqual(saved);
  });

  it('reports every refused field of a form at once', async () => {
    const result = await save({ code: 'MA', answers: [{ itemId: itemOf('likert5').id, value: 7, text: '' }, { itemId: 999_999, value: 1, text: '' }] });
    expect(result.ok ? [] : result.error.fields?.map((field) => `${field.path}:${field.issue}`)).toEqual(['code:code_pattern', 'answers.0.value:out_of_scale', 'answers.1.itemId:not_found']);
  });

  it('accepts any code and yes/no answers on a teacher form; a free text takes no number', async () => {
    const { api } = setup;
    const feedback = await administration({ templateId: teacherForm.id, phase: 'after' });
    const yesNo = itemOf('yes_no', 'after', teacherForm);
    const comment = itemOf('free_text', 'after', teacherForm);
    const ok = await api.questionnaires.saveResponse({ administrationId: feedback.id, id: null, code: 'Mme Dupont', answers: [{ itemId: yesNo.id, value: 1, text: '' }] });
    expect(ok).toMatchObject({ ok: true, data: { code: 'MMEDUPONT' } });
    const bad = await api.questionnaires.saveResponse({
      administrationId: feedback.id,
      id: null,
      code: '',
      answers: [{ itemId: yesNo.id, value: 2, text: '' }, { itemId: comment.id, value: 3, text: 'Bien' }],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'answers.0.value', issue: 'out_of_scale', params: { min: 0, max: 1 } }, { path: 'answers.1.value', issue: 'invalid_value' }] },
    });
  });

  it('deletes a form with its answers; the audit never holds a code or an answer', async () => {
    const { core, api } = setup;
    const saved = ok(await save({ answers: [{ itemId: itemOf('likert5').id, value: 3, text: '' }] }));
    expect(await api.questionnaires.deleteResponse({ id: saved.id })).toEqual({ ok: true, data: null });
    expect(await core.db('questionnaire_answers').where({ response_id: saved.id }).first()).toBeUndefined();
    expect(await api.questionnaires.deleteResponse({ id: saved.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.response' } });
    const audit = JSON.stringify(await core.db('audit_events').where('entity', 'questionnaire_response').select());
    expect(audit).not.toContain('MA07');
    expect(audit).toContain('questionnaire.response.delete');
  });
});

describe('events and classes with questionnaires', () => {
  it('refuses to delete an event that has administrations (CONFLICT eventHasQuestionnaires)', async () => {
    const { api } = setup;
    await administration();
    await administration({ classId: classB });
    const count = await counts();
    expect(await api.events.delete({ id: eventId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'eventHasQuestionnaires', params: { count: 2 } } });
    expect(await counts()).toEqual(count);
    const bare = await createEvent([classB], '2026-12-04');
    expect(await api.events.delete({ id: bare })).toEqual({ ok: true, data: null });
  });

  it('refuses to delete a class that answered questionnaires, even once taken out of the event (classHasQuestionnaires)', async () => {
    const { core, api } = setup;
    await administration();
    await core.db('event_classes').where({ event_id: eventId, class_id: classA }).delete();
    expect(await api.classes.delete({ id: classA })).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'classHasQuestionnaires', params: { count: 1 } } });
    expect(await core.db('school_classes').where({ id: classA }).first('id')).toEqual({ id: classA });
    expect(await api.classes.delete({ id: otherClass })).toEqual({ ok: true, data: null });
  });

  it('keeps in the event a class that answered its questionnaires (VALIDATION classIds has_questionnaires)', async () => {
    const { core, api } = setup;
    await administration();
    const update = (classIds: number[]) => api.events.update({ ...eventDraft(classIds), id: eventId });
    expect(await update([classB])).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'classIds', issue: 'has_questionnaires', params: { className: '5e primaire A' } }] },
    });
    expect(await core.db('event_classes').where({ event_id: eventId }).orderBy('class_id').pluck('class_id')).toEqual([classA, classB]);
    // The class without questionnaires may leave; another may join.
    expect(await update([classA, otherClass])).toMatchObject({ ok: true });
    expect(await core.db('event_classes').where({ event_id: eventId }).orderBy('class_id').pluck('class_id')).toEqual([classA, otherClass]);
  });
});

describe('paper forms', () => {
  it('prints a class set of the form of the phase, for the class teacher, and hides other classes', async () => {
    const { core, api } = setup;
    const before = await administration();
    const file = ok(await api.questionnaires.formPdf({ administrationId: before.id, language: 'fr', copies: 2 }));
    expect(file).toMatchObject({ fileName: 'questionnaire-avant-5e-primaire-a-2026-12-03.pdf', encoding: 'base64' });
    const path = join(mkdtempSync(join(tmpdir(), 'passerelle-form-')), file.fileName);
    writeFileSync(path, Buffer.from(file.content, 'base64'));
    expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('École communale de Droixhe');
    expect(text).toContain('5e primaire A');
    expect(text).toContain('Atelier « Préjugés »');
    expect(text.match(/Ton code secret/g)).toHaveLength(2); // two copies
    // The items asked only after the activity are not on the 'before' form.
    for (const item of pupil.items.filter((entry) => entry.phase === 'after')) expect(text).not.toContain(item.wordingFr);

    const teacher = await signedIn(core, ['teacher']);
    await addTeacher(core.db, school, [classB], teacher.userId);
    expect(await teacher.api.questionnaires.formPdf({ administrationId: before.id, language: 'fr', copies: 1 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
