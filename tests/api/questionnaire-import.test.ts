import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ok, useTestCore } from '../helpers/api';
import { base64 } from '../helpers/directory';
import { activityInput } from '../helpers/event-input';
import { addClass, addSchool } from '../helpers/school-fixtures';
import type { AnswerImportMapping, AnswerImportPreview } from '../../shared/domain/questionnaires/answer-import';
import type { Administration } from '../../shared/domain/questionnaires/responses';
import type { QuestionnaireTemplate, TemplateItem } from '../../shared/domain/questionnaires/templates';

const setup = useTestCore(['coordinator']);
let pupil: QuestionnaireTemplate;
let teacherForm: QuestionnaireTemplate;
let before: Administration;
let after: Administration;
let feedback: Administration;

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/questionnaire-import', name)).toString('base64');
/** A small file written in the test: lines joined with CRLF, UTF-8. */
const csv = (...lines: string[]) => base64(lines.join('\r\n') + '\r\n');

async function administer(templateId: number, classId: number, eventId: number, phase: 'before' | 'after'): Promise<Administration> {
  return ok(await setup.api.questionnaires.createAdministration({ templateId, eventId, classId, phase, date: phase === 'before' ? '2026-12-03' : '2026-12-10' }));
}

beforeEach(async () => {
  const { core, api } = setup;
  const school = await addSchool(core.db, 'École communale de Droixhe');
  const classId = await addClass(core.db, school, '5e primaire A');
  const created = await api.events.create(activityInput({ themes: [], schoolId: school, classIds: [classId] }));
  const eventId = ok(created).event.id;
  const templates = ok(await api.questionnaires.templates({}));
  pupil = templates.find((template) => template.audience === 'pupil')!;
  teacherForm = templates.find((template) => template.audience === 'teacher')!;
  before = await administer(pupil.id, classId, eventId, 'before');
  after = await administer(pupil.id, classId, eventId, 'after');
  feedback = await administer(teacherForm.id, classId, eventId, 'after');
});

/** Row counts of the questionnaire tables and the audit, to prove a refused import wrote nothing. */
async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of ['questionnaire_responses', 'questionnaire_answers', 'audit_events']) {
    result[table] = Number((await setup.core.db(table).count({ n: '*' }).first())?.n ?? 0);
  }
  return result;
}

async function preview(administrationId: number, file: string, mapping: AnswerImportMapping | null = null): Promise<AnswerImportPreview> {
  return ok(await setup.api.questionnaireImport.preview({ administrationId, file, mapping }));
}

const commit = (administrationId: number, file: string, mapping: AnswerImportMapping) => setup.api.questionnaireImport.commit({ administrationId, file, mapping });

const item = (position: number, template = pupil): TemplateItem => template.items.find((candidate) => candidate.position === position)!;
/** The answers of a preview row as position → value (or text), to compare with what the pupil ticked. */
const byPosition = (answers: { itemId: number; value: number | null; text: string }[], template = pupil) =>
  Object.fromEntries(answers.map((answer) => {
    const position = template.items.find((candidate) => candidate.id === answer.itemId)!.position;
    return [position, answer.text !== '' ? answer.text : answer.value];
  }));

describe('answer import: suggested mapping', () => {
  it('reads a Google Forms export: code column, grid sub-questions and questions by wording, French labels to values', async () => {
    const countsBefore = await counts();
    const result = await preview(after.id, fixture('google-forms-after.csv'));
    expect(result).toMatchObject({ encoding: 'utf-8', separator: ',', validCount: 5, errorCount: 0, unknownLabels: [] });
    expect(result.headers[0]).toBe('Horodateur');
    expect(result.mapping.codeColumn).toBe('Ton code secret');
    // The timestamp is left out; the eleven items of the 'after' form are found, in the file's order.
    expect(result.mapping.columns.map((column) => pupil.items.find((candidate) => candidate.id === column.itemId)!.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(result.mapping.columns[0]?.column).toBe("Que penses-tu de ces phrases ? [Les personnes venues d'ailleurs prennent le travail des Belges.]");
    // Anchors are lowest first: "Pas du tout d'accord" is 1, "Tout à fait d'accord" 5. One label per item and
    // spelling once case, accents and punctuation are set aside: "d’accord" is "d'accord".
    expect(result.mapping.labels.filter((label) => label.itemId === item(1).id)).toEqual([
      { itemId: item(1).id, label: "Plutôt pas d'accord", value: 2 },
      { itemId: item(1).id, label: "Ni d'accord ni pas d'accord", value: 3 },
      { itemId: item(1).id, label: "Pas du tout d'accord", value: 1 },
    ]);
    expect(result.mapping.labels.filter((label) => label.itemId === item(2).id)).toEqual([
      { itemId: item(2).id, label: "Tout à fait d'accord", value: 5 },
      { itemId: item(2).id, label: "Plutôt d'accord", value: 4 },
    ]);
    expect(byPosition(result.rows[4]!.answers)).toEqual({ 1: 2, 2: 5, 3: 2, 4: 4, 5: 4, 6: 5, 7: 2, 8: 4, 9: 4, 10: 6 });
    // Numbers of the 0–10 scale need no label.
    expect(result.mapping.labels.some((label) => label.itemId === item(10).id)).toBe(false);

    const [first, second, third] = result.rows;
    expect(first).toMatchObject({ line: 2, code: 'MA07', errors: [] });
    expect(byPosition(first!.answers)).toEqual({ 1: 2, 2: 5, 3: 1, 4: 4, 5: 5, 6: 4, 7: 1, 8: 5, 9: 4, 10: 9, 11: "C'était super, on a joué un jeu de rôle !" });
    // An empty cell is not entered: no answer row at all (items 5 and 11 of the second pupil).
    expect(second).toMatchObject({ line: 3, code: 'LB12' });
    expect(byPosition(second!.answers)).toEqual({ 1: 2, 2: 4, 3: 2, 4: 5, 6: 5, 7: 2, 8: 4, 9: 5, 10: 10 });
    expect(third?.code).toBe('SC03');
    expect(await counts()).toEqual(countsBefore);
  });

  it('reads a LimeSurvey export saved by Excel in Windows-1252: accents, "Q01. …" and cut headers, "Sans réponse"', async () => {
    const result = await preview(before.id, fixture('limesurvey-before-windows-1252.csv'));
    expect(result).toMatchObject({ encoding: 'windows-1252', separator: ';', validCount: 5, errorCount: 0, unknownLabels: [] });
    expect(result.headers.slice(0, 5)).toEqual(['ID de la réponse', 'Date de soumission', 'Dernière page', 'Langue de départ', 'Code élève']);
    expect(result.mapping.codeColumn).toBe('Code élève');
    expect(result.mapping.columns).toEqual([
      { column: expect.stringMatching(/^Q01\. /), itemId: item(1).id },
      { column: expect.stringMatching(/^Q02\. /), itemId: item(2).id },
      { column: expect.stringMatching(/^Q03\. /), itemId: item(3).id },
      { column: expect.stringMatching(/^Q04\. /), itemId: item(4).id },
      { column: 'Je sais que beaucoup de familles de Liège son…', itemId: item(5).id },
      { column: 'Je peux imaginer ce que ressent un enfant qui…', itemId: item(6).id },
      { column: 'Q7', itemId: item(7).id },
    ]);
    expect(result.mapping.labels).toContainEqual({ itemId: item(3).id, label: 'Sans réponse', value: null });
    expect(result.mapping.labels).toContainEqual({ itemId: item(6).id, label: 'Plutôt d’accord', value: 4 });
    const lb12 = result.rows.find((row) => row.code === 'LB12')!;
    expect(lb12.answers).toContainEqual({ itemId: item(3).id, value: null, text: '' });
    expect(result.rows.map((row) => row.code)).toEqual(['MA07', 'LB12', 'SC03', 'KM25', 'TD30']);
  });

  it('suggests no code column for a teacher form, and reads Oui/Non', async () => {
    const { api } = setup;
    const file = csv('Code;Dans l’ensemble, je suis satisfait·e de l’activité.;Recommanderiez-vous cette activité à un·e collègue ?;Commentaires et suggestions', 'X1;Plutôt d’accord;Oui;Très bien', 'X2;4;Non;');
    const result = await preview(feedback.id, file);
    expect(result.mapping.codeColumn).toBeNull();
    expect(result.mapping.columns.map((column) => column.itemId)).toEqual([item(1, teacherForm).id, item(5, teacherForm).id, item(6, teacherForm).id]);
    expect(result.rows.map((row) => [row.code, byPosition(row.answers, teacherForm)])).toEqual([
      ['', { 1: 4, 5: 1, 6: 'Très bien' }],
      ['', { 1: 4, 5: 0 }],
    ]);
    // A code column sent for a teacher form is refused: teachers' forms carry no code.
    const refused = await api.questionnaireImport.preview({ administrationId: feedback.id, file, mapping: { ...result.mapping, codeColumn: 'Code' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'mapping.codeColumn', issue: 'invalid_value' }] } });
    expect(ok(await commit(feedback.id, file, result.mapping))).toEqual({ created: 2 });
  });
});

describe('answer import: the user’s mapping', () => {
  const file = () => csv('Pupil code;Q1;Question 2;Avis', 'MA07;Bof;2;Plutôt d’accord', 'LB12;Bof;Tout à fait d’accord;5', 'SC03;4;Pas du tout d’accord;Bof');

  it('overrides the suggestion: columns, code column and label values as sent, other anchors still recognised', async () => {
    const suggested = await preview(before.id, file());
    expect(suggested.mapping.codeColumn).toBe('Pupil code');
    expect(suggested.mapping.columns).toEqual([{ column: 'Q1', itemId: item(1).id }, { column: 'Question 2', itemId: item(2).id }]);

    const mapping: AnswerImportMapping = {
      codeColumn: null,
      columns: [{ column: 'Q1', itemId: item(4).id }, { column: 'Avis', itemId: item(6).id }],
      labels: [{ itemId: item(4).id, label: 'BOF', value: 3 }, { itemId: item(6).id, label: "Plutôt d'accord", value: 5 }, { itemId: item(6).id, label: 'bof', value: null }],
    };
    const result = await preview(before.id, file(), mapping);
    expect(result.mapping.codeColumn).toBeNull();
    expect(result.mapping.columns).toEqual(mapping.columns);
    expect(result).toMatchObject({ errorCount: 0, unknownLabels: [] });
    expect(result.rows.map((row) => [row.code, byPosition(row.answers)])).toEqual([
      ['', { 4: 3, 6: 5 }],
      ['', { 4: 3, 6: 5 }],
      ['', { 4: 4, 6: null }],
    ]);
    // The column 'Question 2' is not mapped: its cells are not read at all.
    expect(result.rows.every((row) => row.answers.every((answer) => answer.itemId !== item(2).id))).toBe(true);
  });

  it('refuses a mapping that does not fit the file or the phase, naming the part', async () => {
    const { api } = setup;
    const refused = await api.questionnaireImport.preview({
      administrationId: before.id,
      file: file(),
      mapping: {
        codeColumn: 'Code',
        columns: [{ column: 'Q9', itemId: item(1).id }, { column: 'Avis', itemId: item(8).id }, { column: 'Q1', itemId: item(1).id }],
        labels: [{ itemId: item(1).id, label: 'Bof', value: 7 }],
      },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const fields = refused.ok ? [] : refused.error.fields;
    expect(fields).toEqual([
      { path: 'mapping.codeColumn', issue: 'not_found' },
      { path: 'mapping.columns.0.column', issue: 'not_found' },
      { path: 'mapping.columns.1.itemId', issue: 'not_asked' },
      { path: 'mapping.columns.2.itemId', issue: 'duplicate' },
      { path: 'mapping.labels.0.value', issue: 'out_of_scale', params: { min: 1, max: 5 } },
    ]);
  });
});

describe('answer import: errors refuse the whole file', () => {
  it('shows an unknown label on its rows and in the summary, refuses the commit and writes nothing; naming it lets the file in', async () => {
    const file = csv('Code élève;Q1;Q2', 'MA07;Bof;Tout à fait d’accord', 'LB12;Plutôt d’accord;bof', 'SC03;Bof;2');
    const result = await preview(before.id, file);
    expect(result).toMatchObject({ validCount: 0, errorCount: 3 });
    expect(result.rows[0]?.errors).toEqual([{ path: 'Q1', issue: 'unknown_label', params: { label: 'Bof' } }]);
    expect(result.unknownLabels).toEqual([
      { itemId: item(1).id, column: 'Q1', label: 'Bof', count: 2 },
      { itemId: item(2).id, column: 'Q2', label: 'bof', count: 1 },
    ]);

    const countsBefore = await counts();
    const refused = await commit(before.id, file, result.mapping);
    expect(refused).toEqual({ ok: false, error: { code: 'VALIDATION', message: expect.any(String), reason: 'importHasErrors', params: { errorCount: 3 } } });
    expect(await counts()).toEqual(countsBefore);

    const named: AnswerImportMapping = { ...result.mapping, labels: [...result.mapping.labels, { itemId: item(1).id, label: 'Bof', value: 3 }, { itemId: item(2).id, label: 'Bof', value: 3 }] };
    expect(ok(await commit(before.id, file, named))).toEqual({ created: 3 });
  });

  it('names duplicate codes (in the file, and against forms already entered), codes off the recipe and values off the scale', async () => {
    const { api } = setup;
    await api.questionnaires.saveResponse({ administrationId: after.id, id: null, code: 'KM25', answers: [] });
    const file = csv(
      'Code;Q1;Q10;Q11',
      'MA07;1;9;',
      'ma 07;2;8;', // the same code once normalised
      'KM25;3;11;', // already entered in this administration; 11 is off the 0–10 scale
      'K25;7;;=1+1', // two letters and two digits needed; 7 is off the 1–5 scale
      'SC03;;0;rien à dire',
    );
    const result = await preview(after.id, file);
    expect(result.rows.map((row) => [row.line, row.errors])).toEqual([
      [2, []],
      [3, [{ path: 'code', issue: 'duplicate', params: { line: 2 } }]],
      [4, [{ path: 'Q10', issue: 'out_of_scale', params: { min: 0, max: 10 } }, { path: 'code', issue: 'duplicate' }]],
      [5, [{ path: 'code', issue: 'code_pattern', params: { length: 4 } }, { path: 'Q1', issue: 'out_of_scale', params: { min: 1, max: 5 } }]],
      [6, []],
    ]);
    expect(result).toMatchObject({ validCount: 2, errorCount: 3 });
    expect(result.rows[3]?.answers).toContainEqual({ itemId: item(11).id, value: null, text: '=1+1' });

    const countsBefore = await counts();
    expect(await commit(after.id, file, result.mapping)).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'importHasErrors', params: { errorCount: 3 } } });
    expect(await counts()).toEqual(countsBefore);
  });

  it('refuses an empty file, a file with only a header on commit, a commit without any item column, and an unknown administration', async () => {
    const { api } = setup;
    expect(await api.questionnaireImport.preview({ administrationId: before.id, file: base64(''), mapping: null })).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'importEmpty' } });
    const headerOnly = csv('Code;Q1');
    expect(await commit(before.id, headerOnly, { codeColumn: 'Code', columns: [{ column: 'Q1', itemId: item(1).id }], labels: [] })).toMatchObject({ ok: false, error: { reason: 'importEmpty' } });
    expect(await commit(before.id, csv('Code;Q1', 'MA07;1'), { codeColumn: 'Code', columns: [], labels: [] })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'mapping.columns', issue: 'too_few', params: { limit: 1 } }] } });
    expect(await api.questionnaireImport.preview({ administrationId: 9999, file: csv('Code;Q1', 'MA07;1'), mapping: null })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.administration' } });
  });
});

describe('answer import: commit', () => {
  it('saves the before and after files whole: the forms appear in the administrations, ready for pairing, and the audit keeps ids only', async () => {
    const { core, api } = setup;
    const lime = fixture('limesurvey-before-windows-1252.csv');
    const google = fixture('google-forms-after.csv');
    expect(ok(await commit(before.id, lime, (await preview(before.id, lime)).mapping))).toEqual({ created: 5 });
    expect(ok(await commit(after.id, google, (await preview(after.id, google)).mapping))).toEqual({ created: 5 });

    const beforeForms = ok(await api.questionnaires.responses({ administrationId: before.id }));
    const afterForms = ok(await api.questionnaires.responses({ administrationId: after.id }));
    expect(beforeForms.map((form) => form.code)).toEqual(['MA07', 'LB12', 'SC03', 'KM25', 'TD30']);
    expect(afterForms.map((form) => form.code)).toEqual(['MA07', 'LB12', 'SC03', 'KM25', 'TD30']);
    const ma07 = afterForms[0]!;
    expect(byPosition(ma07.answers)).toEqual({ 1: 2, 2: 5, 3: 1, 4: 4, 5: 5, 6: 4, 7: 1, 8: 5, 9: 4, 10: 9, 11: "C'était super, on a joué un jeu de rôle !" });
    // "Sans réponse" is an explicit no answer (a row with null); an empty cell is no row at all.
    const lb12 = beforeForms[1]!;
    expect(lb12.answers.find((answer) => answer.itemId === item(3).id)).toEqual({ itemId: item(3).id, value: null, text: '' });
    expect(beforeForms[3]!.answers.some((answer) => answer.itemId === item(7).id)).toBe(false);

    const audit = await core.db('audit_events').where({ action: 'questionnaire.answers.import' }).select('entity', 'entity_id');
    expect(audit).toEqual([
      { entity: 'questionnaire_administration', entity_id: String(before.id) },
      { entity: 'questionnaire_administration', entity_id: String(after.id) },
    ]);
    const logged = JSON.stringify(await core.db('audit_events').select()) + JSON.stringify(core.logger.entries);
    expect(logged).not.toContain('MA07');

    // The same file again: every code is now taken, so nothing more is written.
    const again = await commit(after.id, google, (await preview(after.id, google)).mapping);
    expect(again).toMatchObject({ ok: false, error: { reason: 'importHasErrors', params: { errorCount: 5 } } });
  });
});

describe('answer import: a large file', () => {
  const LIKERT = ["Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"];
  /** Two thousand distinct codes of the recipe (two letters, a day), in a fixed order. */
  const codeOf = (form: number) => `${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[form % 26]}${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(form / 26) % 26]}${String(Math.floor(form / 676) + 1).padStart(2, '0')}`;

  /**
   * An online form's export of `forms` pupils for the 'after' form, with what each cell should become: labels,
   * "Sans réponse" (null), empty cells (no answer row), marks of the 0–10 scale, comments with commas and quotes.
   */
  function largeFile(forms: number): { file: string; expected: Map<string, Record<number, number | string | null>> } {
    const items = pupil.items.filter((candidate) => candidate.phase !== 'before').sort((a, b) => a.position - b.position);
    const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
    const lines = [['Horodateur', 'Ton code secret', ...items.map((candidate) => candidate.wordingFr)].map(quote).join(',')];
    const expected = new Map<string, Record<number, number | string | null>>();
    for (let form = 0; form < forms; form += 1) {
      const answers: Record<number, number | string | null> = {};
      const cells = [`2026/12/10 10:${String(form % 60).padStart(2, '0')}:00`, codeOf(form)];
      for (const candidate of items) {
        const seed = form * 31 + candidate.position * 7;
        if (seed % 13 === 0) cells.push('');
        else if (candidate.answerType === 'free_text') {
          const comment = `Bien, merci « ${form} » et "bravo"`;
          cells.push(comment);
          answers[candidate.position] = comment;
        } else if (candidate.answerType === 'scale_0_10') {
          cells.push(String(seed % 11));
          answers[candidate.position] = seed % 11;
        } else if (seed % 17 === 0) {
          cells.push('Sans réponse');
          answers[candidate.position] = null;
        } else {
          cells.push(LIKERT[seed % 5]!);
          answers[candidate.position] = (seed % 5) + 1;
        }
      }
      lines.push(cells.map(quote).join(','));
      expected.set(codeOf(form), answers);
    }
    return { file: base64(lines.join('\r\n') + '\r\n'), expected };
  }

  it('saves 2,000 forms whole: every form and every answer read back as in the file, new forms numbered after them', async () => {
    const { core, api } = setup;
    // A form entered then deleted: its number is never given again (the imported forms come after it).
    const deleted = ok(await api.questionnaires.saveResponse({ administrationId: after.id, id: null, code: 'ZZ28', answers: [] }));
    ok(await api.questionnaires.deleteResponse({ id: deleted.id }));

    const { file, expected } = largeFile(2000);
    const checked = await preview(after.id, file);
    expect(checked).toMatchObject({ validCount: 2000, errorCount: 0, unknownLabels: [] });
    expect(ok(await commit(after.id, file, checked.mapping))).toEqual({ created: 2000 });

    const forms = ok(await api.questionnaires.responses({ administrationId: after.id }));
    expect(forms.map((form) => form.code)).toEqual([...expected.keys()]);
    expect(new Map(forms.map((form) => [form.code, byPosition(form.answers)]))).toEqual(expected);
    const answerCount = [...expected.values()].reduce((sum, answers) => sum + Object.keys(answers).length, 0);
    const stored = await core.db('questionnaire_answers').whereIn('response_id', forms.map((form) => form.id)).count({ n: '*' }).first();
    expect(Number(stored?.n)).toBe(answerCount);
    expect(Math.min(...forms.map((form) => form.id))).toBeGreaterThan(deleted.id);

    // The grid goes on after the file: its next form takes a number no imported form holds.
    const typed = ok(await api.questionnaires.saveResponse({ administrationId: after.id, id: null, code: 'ZZ28', answers: [] }));
    expect(typed.id).toBeGreaterThan(Math.max(...forms.map((form) => form.id)));
  });
});
