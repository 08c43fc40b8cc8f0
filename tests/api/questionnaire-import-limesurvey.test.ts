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

/**
 * LimeSurvey's own export (issue 17 point 6): sub-question headings `G01Q01[SQ001]`, the response's own columns
 * (id, submitdate, lastpage, startlanguage, seed…) left out, answer codes A1…A5 proposed once for every question
 * of the agreement scale, full answers read with one label → value reading per scale, and the server still
 * checking every value it is given.
 */
const setup = useTestCore(['coordinator']);
let pupil: QuestionnaireTemplate;
let before: Administration;
let after: Administration;

const FIXTURES = join(import.meta.dirname, '../fixtures/questionnaire-import');
const fixture = (name: string) => readFileSync(join(FIXTURES, name)).toString('base64');
const csv = (...lines: string[]) => base64(lines.join('\r\n') + '\r\n');

/** The fixture's rows as LimeSurvey wrote them (BOM, every cell quoted, no quote or separator inside a cell). */
function fixtureRows(name: string, separator: string): string[][] {
  const text = readFileSync(join(FIXTURES, name), 'utf8').replace(/^\ufeff/, '');
  return text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(separator).map((cell) => cell.replace(/^"|"$/g, '')));
}

beforeEach(async () => {
  const { core, api } = setup;
  const school = await addSchool(core.db, 'École communale de Droixhe');
  const classId = await addClass(core.db, school, '5e primaire A');
  const eventId = ok(await api.events.create(activityInput({ themes: [], schoolId: school, classIds: [classId] }))).event.id;
  pupil = ok(await api.questionnaires.templates({})).find((template) => template.audience === 'pupil')!;
  before = ok(await api.questionnaires.createAdministration({ templateId: pupil.id, eventId, classId, phase: 'before', date: '2026-12-03' }));
  after = ok(await api.questionnaires.createAdministration({ templateId: pupil.id, eventId, classId, phase: 'after', date: '2026-12-10' }));
});

const item = (position: number): TemplateItem => pupil.items.find((candidate) => candidate.position === position)!;
const positions = (mapping: AnswerImportMapping) => mapping.columns.map((column) => [column.column, pupil.items.find((candidate) => candidate.id === column.itemId)!.position]);
const preview = async (administrationId: number, file: string, mapping: AnswerImportMapping | null = null): Promise<AnswerImportPreview> =>
  ok(await setup.api.questionnaireImport.preview({ administrationId, file, mapping }));
const commit = (administrationId: number, file: string, mapping: AnswerImportMapping) => setup.api.questionnaireImport.commit({ administrationId, file, mapping });

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of ['questionnaire_responses', 'questionnaire_answers', 'audit_events']) {
    result[table] = Number((await setup.core.db(table).count({ n: '*' }).first())?.n ?? 0);
  }
  return result;
}

/** The mapping with the proposed codes confirmed: each code's value for each question of the proposal. */
function confirmed(result: AnswerImportPreview): AnswerImportMapping {
  const labels = result.codeProposals.flatMap((proposal) => proposal.itemIds.flatMap((itemId) => proposal.codes.map(({ code, value }) => ({ itemId, label: code, value }))));
  return { ...result.mapping, labels: [...result.mapping.labels, ...labels] };
}

/** What the administration holds, by code: the seven answers in paper order ('' = no answer row). */
async function savedByCode(administrationId: number): Promise<Record<string, (number | null | '')[]>> {
  const forms = ok(await setup.api.questionnaires.responses({ administrationId }));
  return Object.fromEntries(
    forms.map((form) => [form.code, [1, 2, 3, 4, 5, 6, 7].map((position) => form.answers.find((answer) => answer.itemId === item(position).id)?.value ?? '')]),
  );
}

describe('LimeSurvey export with question codes and answer codes', () => {
  it('leaves out the response columns, reads G01Q01[SQ001]… as the seven statements, proposes A1…A5 once for all seven', async () => {
    const countsBefore = await counts();
    const result = await preview(before.id, fixture('limesurvey-codes-before.csv'));
    expect(result).toMatchObject({ encoding: 'utf-8', separator: ',' });
    expect(result.metadataColumns).toEqual(['id', 'submitdate', 'lastpage', 'startlanguage', 'seed', 'startdate', 'datestamp']);
    expect(result.mapping.codeColumn).toBe('CODE');
    expect(positions(result.mapping)).toEqual([1, 2, 3, 4, 5, 6, 7].map((position) => [`G01Q01[SQ00${position}]`, position]));
    // One proposal for the seven questions of the agreement scale, A1 lowest: nothing is read before it is confirmed.
    expect(result.codeProposals).toEqual([
      {
        itemIds: [1, 2, 3, 4, 5, 6, 7].map((position) => item(position).id),
        codes: [1, 2, 3, 4, 5].map((value) => ({ code: `A${value}`, value })),
      },
    ]);
    expect(result).toMatchObject({ validCount: 0, errorCount: 5 });
    expect(result.rows[0]?.errors[0]).toEqual({ path: 'G01Q01[SQ001]', issue: 'unknown_label', params: { label: 'A2' } });
    expect(await counts()).toEqual(countsBefore);
  });

  it('once the codes are confirmed, imports every form with the values of the fixture', async () => {
    const file = fixture('limesurvey-codes-before.csv');
    const mapping = confirmed(await preview(before.id, file));
    const checked = await preview(before.id, file, mapping);
    expect(checked).toMatchObject({ validCount: 5, errorCount: 0, unknownLabels: [], codeProposals: [] });
    expect(ok(await commit(before.id, file, mapping))).toEqual({ created: 5 });

    const [header, ...rows] = fixtureRows('limesurvey-codes-before.csv', ',');
    const codeAt = header!.indexOf('CODE');
    const expected = Object.fromEntries(rows.map((row) => [row[codeAt], row.slice(codeAt + 1).map((cell) => (cell === '' ? '' : Number(cell.slice(1))))]));
    expect(Object.keys(expected)).toHaveLength(5);
    expect(await savedByCode(before.id)).toEqual(expected);
  });

  it('refuses a wrong reading of the codes, naming the label, and a file whose codes were never confirmed; nothing is written', async () => {
    const file = fixture('limesurvey-codes-before.csv');
    const result = await preview(before.id, file);
    const countsBefore = await counts();
    expect(await commit(before.id, file, result.mapping)).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'importHasErrors', params: { errorCount: 5 } } });
    const mapping = confirmed(result);
    const wrong = { ...mapping, labels: mapping.labels.map((label, index) => (index === 4 ? { ...label, value: 6 } : label)) };
    expect(wrong.labels[4]).toMatchObject({ label: 'A5', value: 6 });
    const refused = await commit(before.id, file, wrong);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'mapping.labels.4.value', issue: 'out_of_scale', params: { min: 1, max: 5 } }] } });
    expect(await counts()).toEqual(countsBefore);
  });
});

describe('LimeSurvey export with full answers in French', () => {
  it('recognises the statements by their text, reads one label → value per scale for all questions, and a per-question override', async () => {
    const file = fixture('limesurvey-full-before.csv');
    const result = await preview(before.id, file);
    expect(result).toMatchObject({ separator: ';', codeProposals: [] });
    expect(result.metadataColumns).toEqual(['ID de la réponse', 'Date de soumission', 'Dernière page', 'Langue de départ', 'Date de début', 'Date de la dernière action']);
    expect(result.mapping.codeColumn).toBe('Ton code secret');
    expect(result.mapping.columns.map((column) => column.itemId)).toEqual([1, 2, 3, 4, 5, 6, 7].map((position) => item(position).id));
    // The survey's "Pas d'accord" and "D'accord" are not the template's words: unknown, for every statement.
    expect(new Set(result.unknownLabels.map((label) => label.label))).toEqual(new Set(["Pas d'accord", "D'accord"]));

    // The reading given for the scale (what the wizard does once), then question 6's "D'accord" read as 5.
    const shared = [1, 2, 3, 4, 5, 6, 7].flatMap((position) => [
      { itemId: item(position).id, label: "Pas d'accord", value: 2 },
      { itemId: item(position).id, label: "D'accord", value: position === 6 ? 5 : 4 },
    ]);
    const mapping = { ...result.mapping, labels: [...result.mapping.labels, ...shared] };
    expect(await preview(before.id, file, mapping)).toMatchObject({ validCount: 5, errorCount: 0, unknownLabels: [] });
    expect(ok(await commit(before.id, file, mapping))).toEqual({ created: 5 });

    const OPTIONS = ["Pas du tout d'accord", "Pas d'accord", "Ni d'accord ni pas d'accord", "D'accord", "Tout à fait d'accord"];
    const [header, ...rows] = fixtureRows('limesurvey-full-before.csv', ';');
    const codeAt = header!.indexOf('Ton code secret');
    const expected = Object.fromEntries(
      rows.map((row) => [row[codeAt], row.slice(codeAt + 1).map((cell, index) => (cell === '' ? '' : index === 5 && cell === "D'accord" ? 5 : OPTIONS.indexOf(cell) + 1))]),
    );
    expect(await savedByCode(before.id)).toEqual(expected);
  });
});

describe('LimeSurvey sub-question headings', () => {
  it('follow the numbers of their codes when each names a question, else the template’s order; "other" is not a question', async () => {
    const numbered = await preview(before.id, csv('id;CODE;Q5[SQ002];Q5[SQ004];Q5[other]', '1;MA07;A1;A2;'));
    expect(positions(numbered.mapping)).toEqual([
      ['Q5[SQ002]', 2],
      ['Q5[SQ004]', 4],
    ]);
    const twoArrays = await preview(after.id, csv('CODE;G1[SQ001];G1[SQ002];G2[SQ001];G2[SQ002];Q10', 'MA07;A1;A2;A3;A4;7'));
    expect(positions(twoArrays.mapping)).toEqual([
      ['G1[SQ001]', 1],
      ['G1[SQ002]', 2],
      ['G2[SQ001]', 3],
      ['G2[SQ002]', 4],
      ['Q10', 10],
    ]);
    // A code list of another length than the scale's is not a reading of it.
    const sixCodes = await preview(before.id, csv('CODE;Q1[SQ001];Q1[SQ002]', 'MA07;A1;A6'));
    expect(sixCodes.codeProposals).toEqual([]);
  });
});
