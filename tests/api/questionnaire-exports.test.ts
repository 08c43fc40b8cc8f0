import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { ok, useTestCore } from '../helpers/api';
import { activityInput, onDay } from '../helpers/event-input';
import { addClass, addSchool } from '../helpers/school-fixtures';
import type { CsvFile } from '../../shared/api/csv-files';
import type { AnalysisScope } from '../../shared/domain/questionnaires/analysis';
import type { QuestionnaireTemplate } from '../../shared/domain/questionnaires/templates';

const setup = useTestCore(['coordinator']);
let pupil: QuestionnaireTemplate;
let teacherForm: QuestionnaireTemplate;
let classA: number;
let classB: number;
let otherSchool: number;
let event: number;

const CONTEXT = ['Année scolaire', 'École', 'Classe', "Date de l'activité", 'Activité', 'Moment', 'Date de passation'];
const FORMULA = '=HYPERLINK("http://exemple.invalid";"clic")';

async function createEvent(schoolId: number, classIds: number[], title: string, day: string): Promise<number> {
  const result = await setup.api.events.create(activityInput({ title, themes: [], schoolId, classIds, ...onDay(day) }));
  return ok(result).event.id;
}

async function administer(templateId: number, eventId: number, classId: number, phase: 'before' | 'after', date: string): Promise<number> {
  return ok(await setup.api.questionnaires.createAdministration({ templateId, eventId, classId, phase, date })).id;
}

/** One form: answers by item position (a number, null for "no answer", or a text for free text). */
async function form(administrationId: number, code: string, answers: Record<number, number | null | string>, template = pupil): Promise<void> {
  const list = Object.entries(answers).map(([position, answer]) => ({
    itemId: template.items.find((item) => item.position === Number(position))!.id,
    value: typeof answer === 'string' ? null : answer,
    text: typeof answer === 'string' ? answer : '',
  }));
  ok(await setup.api.questionnaires.saveResponse({ administrationId, id: null, code, answers: list }));
}

beforeEach(async () => {
  const { core, api } = setup;
  const school = await addSchool(core.db, 'École communale de Droixhe');
  classA = await addClass(core.db, school, '5e primaire A');
  classB = await addClass(core.db, school, '5e primaire B');
  otherSchool = await addSchool(core.db, 'École du Sacré-Cœur', '4030');
  const classC = await addClass(core.db, otherSchool, '6e primaire', 20, '2027–2028');
  const templates = ok(await api.questionnaires.templates({}));
  pupil = templates.find((template) => template.audience === 'pupil')!;
  teacherForm = templates.find((template) => template.audience === 'teacher')!;

  event = await createEvent(school, [classA, classB], 'Atelier « Préjugés »', '2026-12-03');
  const beforeA = await administer(pupil.id, event, classA, 'before', '2026-12-03');
  const afterA = await administer(pupil.id, event, classA, 'after', '2026-12-10');
  const beforeB = await administer(pupil.id, event, classB, 'before', '2026-12-03');
  const feedback = await administer(teacherForm.id, event, classA, 'after', '2026-12-10');
  await form(beforeA, 'MA07', { 1: 4, 2: null });
  await form(beforeA, 'LB12', { 1: 2, 2: 3, 3: 1 });
  await form(afterA, 'MA07', { 1: 2, 2: 4, 10: 9, 11: FORMULA });
  await form(beforeB, 'ZZ01', { 1: 5 });
  await form(feedback, '', { 1: 4, 5: 1, 6: 'Très bien, à refaire' }, teacherForm);

  const nextYear = await createEvent(otherSchool, [classC], 'Spectacle « Exils »', '2027-10-05');
  await form(await administer(pupil.id, nextYear, classC, 'before', '2027-10-05'), 'QQ11', { 1: 3 });
});

/** The file parsed back as Excel would: BOM first, semicolons, CRLF. */
function parse(file: CsvFile): string[][] {
  expect(file.content.charCodeAt(0)).toBe(0xfeff);
  expect(file.content.endsWith('\r\n')).toBe(true);
  const parsed = Papa.parse<string[]>(file.content.slice(1), { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function answers(scope: AnalysisScope, templateId = pupil.id): Promise<CsvFile> {
  return ok(await setup.api.questionnaireResults.answersCsv({ templateId, scope }));
}

describe('answers CSV', () => {
  it('writes one row per form with its context, raw values, "NR" for no answer and empty for not entered', async () => {
    const { username: coordinatorName } = setup;
    const file = await answers({ kind: 'event', eventId: event });
    expect(file.fileName).toBe('reponses-regards-sur-la-migration-eleves-v1-atelier-prejuges.csv');
    const [header, ...rows] = parse(file);
    expect(header).toEqual([...CONTEXT, 'Code élève', ...pupil.items.map((item) => `Q${item.position}`)]);
    // Class A before (by code), class A after, then class B.
    expect(rows.map((row) => [row[2], row[5], row[7]])).toEqual([
      ['5e primaire A', 'avant', 'LB12'],
      ['5e primaire A', 'avant', 'MA07'],
      ['5e primaire A', 'après', 'MA07'],
      ['5e primaire B', 'avant', 'ZZ01'],
    ]);
    const [, maBefore, maAfter] = rows;
    expect(maBefore!.slice(0, 7)).toEqual(['2026–2027', 'École communale de Droixhe', '5e primaire A', '2026-12-03', 'Atelier « Préjugés »', 'avant', '2026-12-03']);
    // Q1 is reverse-keyed: its raw value is kept (4), never turned around (2).
    expect(maBefore!.slice(8, 11)).toEqual(['4', 'NR', '']);
    expect(maAfter![6]).toBe('2026-12-10');
    expect(maAfter!.slice(8)).toEqual(['2', '4', '', '', '', '', '', '', '', '9', `'${FORMULA}`]);
    // A free text starting with "=" is shown as text by spreadsheets, never run as a formula.
    expect(file.content).not.toMatch(/(^|;|\n)=HYPERLINK/);
    // Nobody's name is written: neither the coordinator who entered the forms nor a teacher.
    expect(file.content).not.toContain(coordinatorName);
  });

  it('keeps to the scope: a class, a school year, everything', async () => {
    const codes = async (scope: AnalysisScope) => parse(await answers(scope)).slice(1).map((row) => row[7]);
    expect(await codes({ kind: 'class', classId: classB })).toEqual(['ZZ01']);
    expect(await codes({ kind: 'schoolYear', schoolYear: '2027–2028' })).toEqual(['QQ11']);
    expect(await codes({ kind: 'school', schoolId: otherSchool, schoolYear: null })).toEqual(['QQ11']);
    expect(await codes({ kind: 'all' })).toEqual(['LB12', 'MA07', 'MA07', 'ZZ01', 'QQ11']);
    // A scope with no form gives the header alone.
    expect(parse(await answers({ kind: 'schoolYear', schoolYear: '2025–2026' }))).toHaveLength(1);
  });

  it('writes teacher forms without any code column', async () => {
    const [header, ...rows] = parse(await answers({ kind: 'event', eventId: event }, teacherForm.id));
    expect(header).toEqual([...CONTEXT, 'Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6']);
    expect(rows).toEqual([
      ['2026–2027', 'École communale de Droixhe', '5e primaire A', '2026-12-03', 'Atelier « Préjugés »', 'après', '2026-12-10', '4', '', '', '', '1', 'Très bien, à refaire'],
    ]);
  });

  it('answers NOT_FOUND for an unknown template or scope', async () => {
    const { api } = setup;
    expect(await api.questionnaireResults.answersCsv({ templateId: 9999, scope: { kind: 'all' } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.template' } });
    expect(await api.questionnaireResults.answersCsv({ templateId: pupil.id, scope: { kind: 'event', eventId: 9999 } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.event' } });
  });
});

describe('codebook CSV', () => {
  it('lists every item and value with its labels, dimension, phase and reverse flag, and explains the code, "NR" and empty cells', async () => {
    const { api } = setup;
    const file = ok(await api.questionnaireResults.codebookCsv({ templateId: pupil.id }));
    expect(file.fileName).toBe('codebook-regards-sur-la-migration-eleves-v1.csv');
    const [header, code, ...rows] = parse(file);
    expect(header).toEqual(['Colonne', 'Dimension', 'Type de réponse', 'Posée', 'Inversée', 'Question (FR)', 'Question (EN)', 'Valeur', 'Libellé (FR)', 'Libellé (EN)']);
    expect(code![0]).toBe('Code élève');
    expect(code![5]).toContain("l'élève forme lui-même : la première lettre du prénom de ta maman");

    const q1 = rows.filter((row) => row[0] === 'Q1');
    expect(q1.map((row) => [row[7], row[8], row[9]])).toEqual([
      ['1', "Pas du tout d'accord", 'Strongly disagree'],
      ['2', "Plutôt pas d'accord", 'Disagree'],
      ['3', "Ni d'accord ni pas d'accord", 'Neither agree nor disagree'],
      ['4', "Plutôt d'accord", 'Agree'],
      ['5', "Tout à fait d'accord", 'Strongly agree'],
    ]);
    expect(q1[0]!.slice(0, 7)).toEqual(['Q1', 'Stéréotypes', 'Échelle en 5 points', 'avant et après', 'oui', "Les personnes venues d'ailleurs prennent le travail des Belges.", "People who come from elsewhere take Belgians' jobs."]);
    expect(rows.find((row) => row[0] === 'Q2')![4]).toBe('non');

    const q10 = rows.filter((row) => row[0] === 'Q10');
    expect(q10.map((row) => row[7])).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect([q10[0]![8], q10[5]![8], q10[10]![8]]).toEqual(["Je n'ai pas du tout aimé", '', "J'ai adoré"]);
    expect(q10[0]!.slice(1, 4)).toEqual(['Satisfaction', 'Note de 0 à 10', 'après']);
    expect(rows.filter((row) => row[0] === 'Q11').map((row) => [row[2], row[7]])).toEqual([['Texte libre', '']]);

    const [reverse, noAnswer, empty] = rows.slice(-3);
    expect(reverse!.slice(0, 5)).toEqual(['Q1 à Q11', '', '', '', 'oui']);
    expect(reverse![8]).toContain('min + max − valeur');
    expect(noAnswer!.slice(7, 9)).toEqual(['NR', 'Pas de réponse : la question a été posée mais laissée sans réponse']);
    expect(empty![7]).toBe('');
    expect(empty![8]).toMatch(/^Case vide/);
  });

  it('has no code row for a teacher form, and Oui/Non for yes/no items', async () => {
    const { api } = setup;
    const [, ...rows] = parse(ok(await api.questionnaireResults.codebookCsv({ templateId: teacherForm.id })));
    expect(rows[0]![0]).toBe('Q1');
    expect(rows.filter((row) => row[0] === 'Q5').map((row) => [row[7], row[8], row[9]])).toEqual([['0', 'Non', 'No'], ['1', 'Oui', 'Yes']]);
    expect(await api.questionnaireResults.codebookCsv({ templateId: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
