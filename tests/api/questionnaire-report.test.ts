// The impact report (questionnaireResults/impactReportPdf) and the event sheet's questionnaire section, through
// dispatch on forms entered as a teacher would: the PDFs are read back (qpdf --check, pdftotext) and their
// figures compared with the same figures computed here from the answers entered.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, TEST_SCRYPT_COST } from '../helpers/core';
import { generateDemo } from '../../main/demo/generate';
import { ok, signedIn, useTestCore } from '../helpers/api';
import { addClass, addSchool, addTeacher } from '../helpers/school-fixtures';
import { administer, administerBoth, createEvent, pupilCode, saveForm, seededTemplates, type FormAnswers } from '../helpers/questionnaire-results-fixtures';
import type { PasserelleApi } from '../../shared/api/contract';
import type { PublishedCount } from '../../shared/domain/questionnaires/analysis';
import { schoolYearOf } from '../../shared/domain/school-year';
import type { QuestionnaireTemplate } from '../../shared/domain/questionnaires/templates';

const workDir = mkdtempSync(join(tmpdir(), 'passerelle-report-api-'));
let written = 0;

function readPdf(file: { fileName: string; content: string; encoding: string; mimeType: string }): { flow: string; raw: string } {
  expect(file).toMatchObject({ mimeType: 'application/pdf', encoding: 'base64' });
  const path = join(workDir, `${++written}-${file.fileName}`);
  writeFileSync(path, Buffer.from(file.content, 'base64'));
  expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  return {
    flow: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    raw: execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }),
  };
}

const setup = useTestCore(['coordinator']);
let pupil: QuestionnaireTemplate;
let teacherForm: QuestionnaireTemplate;
let school: number;
let classA: number;
let classB: number;
let eventId: number;

// Pupil i's answers to the seven items asked before and after (positions 1–7; 1, 3 and 7 reverse-keyed).
const beforeAnswers = (i: number) => [1, 2, 3, 4, 5, 6, 7].map((k) => 1 + ((i * 3 + k * 2) % 5));
const afterAnswers = (i: number) =>
  beforeAnswers(i).map((value, k) => {
    const step = i % 3 === 0 ? 0 : 1;
    return [0, 2, 6].includes(k) ? Math.max(1, value - step) : Math.min(5, value + step);
  });
const LIKED = (i: number) => 3 + (i % 3);
const A_PUPILS = 9;
const B_PUPILS = 3;

const itemAt = (position: number) => pupil.items.find((item) => item.position === position)!;
function pupilForm(values: number[], extra: Record<number, number | string> = {}): FormAnswers {
  const answers: FormAnswers = {};
  values.forEach((value, index) => (answers[itemAt(index + 1).id] = value));
  for (const [position, value] of Object.entries(extra)) answers[itemAt(Number(position)).id] = value;
  return answers;
}

/** Class A: 9 pupils, one of whom miscopies their code after (a candidate left for review); class B: 3 pupils. */
async function enterForms(): Promise<void> {
  const { api } = setup;
  const a = await administerBoth(api, pupil.id, eventId, classA, '2026-11-20');
  const b = await administerBoth(api, pupil.id, eventId, classB, '2026-11-20');
  for (let i = 0; i < A_PUPILS + B_PUPILS; i += 1) {
    const ids = i < A_PUPILS ? a : b;
    const code = pupilCode(i);
    await saveForm(api, ids.before, code, pupilForm(beforeAnswers(i)));
    const afterCode = i === 4 ? `${code.slice(0, 2)}${code[3]}${code[2]}` : code;
    await saveForm(api, ids.after, afterCode, pupilForm(afterAnswers(i), { 8: LIKED(i), 11: i === 0 ? 'Mon ami Théo a bien rigolé.' : '' }));
  }
  const feedback = await administer(api, { templateId: teacherForm.id, eventId, classId: classA, phase: 'after', date: '2026-11-21' });
  const teacherItem = (position: number) => teacherForm.items.find((item) => item.position === position)!.id;
  await saveForm(api, feedback, '', { [teacherItem(1)]: 4, [teacherItem(6)]: 'Très bonne animation, à refaire avec les 6e.' });
}

beforeEach(async () => {
  const { core, api } = setup;
  ({ pupil, teacher: teacherForm } = await seededTemplates(api));
  school = await addSchool(core.db, 'École communale de Droixhe');
  classA = await addClass(core.db, school, '5e primaire A');
  classB = await addClass(core.db, school, '5e primaire B');
  eventId = await createEvent(api, school, [classA, classB], '2026-11-20');
  await enterForms();
});

// --- What the figures must be, from the answers above. -------------------------------------------------------

const fr = (value: number, decimals = 2) => value.toFixed(decimals).replace('.', ',').replace(/^-(0,0+)$/, '$1');
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
/** Pupils paired: every one but pupil 4 (miscopied code, not reviewed). */
const PAIRED = Array.from({ length: A_PUPILS + B_PUPILS }, (_, i) => i).filter((i) => i !== 4);

/** The knowledge dimension (items 4 and 5, not reverse-keyed): scores in halves, exact in binary. */
function knowledgeRow(): string[] {
  const score = (values: number[]) => (values[3]! + values[4]!) / 2;
  const before = PAIRED.map((i) => score(beforeAnswers(i)));
  const after = PAIRED.map((i) => score(afterAnswers(i)));
  const d = after.map((value, index) => value - before[index]!);
  const n = d.length;
  const change = mean(d);
  const sd = Math.sqrt(d.reduce((sum, x) => sum + (x - change) ** 2, 0) / (n - 1));
  const se = sd / Math.sqrt(n);
  const q = tQuantile(0.975, n - 1);
  const t = change / se;
  const p = 2 * (1 - tCdf(Math.abs(t), n - 1));
  const sorted = d.filter((x) => x !== 0).map(Math.abs).sort((x, y) => x - y);
  const rank = (x: number) => (sorted.indexOf(x) + sorted.lastIndexOf(x)) / 2 + 1;
  const v = d.filter((x) => x > 0).reduce((sum, x) => sum + rank(x), 0);
  const wMinus = d.filter((x) => x < 0).reduce((sum, x) => sum + rank(-x), 0);
  return [
    'Connaissances sur la migration',
    String(n),
    fr(mean(before)),
    fr(mean(after)),
    `+${fr(change)} [${fr(change - q * se)} ; ${fr(change + q * se)}]`,
    `${fr(t)} (${n - 1})`,
    p < 0.001 ? '< 0,001' : fr(p, p >= 0.1 ? 2 : 3),
    Number.isInteger(v) ? String(v) : fr(v, 1),
    // Wilcoxon p: R's normal approximation with ties, checked against R in questionnaire-analysis.test.ts.
    '\\S+',
    fr(change / sd),
    fr((v - wMinus) / (v + wMinus)),
  ];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** Cells in order separated by white space; a cell given as a pattern ("\\S+") is kept as is. */
const row = (...cells: string[]) => new RegExp(cells.map((cell) => (cell === '\\S+' ? cell : escape(cell))).join('\\s+'));

describe('the impact report PDF (api.questionnaireResults.impactReportPdf)', () => {
  it('makes the report of an event with the figures of the forms entered, and audits the export', async () => {
    const { core, api } = setup;
    const file = ok(await api.questionnaireResults.impactReportPdf({ templateId: pupil.id, scope: { kind: 'event', eventId } }));
    expect(file.fileName).toBe('rapport-impact-atelier-prejuges-2026-11-28.pdf');
    const { flow, raw } = readPdf(file);
    expect(flow).toContain('Activité : Atelier « Préjugés »');
    expect(flow).toContain(`Questionnaire : ${pupil.name} (version 1)`);
    expect(flow).toContain('Établi le samedi 28 novembre 2026');
    // Counts: 12 forms each side, 11 pupils paired, 1 candidate pending; rate 11 / (9 + 3).
    expect(raw).toMatch(row("Questionnaires remplis avant l'activité", '12'));
    expect(raw).toMatch(row("Questionnaires remplis après l'activité", '12'));
    expect(raw).toMatch(row('Élèves appariés (retrouvés avant et après)', '11'));
    expect(raw).toMatch(row("Taux d'appariement", `${Math.round((11 / 12) * 100)} %`));
    expect(raw).toMatch(row('Paires de codes presque identiques à vérifier', '1'));
    expect(raw).toMatch(row(...knowledgeRow()));
    // Class A by itself, and class B under five: "< 5", no rate.
    expect(raw).toMatch(row('5e primaire A — École communale de Droixhe', '9', '9', '8', '89 %', '1'));
    expect(raw).toMatch(row('5e primaire B — École communale de Droixhe', '< 5', '< 5', '< 5', '—', '0'));
    // Satisfaction of all 12 'after' forms, one bar per answer with its count and share; the teacher's
    // comment quoted, the pupil's not.
    const liked = Array.from({ length: A_PUPILS + B_PUPILS }, (_, i) => LIKED(i));
    expect(flow).toContain(`12 réponses · moyenne ${fr(mean(liked))} sur 5`);
    const anchors = itemAt(8).anchorsFr;
    for (const value of [1, 2, 3, 4, 5]) {
      const count = liked.filter((x) => x === value).length;
      expect(raw).toMatch(row(`${value} – ${anchors[value - 1]}`, `${count} (${Math.round((count / liked.length) * 100)} %)`));
    }
    expect(flow).toContain('« Très bonne animation, à refaire avec les 6e. »');
    expect(flow).not.toContain('Théo');
    expect((await core.db('audit_events').where({ action: 'questionnaire.report.export' }).pluck('entity_id')).map(String)).toEqual([String(pupil.id)]);
  });

  it('is written in English when the interface is: English words and figures, no French of its own', async () => {
    const { api } = setup;
    const file = ok(await api.questionnaireResults.impactReportPdf({ templateId: pupil.id, scope: { kind: 'event', eventId }, language: 'en' }));
    expect(file.fileName).toBe('impact-report-atelier-prejuges-2026-11-28.pdf');
    const { flow, raw } = readPdf(file);
    for (const expected of ['City of Liège', 'Impact report', 'Activity: Atelier « Préjugés »', 'Made on Saturday 28 November 2026', 'In brief', 'Appendix: the figures in detail', 'Method']) {
      expect(flow).toContain(expected);
    }
    expect(raw).toMatch(row('Pupils paired (found before and after)', '11'));
    expect(raw).toMatch(row('Pairing rate', `${Math.round((11 / 12) * 100)}%`));
    const english = knowledgeRow().map((cell) => (cell === '\\S+' ? cell : cell.replace(/(\d),(\d)/g, '$1.$2').replace(' ; ', ', ')));
    expect(raw).toMatch(row('Knowledge of migration', ...english.slice(1)));
    // The teacher's satisfaction item in English wording with its English anchors.
    const liked = Array.from({ length: A_PUPILS + B_PUPILS }, (_, i) => LIKED(i));
    expect(flow).toContain(`12 answers · average ${mean(liked).toFixed(2)} out of 5`);
    // The event's title, the classes and the teacher's comment are the users' own words; nothing else is French.
    const words = flow
      .replaceAll(pupil.name, '')
      .replaceAll(teacherForm.name, '')
      .replace('Atelier « Préjugés »', '').replace(/5e primaire [AB] — École communale de Droixhe/g, '').replace('Très bonne animation, à refaire avec les 6e.', '');
    for (const french of ['Rapport', 'élèves', 'Activité :', 'Avant', 'Après', 'moyenne', 'réponses', 'Annexe', 'Méthode', 'Taux', 'Établi', 'Ville de Liège', 'généré', 'hasard', 'enseignant', 'non publié', ' et ', ' les ', ' des ', ' sur ']) {
      expect(words, french).not.toContain(french);
    }
    expect(words).not.toMatch(/\d,\d{1,2}(?!\d)/);
  });

  it('refuses a language it cannot write, naming the field', async () => {
    const { api } = setup;
    const refused = await api.questionnaireResults.impactReportPdf({ templateId: pupil.id, scope: { kind: 'all' }, language: 'de' as 'fr' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'language' }] } });
  });

  it('names the whole programme in the file name and refuses an unknown template and a teacher', async () => {
    const { core, api } = setup;
    const all = ok(await api.questionnaireResults.impactReportPdf({ templateId: pupil.id, scope: { kind: 'all' } }));
    expect(all.fileName).toBe('rapport-impact-programme-2026-11-28.pdf');
    expect(readPdf(all).flow).toContain('Tout le programme, toutes années confondues');
    expect(await api.questionnaireResults.impactReportPdf({ templateId: 9999, scope: { kind: 'all' } })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const teacher = await signedIn(core, ['teacher']);
    expect(await teacher.api.questionnaireResults.impactReportPdf({ templateId: pupil.id, scope: { kind: 'event', eventId } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('event sheet: questionnaire summary', () => {
  const sheet = async (api: PasserelleApi, id: number) => readPdf(ok(await api.events.sheetPdf({ id })));

  it('adds counts, match rate, each dimension change with its interval and the satisfaction for coordinators', async () => {
    const { api } = setup;
    const { flow, raw } = await sheet(api, eventId);
    expect(flow).toContain('Questionnaires avant / après');
    expect(flow).toContain(`${pupil.name} (version 1)`);
    expect(flow).toContain(`Questionnaires : 12 avant, 12 après · élèves appariés : 11 · taux d'appariement : ${Math.round((11 / 12) * 100)} % · 1 à vérifier`);
    expect(raw).toMatch(row(...knowledgeRow().slice(0, 5)));
    const liked = mean(Array.from({ length: A_PUPILS + B_PUPILS }, (_, i) => LIKED(i)));
    expect(flow).toContain(`Satisfaction des élèves : ${fr(liked)} / 5 (« J'ai aimé cette activité. », 12 réponses)`);
    expect(flow).toContain("Retour de l'enseignant·e : 4,00 / 5 (« Dans l'ensemble, je suis satisfait·e de l'activité. », 1 réponse)");
  });

  it('writes the same summary in English, with English numbers, for an English interface', async () => {
    const { flow, raw } = readPdf(ok(await setup.api.events.sheetPdf({ id: eventId, language: 'en' })));
    expect(flow).toContain('Questionnaires before / after');
    expect(flow).toContain(`Questionnaires: 12 before, 12 after · matched pupils: 11 · match rate: ${Math.round((11 / 12) * 100)}% · 1 to check`);
    expect(raw.replace(/\s+/g, ' ')).toContain('Dimension Matched pupils Before After Change [95% CI] Stereotypes 11');
    const liked = mean(Array.from({ length: A_PUPILS + B_PUPILS }, (_, i) => LIKED(i)));
    expect(flow).toMatch(new RegExp(`Pupils' satisfaction: ${liked.toFixed(2).replace('.', '\\.')} / 5 \\(“.+”, 12 answers\\)`));
    expect(flow).toMatch(/Teacher's feedback: 4\.00 \/ 5 \(“.+”, 1 answer\)/);
    for (const french of ['avant / après', 'élèves appariés', 'Satisfaction des élèves', 'réponse']) expect(flow).not.toContain(french);
  });

  it('shows "< 5" and no figure for an event with fewer than five pupils paired, and nothing for a teacher', async () => {
    const { core, api } = setup;
    const small = await createEvent(api, school, [classB], '2026-11-24', 'Ciné-débat');
    const ids = await administerBoth(api, pupil.id, small, classB, '2026-11-24');
    for (let i = 0; i < 3; i += 1) {
      await saveForm(api, ids.before, pupilCode(i), pupilForm([5, 4, 5, 1, 2, 3, 4]));
      await saveForm(api, ids.after, pupilCode(i), pupilForm([1, 2, 3, 4, 4, 4, 4], { 8: 5 }));
    }
    const { flow, raw } = await sheet(api, small);
    expect(flow).toContain('Questionnaires : < 5 avant, < 5 après · élèves appariés : < 5 · taux d\'appariement : —');
    for (const name of ['Stéréotypes', 'Connaissances sur la migration', 'Empathie']) expect(raw).toContain(`${name} < 5 non publié`);
    expect(flow).toContain("Satisfaction des élèves : non publié (« J'ai aimé cette activité. », < 5 réponses)");
    // Not one mean of those three pupils: 1,5 / 4,0 on knowledge, 5,00 liked…
    expect(flow).not.toMatch(/\d,\d\d/);

    const teacher = await signedIn(core, ['teacher']);
    await addTeacher(core.db, school, [classA, classB], teacher.userId);
    const forTeacher = await sheet(teacher.api, eventId);
    expect(forTeacher.flow).toContain('Participation');
    expect(forTeacher.flow).not.toContain('Questionnaires avant / après');
  });

  it('leaves the sheet of an event without questionnaires as it was', async () => {
    const { api } = setup;
    const plain = await createEvent(api, school, [classA], '2026-12-02', 'Visite');
    expect((await sheet(api, plain)).flow).not.toContain('Questionnaires');
  });
});

describe('impact report on the demo data', () => {
  it('prints a school year of the demo as the analysis channel gives it: counts, every dimension, every class', async () => {
    const demo = await createTestCore();
    try {
      await generateDemo(demo.db, { seed: 2025, years: 2, today: new Date('2026-11-28T09:00:00Z'), passwordCost: TEST_SCRYPT_COST });
      const { api } = await signedIn(demo, ['coordinator']);
      const { pupil: template } = await seededTemplates(api);
      const input = { templateId: template.id, scope: { kind: 'schoolYear', schoolYear: '2025–2026' } } as const;
      const analysis = ok(await api.questionnaireResults.analysis(input));
      const file = ok(await api.questionnaireResults.impactReportPdf(input));
      expect(file.fileName).toBe('rapport-impact-2025-2026-2026-11-28.pdf');
      const { flow, raw } = readPdf(file);
      expect(flow).toContain('Année scolaire 2025–2026');

      const count = (published: PublishedCount) => ('value' in published ? published.value.toLocaleString('fr-BE').replace(/\s/g, ' ') : `< ${published.lessThan}`);
      const rate = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)} %`);
      const { counts } = analysis;
      expect(raw).toMatch(row("Questionnaires remplis avant l'activité", count(counts.before)));
      expect(raw).toMatch(row("Questionnaires remplis après l'activité", count(counts.after)));
      expect(raw).toMatch(row('Élèves appariés (retrouvés avant et après)', count(counts.paired)));
      expect(raw).toMatch(row("Taux d'appariement", rate(counts.matchRate)));
      expect(raw).toMatch(row('Paires de codes presque identiques à vérifier', String(counts.pendingCandidates)));
      expect(analysis.dimensions.length).toBe(3);
      for (const dimension of analysis.dimensions) {
        if (dimension.result.suppressed) expect.fail(`${dimension.dimension} should be published on a school year`);
        const stats = dimension.result.statistics;
        expect(raw).toMatch(row(String(stats.n), fr(stats.meanBefore.value!), fr(stats.meanAfter.value!), `${stats.meanChange.value! > 0 ? '+' : ''}${fr(stats.meanChange.value!)}`));
      }
      expect(analysis.groups.length).toBeGreaterThan(20);
      for (const group of analysis.groups) {
        // jsPDF's standard font has no curly apostrophe: the PDF prints a straight one.
        expect(raw).toMatch(row(`${group.className} — ${group.schoolName}`.replace(/’/g, "'"), count(group.counts.before), count(group.counts.after), count(group.counts.paired), rate(group.counts.matchRate)));
      }

      // Every bar of the satisfaction and teacher charts prints the count and share the feedback channel gives.
      const feedback = ok(await api.questionnaireResults.feedback({ scope: input.scope }));
      const charted = feedback.templates.filter((entry) => entry.audience === 'teacher' || entry.templateId === template.id);
      expect(charted.length).toBeGreaterThanOrEqual(2);
      let bars = 0;
      for (const item of charted.flatMap((entry) => entry.items)) {
        if (item.answerType === 'free_text' || item.distribution === null) continue;
        const total = item.distribution.reduce((sum, entry) => sum + entry.count, 0);
        // A few answers among many read "< 1 %", never "0 %" beside a bar that has answers.
        const share = (n: number) => (n > 0 && n / total < 0.005 ? '< 1 %' : `${Math.round((n / total) * 100)} %`);
        if (item.answerType === 'yes_no') {
          const yes = item.distribution.find((entry) => entry.value === 1)!.count;
          expect(flow).toContain(`${share(yes)} ont répondu « Oui » (${count({ value: yes })} réponses sur ${count({ value: total })})`);
        }
        for (const entry of item.distribution) {
          const named = item.answerType === 'yes_no' || item.answerType === 'single_choice';
          const label = named || entry.labelFr === '' || entry.labelFr === String(entry.value) ? (named ? entry.labelFr : String(entry.value)) : `${entry.value} – ${entry.labelFr}`;
          expect(raw).toMatch(row(label.replace(/’/g, "'"), `${count({ value: entry.count })} (${share(entry.count)})`));
          bars += 1;
        }
      }
      expect(bars).toBeGreaterThan(10);
      expect(flow).not.toMatch(/moyenne [01],\d\d sur 1\b/);
    } finally {
      await demo.cleanup();
    }
  });
  it('prints one line per school year, not every class, when the scope spans several school years', async () => {
    const demo = await createTestCore();
    try {
      await generateDemo(demo.db, { seed: 2025, years: 2, today: new Date('2026-11-28T09:00:00Z'), passwordCost: TEST_SCRYPT_COST });
      const { api } = await signedIn(demo, ['coordinator']);
      const { pupil: template } = await seededTemplates(api);
      const all = ok(await api.questionnaireResults.analysis({ templateId: template.id, scope: { kind: 'all' } }));
      const years = [...new Set(all.groups.map((group) => schoolYearOf(group.eventDate).label))].sort();
      expect(years.length).toBeGreaterThan(1);
      const { raw, flow } = readPdf(ok(await api.questionnaireResults.impactReportPdf({ templateId: template.id, scope: { kind: 'all' } })));
      expect(flow).toContain('Classes et activités, par année scolaire');
      const count = (published: PublishedCount) => ('value' in published ? published.value.toLocaleString('fr-BE').replace(/\s/g, ' ') : `< ${published.lessThan}`);
      const rate = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)} %`);
      let classes = 0;
      for (const schoolYear of years) {
        const year = ok(await api.questionnaireResults.analysis({ templateId: template.id, scope: { kind: 'schoolYear', schoolYear } }));
        expect(year.groups.length).toBeGreaterThan(0);
        classes += year.groups.length;
        const events = new Set(year.groups.map((group) => group.eventId)).size;
        const classIds = new Set(year.groups.map((group) => group.classId)).size;
        // The year's pooled counts are the school-year analysis's own, "< 5" rule included.
        expect(raw).toMatch(row(schoolYear, String(events), String(classIds), count(year.counts.before), count(year.counts.after), count(year.counts.paired), rate(year.counts.matchRate), String(year.counts.pendingCandidates)));
      }
      expect(classes).toBe(all.groups.length);
      // No class line: the per-class table is the report of one school year.
      const someClass = all.groups[0]!;
      expect(raw).not.toContain(`${someClass.className} — ${someClass.schoolName}`.replace(/’/g, "'"));
    } finally {
      await demo.cleanup();
    }
  });
});
