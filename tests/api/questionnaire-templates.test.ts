import { describe, expect, it } from 'vitest';
import { ok, signedIn, useTestCore } from '../helpers/api';
import { activityInput } from '../helpers/event-input';
import { addClass, addSchool } from '../helpers/school-fixtures';
import type { InputOf } from '../../shared/api/contract';
import type { QuestionnaireTemplate } from '../../shared/domain/questionnaires/templates';

const setup = useTestCore(['coordinator']);

const AGREE = ["Pas du tout d'accord", "Plutôt pas d'accord", 'Sans avis', "Plutôt d'accord", "Tout à fait d'accord"];

type TemplateInput = InputOf<'questionnaires', 'createTemplate'>;
type ItemInput = TemplateInput['items'][number];

function item(changes: Partial<ItemInput> = {}): ItemInput {
  return {
    id: null,
    dimension: 'stereotypes',
    answerType: 'likert5',
    reverseKeyed: false,
    wordingFr: 'Question',
    wordingEn: '',
    phase: 'both',
    anchorsFr: AGREE,
    anchorsEn: [],
    choices: [],
    ...changes,
  };
}

function draft(changes: Partial<TemplateInput> = {}): TemplateInput {
  return {
    name: 'Atelier préjugés',
    audience: 'pupil',
    description: '',
    codeRecipe: ['mother_first_letter', 'birth_month'],
    items: [item({ wordingFr: 'Un' }), item({ wordingFr: 'Deux', reverseKeyed: true }), item({ wordingFr: 'Trois', answerType: 'free_text', anchorsFr: [], phase: 'after' })],
    ...changes,
  };
}

/** The update input that leaves a template as it is. */
function asInput(template: QuestionnaireTemplate) {
  return {
    id: template.id,
    name: template.name,
    audience: template.audience,
    description: template.description,
    codeRecipe: template.codeRecipe,
    items: template.items.map(({ position: _position, ...rest }) => rest),
  };
}

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of ['questionnaire_templates', 'questionnaire_items', 'questionnaire_answers', 'audit_events']) {
    result[table] = Number((await setup.core.db(table).count({ n: '*' }).first())?.n ?? 0);
  }
  return result;
}

async function create(changes: Partial<TemplateInput> = {}): Promise<QuestionnaireTemplate> {
  return ok(await setup.api.questionnaires.createTemplate(draft(changes)));
}

/** The template given to a class through the channels (event, class, administration 'before'), no form entered yet. */
async function administer(template: QuestionnaireTemplate): Promise<number> {
  const { core, api } = setup;
  const school = await addSchool(core.db, 'École des Tilleuls');
  const classId = await addClass(core.db, school, '6e primaire');
  const event = await api.events.create(activityInput({ title: 'Atelier', themes: [], schoolId: school, classIds: [classId], end: '2026-12-03T10:00' }));
  const eventId = ok(event).event.id;
  const administration = ok(await api.questionnaires.createAdministration({ templateId: template.id, eventId, classId, phase: 'before', date: '2026-12-03' }));
  return administration.id;
}

/** One form answered through the channels: event, class, administration 'before', response. */
async function answer(template: QuestionnaireTemplate): Promise<void> {
  const administrationId = await administer(template);
  ok(
    await setup.api.questionnaires.saveResponse({
      administrationId,
      id: null,
      code: 'A12',
      answers: [{ itemId: template.items[0]!.id, value: 4, text: '' }],
    }),
  );
}

describe('seeded templates', () => {
  it('has the pupil questionnaire and the teacher feedback form, valid as they stand', async () => {
    const { api } = setup;
    const list = ok(await api.questionnaires.templates({}));
    expect(list.map((template) => [template.name, template.audience, template.version])).toEqual([
      ['Regards sur la migration — élèves', 'pupil', 1],
      ["Retour de l'enseignant·e", 'teacher', 1],
    ]);
    const [pupil, teacher] = list as [QuestionnaireTemplate, QuestionnaireTemplate];
    expect(pupil.codeRecipe).toEqual(['mother_first_letter', 'own_first_letter', 'birth_day']);
    expect(pupil.items.length).toBeGreaterThanOrEqual(10);
    expect(pupil.items.map((one) => one.position)).toEqual(pupil.items.map((_, index) => index + 1));
    expect(pupil.items[0]).toMatchObject({
      wordingFr: "Les personnes venues d'ailleurs prennent le travail des Belges.",
      reverseKeyed: true,
      phase: 'both',
      answerType: 'likert5',
      anchorsFr: expect.arrayContaining(["Pas du tout d'accord", "Tout à fait d'accord"]),
      anchorsEn: expect.arrayContaining(['Strongly disagree', 'Strongly agree']),
    });
    expect(new Set(pupil.items.map((one) => one.dimension))).toEqual(new Set(['stereotypes', 'migration_knowledge', 'empathy', 'satisfaction', 'comments']));
    expect(pupil.items.filter((one) => one.dimension === 'satisfaction').every((one) => one.phase === 'after')).toBe(true);
    expect(pupil.items.some((one) => one.answerType === 'scale_0_10')).toBe(true);
    expect(pupil.items.at(-1)).toMatchObject({ answerType: 'free_text', phase: 'after' });
    expect(pupil.items.every((one) => one.wordingEn !== '')).toBe(true);
    expect(teacher.codeRecipe).toEqual([]);
    expect(teacher.items.every((one) => one.phase === 'after')).toBe(true);
    expect(teacher.items.map((one) => one.answerType)).toEqual(expect.arrayContaining(['likert5', 'yes_no', 'free_text']));
    expect(teacher.items.map((one) => one.dimension)).toEqual(expect.arrayContaining(['satisfaction', 'observed_change', 'comments']));

    // Both pass the service's own validation unchanged.
    for (const template of list) {
      expect(await api.questionnaires.updateTemplate(asInput(template))).toMatchObject({ ok: true, data: { id: template.id } });
    }
  });

  it('lets a teacher read the templates but not change them', async () => {
    const { core } = setup;
    const teacher = await signedIn(core, ['teacher']);
    const list = ok(await teacher.api.questionnaires.templates({}));
    expect(list).toHaveLength(2);
    expect(await teacher.api.questionnaires.createTemplate(draft())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('templates', () => {
  it('creates with items in the given order, reads, reorders keeping ids, deletes dropped items, lists by name', async () => {
    const { core, api } = setup;
    const created = await create();
    expect(created).toMatchObject({ name: 'Atelier préjugés', version: 1, previousVersionId: null, answerCount: 0, archived: false });
    expect(created.items.map((one) => [one.position, one.wordingFr])).toEqual([[1, 'Un'], [2, 'Deux'], [3, 'Trois']]);
    expect(ok(await api.questionnaires.template({ id: created.id }))).toEqual(created);

    const [one, two, three] = asInput(created).items as [ItemInput, ItemInput, ItemInput];
    const updated = ok(
      await api.questionnaires.updateTemplate({
        ...asInput(created),
        description: 'Nouvelle description',
        items: [three, one, item({ wordingFr: 'Quatre', answerType: 'single_choice', anchorsFr: [], choices: [{ value: 1, labelFr: 'A', labelEn: '' }, { value: 2, labelFr: 'B', labelEn: '' }] })],
      }),
    );
    expect(updated.items.map((entry) => [entry.position, entry.wordingFr])).toEqual([[1, 'Trois'], [2, 'Un'], [3, 'Quatre']]);
    expect(updated.items[0]!.id).toBe(created.items[2]!.id);
    expect(updated.items[1]!.id).toBe(created.items[0]!.id);
    expect(await core.db('questionnaire_items').where({ id: two.id! }).first()).toBeUndefined();

    const names = ok(await api.questionnaires.templates({})).map((entry) => entry.name);
    expect(names).toEqual(['Atelier préjugés', 'Regards sur la migration — élèves', "Retour de l'enseignant·e"]);
    const audit = await core.db('audit_events').where('entity', 'questionnaire_template').orderBy('id').pluck('action');
    expect(audit).toEqual(['questionnaire.template.create', 'questionnaire.template.update']);
  });

  it('archives and unarchives; archived templates are listed only on request', async () => {
    const { api } = setup;
    const created = await create();
    expect(await api.questionnaires.setTemplateArchived({ id: created.id, archived: true })).toMatchObject({ ok: true, data: { archived: true } });
    const open = ok(await api.questionnaires.templates({}));
    expect(open.map((entry) => entry.id)).not.toContain(created.id);
    const all = ok(await api.questionnaires.templates({ includeArchived: true }));
    expect(all.map((entry) => entry.id)).toContain(created.id);
    expect(await api.questionnaires.setTemplateArchived({ id: created.id, archived: false })).toMatchObject({ ok: true, data: { archived: false } });
    expect(await api.questionnaires.setTemplateArchived({ id: 9999, archived: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'notFound.template' },
    });
  });

  it('answers NOT_FOUND for an unknown template', async () => {
    const { api } = setup;
    expect(await api.questionnaires.template({ id: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.template' } });
    expect(await api.questionnaires.updateTemplate({ ...draft(), id: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await api.questionnaires.newTemplateVersion({ id: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it.each<[string, Partial<TemplateInput>, string, string, { limit: number } | undefined]>([
    ['name taken, ignoring case and accents', { name: '  REGARDS sur la   migration — eleves ' }, 'name', 'taken', undefined],
    ['likert4 with 5 anchors', { items: [item({ answerType: 'likert4' })] }, 'items.0.anchorsFr', 'too_many', { limit: 4 }],
    ['likert5 with 4 anchors', { items: [item({ anchorsFr: AGREE.slice(0, 4) })] }, 'items.0.anchorsFr', 'too_few', { limit: 5 }],
    ['0–10 without its two ends', { items: [item({ answerType: 'scale_0_10', anchorsFr: ['Rien'] })] }, 'items.0.anchorsFr', 'too_few', { limit: 2 }],
    ['yes/no with anchors', { items: [item({ answerType: 'yes_no', anchorsFr: ['Non', 'Oui'] })] }, 'items.0.anchorsFr', 'too_many', { limit: 0 }],
    ['English anchors of another length', { items: [item({ anchorsEn: ['Strongly disagree', 'Strongly agree'] })] }, 'items.0.anchorsEn', 'too_few', { limit: 5 }],
    ['single choice with one option', { items: [item({ answerType: 'single_choice', anchorsFr: [], choices: [{ value: 1, labelFr: 'A', labelEn: '' }] })] }, 'items.0.choices', 'too_few', { limit: 2 }],
    [
      'single choice with a repeated value',
      { items: [item({ answerType: 'single_choice', anchorsFr: [], choices: [{ value: 1, labelFr: 'A', labelEn: '' }, { value: 1, labelFr: 'B', labelEn: '' }] })] },
      'items.0.choices.1.value',
      'duplicate',
      undefined,
    ],
    ['choices on a Likert item', { items: [item({ choices: [{ value: 1, labelFr: 'A', labelEn: '' }, { value: 2, labelFr: 'B', labelEn: '' }] })] }, 'items.0.choices', 'too_many', { limit: 0 }],
    ['a reverse-keyed yes/no', { items: [item({ answerType: 'yes_no', anchorsFr: [], reverseKeyed: true })] }, 'items.0.reverseKeyed', 'invalid_value', undefined],
    ['a reverse-keyed free text', { items: [item({ answerType: 'free_text', anchorsFr: [], reverseKeyed: true })] }, 'items.0.reverseKeyed', 'invalid_value', undefined],
    ['a pupil recipe of one part', { codeRecipe: ['birth_day'] }, 'codeRecipe', 'too_few', { limit: 2 }],
    ['a pupil recipe repeating a part', { codeRecipe: ['birth_day', 'birth_day'] }, 'codeRecipe', 'duplicate', undefined],
    ['a teacher form with a recipe', { audience: 'teacher' }, 'codeRecipe', 'too_many', { limit: 0 }],
    ['an item id of another template', { items: [item({ id: 1 })] }, 'items.0.id', 'not_found', undefined],
    ['a teacher item asked only before (teacher forms are given after)', { audience: 'teacher', codeRecipe: [], items: [item({ phase: 'before' })] }, 'items.0.phase', 'invalid_value', undefined],
  ])('refuses %s, naming the field, and writes nothing', async (_label, changes, path, issue, params) => {
    const { api } = setup;
    const before = await counts();
    const result = await api.questionnaires.createTemplate(draft(changes));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.fields).toContainEqual(params ? { path, issue, params } : { path, issue });
    expect(await counts()).toEqual(before);
  });

  it('reports every refused field at once', async () => {
    const { api } = setup;
    const result = await api.questionnaires.createTemplate(draft({ codeRecipe: [], items: [item({ answerType: 'likert4' }), item({ answerType: 'yes_no', reverseKeyed: true, anchorsFr: [] })] }));
    expect(result.ok ? [] : result.error.fields?.map((field) => field.path)).toEqual(['codeRecipe', 'items.0.anchorsFr', 'items.1.reverseKeyed']);
  });

  it('keeps one name per lineage: a renamed template may not take another template’s name', async () => {
    const { api } = setup;
    const created = await create();
    const renamed = await api.questionnaires.updateTemplate({ ...asInput(created), name: "RETOUR de l'enseignant·e" });
    expect(renamed).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'name', issue: 'taken' }] } });
  });
});

describe('a template with answers', () => {
  it('may only change its name and description; anything else is a CONFLICT and nothing is written', async () => {
    const { api } = setup;
    const created = await create();
    await answer(created);
    const current = ok(await api.questionnaires.template({ id: created.id }));
    expect(current.answerCount).toBe(1);

    const input = asInput(current);
    const [one, two, three] = input.items as [ItemInput, ItemInput, ItemInput];
    const changes: Partial<TemplateInput>[] = [
      { items: [one, two, three, item({ wordingFr: 'Quatre' })] },
      { items: [one, two] },
      { items: [two, one, three] },
      { items: [{ ...one, wordingFr: 'Autre' }, two, three] },
      { items: [{ ...one, answerType: 'likert4', anchorsFr: AGREE.slice(0, 4) }, two, three] },
      { items: [{ ...one, anchorsFr: [...AGREE.slice(0, 4), 'Totalement'] }, two, three] },
      { items: [{ ...one, reverseKeyed: true }, two, three] },
      { items: [{ ...one, phase: 'before' }, two, three] },
      { codeRecipe: ['mother_first_letter', 'birth_day'] },
    ];
    for (const change of changes) {
      const before = await counts();
      const result = await api.questionnaires.updateTemplate({ ...input, ...change });
      expect(result, JSON.stringify(change)).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'templateHasAnswers', params: { count: 1 } } });
      expect(await counts()).toEqual(before);
    }

    const renamed = await api.questionnaires.updateTemplate({ ...input, name: 'Atelier stéréotypes', description: 'Mise à jour' });
    expect(renamed).toMatchObject({ ok: true, data: { name: 'Atelier stéréotypes', description: 'Mise à jour', answerCount: 1 } });
  });

  it('gets a new version: a copy numbered version + 1 pointing back, the old one archived and its answers kept', async () => {
    const { core, api } = setup;
    const created = await create();
    await answer(created);
    const copy = ok(await api.questionnaires.newTemplateVersion({ id: created.id }));
    expect(copy).toMatchObject({ name: created.name, version: 2, previousVersionId: created.id, answerCount: 0, archived: false, codeRecipe: created.codeRecipe });
    expect(copy.items.map((one) => one.wordingFr)).toEqual(created.items.map((one) => one.wordingFr));
    expect(copy.items.map((one) => one.id)).not.toContain(created.items[0]!.id);
    expect(ok(await api.questionnaires.template({ id: created.id }))).toMatchObject({ archived: true, answerCount: 1 });

    // The new version is free to change, and keeps the lineage's name.
    const changed = await api.questionnaires.updateTemplate({ ...asInput(copy), items: [item({ wordingFr: 'Seule question' })] });
    expect(changed).toMatchObject({ ok: true, data: { version: 2, items: [{ wordingFr: 'Seule question' }] } });
    // A version made from the old one again comes after the latest.
    expect(await api.questionnaires.newTemplateVersion({ id: created.id })).toMatchObject({ ok: true, data: { version: 3 } });
    const audit = await core.db('audit_events').where('entity', 'questionnaire_template').pluck('action');
    expect(audit).toContain('questionnaire.template.version');
  });
});

describe('a template given to a class', () => {
  it('keeps its audience and code recipe once administered, even before any answer; its items may still change', async () => {
    const { api } = setup;
    const created = await create();
    expect(created.administrationCount).toBe(0);
    await administer(created);
    const current = ok(await api.questionnaires.template({ id: created.id }));
    expect(current).toMatchObject({ administrationCount: 1, answerCount: 0 });

    for (const change of [
      { codeRecipe: ['mother_first_letter', 'birth_day'] },
      { codeRecipe: ['birth_month', 'mother_first_letter'] },
      { audience: 'teacher', codeRecipe: [], items: [item({ phase: 'after' })] },
    ] satisfies Partial<TemplateInput>[]) {
      const before = await counts();
      const result = await api.questionnaires.updateTemplate({ ...asInput(current), ...change });
      expect(result, JSON.stringify(change)).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'templateHasAdministrations', params: { count: 1 } } });
      expect(await counts()).toEqual(before);
    }

    const [one, two] = asInput(current).items as [ItemInput, ItemInput];
    const edited = await api.questionnaires.updateTemplate({ ...asInput(current), items: [two, { ...one, wordingFr: 'Un, reformulé' }] });
    expect(edited).toMatchObject({ ok: true, data: { administrationCount: 1, items: [{ wordingFr: 'Deux' }, { wordingFr: 'Un, reformulé' }] } });
    // A new version starts without administrations: its code may change.
    const copy = ok(await api.questionnaires.newTemplateVersion({ id: created.id }));
    expect(copy.administrationCount).toBe(0);
    expect(await api.questionnaires.updateTemplate({ ...asInput(copy), codeRecipe: ['birth_month', 'birth_day'] })).toMatchObject({
      ok: true,
      data: { codeRecipe: ['birth_month', 'birth_day'] },
    });
  });

  it('reads English labels left blank as no English labels, so a form that sends the empty boxes back can still rename an answered template', async () => {
    const { api } = setup;
    const created = await create();
    await answer(created);
    const current = ok(await api.questionnaires.template({ id: created.id }));
    const input = asInput(current);
    const blankEnglish = input.items.map((entry) => ({ ...entry, anchorsEn: entry.anchorsFr.map(() => '  ') }));
    const renamed = await api.questionnaires.updateTemplate({ ...input, name: 'Atelier renommé', items: blankEnglish });
    expect(renamed).toMatchObject({ ok: true, data: { name: 'Atelier renommé' } });
    if (renamed.ok) expect(renamed.data.items.map((entry) => entry.anchorsEn)).toEqual([[], [], []]);

    // Real English labels are still a change of the scale's wording.
    const translated = input.items.map((entry, index) => (index === 0 ? { ...entry, anchorsEn: ['a', 'b', 'c', 'd', 'e'] } : entry));
    expect(await api.questionnaires.updateTemplate({ ...input, items: translated })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'templateHasAnswers' },
    });
  });
});
