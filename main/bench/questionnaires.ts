import type { Knex } from 'knex';
import { hashPassword } from '../auth/password';
import { createUser } from '../services/users';
import { schoolNameKey } from '../services/directory/schools';
import { seededRandom, type DemoRandom } from '../demo/random';
import type { Core } from '../core';

/**
 * Issue 5's target: a school year of pupil answers (150,000) read, paired and analysed. The data go straight
 * into the tables in bulk (the services would take minutes to enter them one form at a time): 180 classes
 * at 180 activities, 22 pupils each, a questionnaire of 18 paired Likert items (a third reverse-keyed) and
 * 3 after-only items; about 90% of the pupils write the same code after, 5% make a one-character slip (a
 * candidate for review), 5% are absent after; 3% of the answers are "no answer".
 */

type Measure = (label: string, runs: number, action: () => Promise<unknown>) => Promise<void>;

const YEAR = '2026–2027';
const AT = '2026-11-28T09:00:00.000Z';
const GROUPS = 180;
const PUPILS = 22;
const PAIRED_ITEMS = 18;
const AFTER_ITEMS = 3;
const DIMENSIONS = ['stereotypes', 'migration_knowledge', 'empathy'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

async function nextId(db: Knex, table: string): Promise<number> {
  const row = await db(table).max({ id: 'id' }).first();
  return Number(row?.id ?? 0) + 1;
}

function code(random: DemoRandom): string {
  return `${random.pick([...LETTERS])}${random.pick([...LETTERS])}${String(random.int(1, 31)).padStart(2, '0')}`;
}

/** One character changed, as a pupil who misremembers a letter. */
function slip(value: string, random: DemoRandom): string {
  const at = random.int(0, 1);
  const letter = LETTERS[(LETTERS.indexOf(value[at]!) + random.int(1, 25)) % 26]!;
  return value.slice(0, at) + letter + value.slice(at + 1);
}

/** Fills the tables; returns the template id and the number of answers written. */
async function fillSchoolYear(db: Knex): Promise<{ templateId: number; answers: number; forms: number }> {
  const random = seededRandom(5_150_000);
  const templateId = await nextId(db, 'questionnaire_templates');
  await db('questionnaire_templates').insert({
    id: templateId, name: 'Banc d’essai — élèves', name_key: 'banc d’essai — eleves', audience: 'pupil', description: '', version: 1,
    code_recipe: 'mother_first_letter,own_first_letter,birth_day', archived: false, created_at: AT, updated_at: AT,
  });
  let itemId = await nextId(db, 'questionnaire_items');
  const paired = Array.from({ length: PAIRED_ITEMS }, (_, i) => ({ id: itemId++, position: i + 1, dimension: DIMENSIONS[i % 3]!, reverse: i % 3 === 0, type: 'likert5' }));
  const afterOnly = Array.from({ length: AFTER_ITEMS }, (_, i) => ({ id: itemId++, position: PAIRED_ITEMS + i + 1, dimension: 'satisfaction', reverse: false, type: i === 2 ? 'scale_0_10' : 'likert5' }));
  await db.batchInsert(
    'questionnaire_items',
    [...paired.map((item) => ({ ...item, phase: 'both' })), ...afterOnly.map((item) => ({ ...item, phase: 'after' }))].map((item) => ({
      id: item.id, template_id: templateId, position: item.position, dimension: item.dimension, answer_type: item.type, reverse_keyed: item.reverse,
      wording_fr: `Question ${item.position}`, wording_en: `Question ${item.position}`, phase: item.phase, anchors_fr: '[]', anchors_en: '[]', choices: '[]',
    })),
    100,
  );

  const schoolId = await nextId(db, 'schools');
  await db('schools').insert({ id: schoolId, name: 'École du banc d’essai', name_key: schoolNameKey('École du banc d’essai'), network: 'communal', postal_code: '4000', created_at: AT, updated_at: AT });
  let classId = await nextId(db, 'school_classes');
  let eventId = await nextId(db, 'events');
  let administrationId = await nextId(db, 'questionnaire_administrations');
  let responseId = await nextId(db, 'questionnaire_responses');
  const classes: object[] = [];
  const events: object[] = [];
  const links: object[] = [];
  const administrations: object[] = [];
  const responses: object[] = [];
  const answers: object[] = [];
  const answer = (response: number, item: number, value: number) => answers.push({ response_id: response, item_id: item, value: random.next() < 0.03 ? null : value, text: '' });

  for (let group = 0; group < GROUPS; group += 1) {
    const day = `2026-${String(9 + Math.floor(group / 45)).padStart(2, '0')}-${String(1 + (group % 28)).padStart(2, '0')}`;
    classes.push({ id: classId, school_id: schoolId, school_year: YEAR, name: `Classe ${group + 1}`, pupil_count: PUPILS, created_at: AT, updated_at: AT });
    events.push({ id: eventId, type: 'workshop', title: `Atelier ${group + 1}`, school_id: schoolId, location: '', starts_at: `${day}T09:00`, ends_at: `${day}T10:40`, school_year: YEAR, status: 'held', created_at: AT, updated_at: AT });
    links.push({ event_id: eventId, class_id: classId });
    const before = administrationId++;
    const after = administrationId++;
    administrations.push(
      { id: before, template_id: templateId, event_id: eventId, class_id: classId, phase: 'before', administered_on: day, created_at: AT },
      { id: after, template_id: templateId, event_id: eventId, class_id: classId, phase: 'after', administered_on: day, created_at: AT },
    );
    const codes = new Set<string>();
    while (codes.size < PUPILS) codes.add(code(random));
    const afterCodes = new Set<string>();
    for (const pupilCode of codes) {
      const scores = paired.map(() => random.int(1, 5));
      const beforeId = responseId++;
      responses.push({ id: beforeId, administration_id: before, code: pupilCode, created_at: AT, updated_at: AT });
      paired.forEach((item, i) => answer(beforeId, item.id, scores[i]!));
      const fate = random.next();
      if (fate < 0.05) continue;
      let written = fate < 0.1 ? slip(pupilCode, random) : pupilCode;
      if (afterCodes.has(written)) written = pupilCode;
      if (afterCodes.has(written)) continue;
      afterCodes.add(written);
      const afterId = responseId++;
      responses.push({ id: afterId, administration_id: after, code: written, created_at: AT, updated_at: AT });
      paired.forEach((item, i) => {
        const step = random.int(-1, 2) * (item.reverse ? -1 : 1);
        answer(afterId, item.id, Math.min(5, Math.max(1, scores[i]! + step)));
      });
      afterOnly.forEach((item) => answer(afterId, item.id, item.type === 'scale_0_10' ? random.int(4, 10) : random.int(2, 5)));
    }
    classId += 1;
    eventId += 1;
  }
  await db.transaction(async (trx) => {
    for (const [table, rows] of [['school_classes', classes], ['events', events], ['event_classes', links], ['questionnaire_administrations', administrations], ['questionnaire_responses', responses], ['questionnaire_answers', answers]] as const) {
      await trx.batchInsert(table, rows, 150);
    }
  });
  return { templateId, answers: answers.length, forms: responses.length };
}

export async function benchQuestionnaires(core: Core, measure: Measure, channel: (domain: string, action: string) => string): Promise<void> {
  const fillStart = Date.now();
  const { templateId, answers, forms } = await fillSchoolYear(core.db);
  console.log(`(questionnaires: ${answers.toLocaleString('en')} answers on ${forms.toLocaleString('en')} forms inserted in ${((Date.now() - fillStart) / 1000).toFixed(1)} s)`);
  const passwordHash = await hashPassword('mot-de-passe-bench');
  await createUser(core.db, { username: 'coord-questionnaires', displayName: 'Coord', passwordHash, roles: ['coordinator'], mustChangePassword: false }, new Date());
  const caller = { sessionKey: 'bench-questionnaires' };
  await core.dispatch(caller, channel('auth', 'login'), { username: 'coord-questionnaires', password: 'mot-de-passe-bench' });

  const analysis = channel('questionnaireResults', 'analysis');
  const feedback = channel('questionnaireResults', 'feedback');
  const input = { templateId, scope: { kind: 'schoolYear', schoolYear: YEAR } };
  const first = await core.dispatch(caller, analysis, input);
  if (!first.ok) throw new Error(`the analysis failed: ${JSON.stringify(first.error)}`);
  await measure(`${analysis} school year (${(answers / 1000).toFixed(0)}k answers)`, 10, () => core.dispatch(caller, analysis, input));
  await measure(`${feedback} school year`, 10, () => core.dispatch(caller, feedback, { scope: input.scope }));

  // The council's indicators and annual report (issue 16) on that school year and on the ten years before it.
  const summary = channel('indicators', 'summary');
  const annualReport = channel('indicators', 'annualReportPdf');
  const workbook = channel('indicators', 'workbook');
  const year = { period: { kind: 'schoolYear', schoolYear: YEAR } };
  const decade = { period: { kind: 'range', from: '2016-09-01', to: '2026-08-31' } };
  for (const [label, input] of [['school year', year], ['ten years', decade]] as const) {
    const probe = await core.dispatch(caller, annualReport, input);
    if (!probe.ok) throw new Error(`the annual report failed: ${JSON.stringify(probe.error)}`);
    await measure(`${summary} ${label}`, 3, () => core.dispatch(caller, summary, input));
    await measure(`${annualReport} ${label}`, 3, () => core.dispatch(caller, annualReport, input));
  }
  await measure(`${workbook} school year`, 3, () => core.dispatch(caller, workbook, year));
}
