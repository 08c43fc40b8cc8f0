import type { Knex } from 'knex';
import { schoolNameKey } from '../services/directory/schools';
import { seededRandom, type DemoRandom } from '../demo/random';

/**
 * Ten school years of pupil answers for the analysis rows of `npm run bench` (issue 19), while the dataset's
 * `--scale full` is not there: the same bulk fill as `questionnaires.ts` (one school year: 180 classes of 22
 * pupils, 18 paired Likert items, a third reverse-keyed, 3 after-only items; 90% same code after, 5% a
 * one-character slip, 5% absent; 3% "no answer"), repeated for each school year on one shared template,
 * so that a scope {kind:'all'} pools about 1,500,000 answers. Straight into the tables, in bulk.
 */

const GROUPS = 180;
const PUPILS = 22;
const PAIRED_ITEMS = 18;
const AFTER_ITEMS = 3;
const DIMENSIONS = ['stereotypes', 'migration_knowledge', 'empathy'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const AT = '2026-11-28T09:00:00.000Z';

async function nextId(db: Knex, table: string): Promise<number> {
  const row = await db(table).max({ id: 'id' }).first();
  return Number(row?.id ?? 0) + 1;
}

function code(random: DemoRandom): string {
  return `${random.pick([...LETTERS])}${random.pick([...LETTERS])}${String(random.int(1, 31)).padStart(2, '0')}`;
}

function slip(value: string, random: DemoRandom): string {
  const at = random.int(0, 1);
  const letter = LETTERS[(LETTERS.indexOf(value[at]!) + random.int(1, 25)) % 26]!;
  return value.slice(0, at) + letter + value.slice(at + 1);
}

interface Item {
  id: number;
  reverse: boolean;
  type: string;
}

/** The shared pupil template and its items. */
async function createTemplate(db: Knex): Promise<{ templateId: number; paired: Item[]; afterOnly: Item[] }> {
  const templateId = await nextId(db, 'questionnaire_templates');
  await db('questionnaire_templates').insert({
    id: templateId, name: 'Banc d’essai — dix ans', name_key: 'banc d’essai — dix ans', audience: 'pupil', description: '', version: 1,
    code_recipe: 'mother_first_letter,own_first_letter,birth_day', archived: false, created_at: AT, updated_at: AT,
  });
  let itemId = await nextId(db, 'questionnaire_items');
  const paired = Array.from({ length: PAIRED_ITEMS }, (_, i) => ({ id: itemId++, position: i + 1, dimension: DIMENSIONS[i % 3]!, reverse: i % 3 === 0, type: 'likert5', phase: 'both' }));
  const afterOnly = Array.from({ length: AFTER_ITEMS }, (_, i) => ({ id: itemId++, position: PAIRED_ITEMS + i + 1, dimension: 'satisfaction', reverse: false, type: i === 2 ? 'scale_0_10' : 'likert5', phase: 'after' }));
  await db.batchInsert(
    'questionnaire_items',
    [...paired, ...afterOnly].map((item) => ({
      id: item.id, template_id: templateId, position: item.position, dimension: item.dimension, answer_type: item.type, reverse_keyed: item.reverse,
      wording_fr: `Question ${item.position}`, wording_en: `Question ${item.position}`, phase: item.phase, anchors_fr: '[]', anchors_en: '[]', choices: '[]',
    })),
    100,
  );
  return { templateId, paired, afterOnly };
}

/** One school year starting in September of `startYear`; returns the number of answers written. */
async function fillYear(db: Knex, random: DemoRandom, template: { templateId: number; paired: Item[]; afterOnly: Item[] }, schoolId: number, startYear: number): Promise<number> {
  const schoolYear = `${startYear}–${startYear + 1}`;
  const { templateId, paired, afterOnly } = template;
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
    const day = `${startYear}-${String(9 + Math.floor(group / 45)).padStart(2, '0')}-${String(1 + (group % 28)).padStart(2, '0')}`;
    classes.push({ id: classId, school_id: schoolId, school_year: schoolYear, name: `Classe ${group + 1}`, pupil_count: PUPILS, created_at: AT, updated_at: AT });
    events.push({ id: eventId, type: 'workshop', title: `Atelier ${group + 1}`, school_id: schoolId, location: '', starts_at: `${day}T09:00`, ends_at: `${day}T10:40`, school_year: schoolYear, status: 'held', created_at: AT, updated_at: AT });
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
  return answers.length;
}

/**
 * Fills `years` school years ending with the one starting in `lastStartYear` (default 2026: 2017–2018 to
 * 2026–2027) on one new pupil template; returns it and the number of answers written.
 */
export async function fillSchoolYears(db: Knex, years: number, lastStartYear = 2026): Promise<{ templateId: number; answers: number }> {
  const random = seededRandom(19_150_000);
  const template = await createTemplate(db);
  const schoolId = await nextId(db, 'schools');
  await db('schools').insert({ id: schoolId, name: 'École du banc d’essai (dix ans)', name_key: schoolNameKey('École du banc d’essai (dix ans)'), network: 'communal', postal_code: '4000', created_at: AT, updated_at: AT });
  let answers = 0;
  for (let year = lastStartYear - years + 1; year <= lastStartYear; year += 1) answers += await fillYear(db, random, template, schoolId, year);
  return { templateId: template.templateId, answers };
}
