// A pupil code already used in the class (issue 14, item 10) through dispatch: the refusal names the free
// twin variant ("AB12-2"), the variant is accepted by the recipe and pairs before/after like any code, and a
// refused form writes nothing. The entry grid's side is in tests/e2e/questionnaire-twin-codes.spec.ts.
import { beforeEach, describe, expect, it } from 'vitest';
import { ok, useTestCore } from '../helpers/api';
import { addClass, addSchool } from '../helpers/school-fixtures';
import { administerBoth, createEvent, saveForm, seededTemplates } from '../helpers/questionnaire-results-fixtures';
import type { QuestionnaireTemplate } from '../../shared/domain/questionnaires/templates';

const setup = useTestCore(['coordinator']);
let pupil: QuestionnaireTemplate;
let teacher: QuestionnaireTemplate;
let classA: number;
let eventId: number;
let admin: { before: number; after: number };

beforeEach(async () => {
  const { core, api } = setup;
  ({ pupil, teacher } = await seededTemplates(api));
  const school = await addSchool(core.db, 'École communale de Droixhe');
  classA = await addClass(core.db, school, '5e primaire A');
  eventId = await createEvent(api, school, [classA], '2026-12-03');
  admin = await administerBoth(api, pupil.id, eventId, classA, '2026-12-03');
});

async function rowCounts(): Promise<number[]> {
  const tables = ['questionnaire_responses', 'questionnaire_answers', 'audit_events'];
  return Promise.all(tables.map(async (table) => Number((await setup.core.db(table).count({ n: '*' }).first())?.n ?? 0)));
}

const save = (administrationId: number, code: string, id: number | null = null) =>
  setup.api.questionnaires.saveResponse({ administrationId, id, code, answers: [{ itemId: pupil.items.find((item) => item.phase !== 'after')!.id, value: 3, text: '' }] });

describe('a code already used in the class', () => {
  it('is refused on the code with the first free twin variant, and nothing is written', async () => {
    await saveForm(setup.api, admin.before, 'AB12');
    const before = await rowCounts();
    expect(await save(admin.before, 'ab 12')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'code', issue: 'duplicate', params: { suggestion: 'AB12-2' } }] },
    });
    expect(await rowCounts()).toEqual(before);

    // The variant is free: taken, the next refusal proposes the one after it.
    expect(ok(await save(admin.before, 'AB12-2')).code).toBe('AB12-2');
    expect(await save(admin.before, 'AB12')).toMatchObject({ error: { fields: [{ path: 'code', issue: 'duplicate', params: { suggestion: 'AB12-3' } }] } });
    // Typing an already taken variant proposes the next free one, not "AB12-2-2".
    expect(await save(admin.before, 'AB12-2')).toMatchObject({ error: { fields: [{ path: 'code', issue: 'duplicate', params: { suggestion: 'AB12-3' } }] } });
  });

  it('does not count the form being corrected: saving it again with its own code is no clash', async () => {
    const id = await saveForm(setup.api, admin.before, 'AB12');
    expect(ok(await save(admin.before, 'AB12', id)).code).toBe('AB12');
  });

  it('proposes nothing once the eight variants are taken, and still refuses', async () => {
    await saveForm(setup.api, admin.before, 'AB12');
    for (const digit of '23456789') await saveForm(setup.api, admin.before, `AB12-${digit}`);
    const result = await save(admin.before, 'AB12');
    expect(result).toMatchObject({ ok: false, error: { fields: [{ path: 'code', issue: 'duplicate' }] } });
    expect(result.ok ? null : result.error.fields?.[0]?.params).toBeUndefined();
  });

  it('accepts only a dash and one digit 2–9 after a complete code, nothing else', async () => {
    const before = await rowCounts();
    for (const code of ['AB12-1', 'AB12-0', 'AB12-22', 'AB12-', 'AB-12', 'AB1-2', 'AB12_2', 'AB12-A']) {
      expect(await save(admin.before, code), code).toMatchObject({ ok: false, error: { fields: [{ path: 'code', issue: 'code_pattern', params: { length: 4 } }] } });
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('pairs twins: each keeps its code before and after', async () => {
    const b1 = await saveForm(setup.api, admin.before, 'AB12');
    const b2 = await saveForm(setup.api, admin.before, 'AB12-2');
    const a1 = await saveForm(setup.api, admin.after, 'AB12');
    const a2 = await saveForm(setup.api, admin.after, 'ab12-2');
    const review = ok(await setup.api.questionnaireResults.pairing({ administrationId: admin.before }));
    expect(review.exactPairs).toEqual([
      { code: 'AB12', before: b1, after: a1 },
      { code: 'AB12-2', before: b2, after: a2 },
    ]);
    expect(review.duplicates).toEqual([]);
  });

  it('offers the variant on a teacher form too, whose codes are free', async () => {
    const teacherAdmin = ok(
      await setup.api.questionnaires.createAdministration({ templateId: teacher.id, eventId, classId: classA, phase: 'after', date: '2026-12-03' }),
    ).id;
    await saveForm(setup.api, teacherAdmin, 'ENSEIGNANT');
    const result = await setup.api.questionnaires.saveResponse({ administrationId: teacherAdmin, id: null, code: 'enseignant', answers: [] });
    expect(result).toMatchObject({ ok: false, error: { fields: [{ path: 'code', issue: 'duplicate', params: { suggestion: 'ENSEIGNANT-2' } }] } });
  });
});
