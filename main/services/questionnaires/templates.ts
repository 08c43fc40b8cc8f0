import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { conflict, fieldErrors, notFound } from '../../errors';
import { foldedKey, insertReturningId } from '../../db/query-toolkit';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { FieldError } from '../../../shared/api/result';
import {
  CODE_PART_NAMES,
  type AnswerType,
  type CodePart,
  type Dimension,
  type ItemChoice,
  type ItemPhase,
  type QuestionnaireAudience,
  type QuestionnaireTemplate,
  type TemplateItem,
} from '../../../shared/domain/questionnaires/templates';

/** Questionnaire templates (issue 5): items in printed order, a code recipe, versions once answers exist. */

export type TemplateDraft = ParsedInputOf<'questionnaires', 'createTemplate'>;
type ItemDraft = TemplateDraft['items'][number];

interface TemplateRow {
  id: number;
  name: string;
  name_key: string;
  audience: QuestionnaireAudience;
  description: string;
  version: number;
  previous_version_id: number | null;
  code_recipe: string;
  archived: number | boolean;
}

export interface ItemRow {
  id: number;
  template_id: number;
  position: number;
  dimension: Dimension;
  answer_type: AnswerType;
  reverse_keyed: number | boolean;
  wording_fr: string;
  wording_en: string;
  phase: ItemPhase;
  anchors_fr: string;
  anchors_en: string;
  choices: string;
}

/** How many labels `anchorsFr` must have: the scale's points (0–10: its two ends), none without a scale. */
const ANCHOR_COUNT: Record<AnswerType, number> = {
  likert4: 4,
  likert5: 5,
  scale_0_10: 2,
  yes_no: 0,
  single_choice: 0,
  free_text: 0,
};

/** Turning a score around only means something on an ordered scale. */
const REVERSIBLE: readonly AnswerType[] = ['likert4', 'likert5', 'scale_0_10'];

const MIN_CODE_PARTS = 2;

export function toItem(row: ItemRow): TemplateItem {
  return {
    id: row.id,
    position: row.position,
    dimension: row.dimension,
    answerType: row.answer_type,
    reverseKeyed: Boolean(row.reverse_keyed),
    wordingFr: row.wording_fr,
    wordingEn: row.wording_en,
    phase: row.phase,
    anchorsFr: JSON.parse(row.anchors_fr) as string[],
    anchorsEn: JSON.parse(row.anchors_en) as string[],
    choices: JSON.parse(row.choices) as ItemChoice[],
  };
}

export function parseRecipe(text: string): CodePart[] {
  return text === '' ? [] : (text.split(',').filter((part) => (CODE_PART_NAMES as string[]).includes(part)) as CodePart[]);
}

/** Forms with at least one answer row on the templates' items, per template. */
async function answerCounts(db: Db, templateIds: number[]): Promise<Map<number, number>> {
  const rows: { template_id: number; n: number | string }[] = await db('questionnaire_answers')
    .join('questionnaire_items', 'questionnaire_items.id', 'questionnaire_answers.item_id')
    .whereIn('questionnaire_items.template_id', templateIds)
    .groupBy('questionnaire_items.template_id')
    .select('questionnaire_items.template_id')
    .countDistinct({ n: 'questionnaire_answers.response_id' });
  return new Map(rows.map((row) => [Number(row.template_id), Number(row.n)]));
}

/** Administrations (classes given the questionnaire, answered or not yet), per template. */
async function administrationCounts(db: Db, templateIds: number[]): Promise<Map<number, number>> {
  const rows: { template_id: number; n: number | string }[] = await db('questionnaire_administrations')
    .whereIn('template_id', templateIds)
    .groupBy('template_id')
    .select('template_id')
    .count({ n: '*' });
  return new Map(rows.map((row) => [Number(row.template_id), Number(row.n)]));
}

async function hydrate(db: Db, rows: TemplateRow[]): Promise<QuestionnaireTemplate[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const items: ItemRow[] = await db('questionnaire_items').whereIn('template_id', ids).orderBy([{ column: 'position' }, { column: 'id' }]);
  const counts = await answerCounts(db, ids);
  const given = await administrationCounts(db, ids);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    audience: row.audience,
    description: row.description,
    version: row.version,
    previousVersionId: row.previous_version_id,
    codeRecipe: parseRecipe(row.code_recipe),
    items: items.filter((item) => item.template_id === row.id).map(toItem),
    answerCount: counts.get(row.id) ?? 0,
    administrationCount: given.get(row.id) ?? 0,
    archived: Boolean(row.archived),
  }));
}

export async function listTemplates(db: Db, options: { includeArchived?: boolean }): Promise<QuestionnaireTemplate[]> {
  const query = db('questionnaire_templates').orderBy([{ column: 'name_key' }, { column: 'version' }, { column: 'id' }]);
  if (!options.includeArchived) query.where('archived', false);
  return hydrate(db, await query);
}

export async function getTemplate(db: Db, id: number): Promise<QuestionnaireTemplate> {
  const row: TemplateRow | undefined = await db('questionnaire_templates').where({ id }).first();
  if (!row) throw notFound('template');
  const [template] = await hydrate(db, [row]);
  return template!;
}

/** The ids of every version of a template: its ancestors and its descendants. */
async function lineageOf(db: Db, id: number): Promise<Set<number>> {
  const all: { id: number; previous_version_id: number | null }[] = await db('questionnaire_templates').select('id', 'previous_version_id');
  const lineage = new Set<number>([id]);
  let grown = true;
  while (grown) {
    grown = false;
    for (const row of all) {
      const parent = row.previous_version_id;
      if (parent === null || lineage.has(parent) === lineage.has(row.id)) continue;
      lineage.add(parent);
      lineage.add(row.id);
      grown = true;
    }
  }
  return lineage;
}

/**
 * English labels left blank everywhere are no English labels: a form that shows an empty box per point sends
 * them, and they must read the same as [] (or a template with answers could not even be renamed).
 */
function englishAnchors(item: Pick<ItemDraft, 'anchorsEn'>): string[] {
  return item.anchorsEn.every((label) => label.trim() === '') ? [] : [...item.anchorsEn];
}

function itemProblems(item: ItemDraft, index: number, audience: QuestionnaireAudience): FieldError[] {
  const errors: FieldError[] = [];
  const at = `items.${index}`;
  const anchors = ANCHOR_COUNT[item.answerType];
  if (item.anchorsFr.length < anchors) errors.push({ path: `${at}.anchorsFr`, issue: 'too_few', params: { limit: anchors } });
  if (item.anchorsFr.length > anchors) errors.push({ path: `${at}.anchorsFr`, issue: 'too_many', params: { limit: anchors } });
  const english = englishAnchors(item).length;
  if (english !== 0 && english !== item.anchorsFr.length) {
    errors.push({ path: `${at}.anchorsEn`, issue: english < item.anchorsFr.length ? 'too_few' : 'too_many', params: { limit: item.anchorsFr.length } });
  }
  if (item.answerType === 'single_choice') {
    if (item.choices.length < 2) errors.push({ path: `${at}.choices`, issue: 'too_few', params: { limit: 2 } });
    const values = new Set<number>();
    item.choices.forEach((choice, choiceIndex) => {
      if (values.has(choice.value)) errors.push({ path: `${at}.choices.${choiceIndex}.value`, issue: 'duplicate' });
      values.add(choice.value);
    });
  } else if (item.choices.length > 0) {
    errors.push({ path: `${at}.choices`, issue: 'too_many', params: { limit: 0 } });
  }
  if (item.reverseKeyed && !REVERSIBLE.includes(item.answerType)) errors.push({ path: `${at}.reverseKeyed`, issue: 'invalid_value' });
  // A teacher form is only given after the activity (see createAdministration): an item asked before would never be asked.
  if (audience === 'teacher' && item.phase === 'before') errors.push({ path: `${at}.phase`, issue: 'invalid_value' });
  return errors;
}

/** Every refused field of a draft at once: name in use, scales and options, reverse flags, code recipe, item ids. */
async function checkDraft(db: Db, id: number | null, draft: TemplateDraft): Promise<void> {
  const errors: FieldError[] = [];
  const sameName: number[] = (await db('questionnaire_templates').where({ name_key: foldedKey(draft.name) }).pluck('id')).map(Number);
  if (sameName.length > 0) {
    const lineage = id === null ? new Set<number>() : await lineageOf(db, id);
    if (sameName.some((other) => !lineage.has(other))) errors.push({ path: 'name', issue: 'taken' });
  }

  if (draft.audience === 'pupil') {
    if (draft.codeRecipe.length < MIN_CODE_PARTS) errors.push({ path: 'codeRecipe', issue: 'too_few', params: { limit: MIN_CODE_PARTS } });
    if (new Set(draft.codeRecipe).size !== draft.codeRecipe.length) errors.push({ path: 'codeRecipe', issue: 'duplicate' });
  } else if (draft.codeRecipe.length > 0) {
    errors.push({ path: 'codeRecipe', issue: 'too_many', params: { limit: 0 } });
  }

  const own = new Set<number>(id === null ? [] : (await db('questionnaire_items').where({ template_id: id }).pluck('id')).map(Number));
  const ids = new Set<number>();
  draft.items.forEach((item, index) => {
    errors.push(...itemProblems(item, index, draft.audience));
    if (item.id === null) return;
    if (!own.has(item.id)) errors.push({ path: `items.${index}.id`, issue: 'not_found' });
    else if (ids.has(item.id)) errors.push({ path: `items.${index}.id`, issue: 'duplicate' });
    ids.add(item.id);
  });
  if (errors.length > 0) throw fieldErrors(errors);
}

function templateColumns(draft: TemplateDraft, now: string) {
  return {
    name: draft.name,
    name_key: foldedKey(draft.name),
    audience: draft.audience,
    description: draft.description,
    code_recipe: draft.codeRecipe.join(','),
    updated_at: now,
  };
}

function itemColumns(item: ItemDraft, position: number) {
  return {
    position,
    dimension: item.dimension,
    answer_type: item.answerType,
    reverse_keyed: item.reverseKeyed,
    wording_fr: item.wordingFr,
    wording_en: item.wordingEn,
    phase: item.phase,
    anchors_fr: JSON.stringify(item.anchorsFr),
    anchors_en: JSON.stringify(englishAnchors(item)),
    choices: JSON.stringify(item.answerType === 'single_choice' ? item.choices : []),
  };
}

/**
 * Writes the item list in the given order (positions 1..n): kept items keep their id, dropped ones are
 * deleted. Kept items first move out of the way (negative positions) so a reordering never trips the unique
 * index on positions.
 */
async function saveItems(db: Db, templateId: number, items: readonly ItemDraft[]): Promise<void> {
  const kept = items.flatMap((item) => (item.id === null ? [] : [item.id]));
  await db('questionnaire_items').where({ template_id: templateId }).whereNotIn('id', kept).delete();
  if (kept.length > 0) await db('questionnaire_items').whereIn('id', kept).update({ position: db.raw('-id') });
  for (const [index, item] of items.entries()) {
    const columns = itemColumns(item, index + 1);
    if (item.id === null) await db('questionnaire_items').insert({ ...columns, template_id: templateId });
    else await db('questionnaire_items').where({ id: item.id }).update(columns);
  }
}

export async function createTemplate({ db, now }: ServiceContext, draft: TemplateDraft): Promise<QuestionnaireTemplate> {
  await checkDraft(db, null, draft);
  const at = now.toISOString();
  const id = await insertReturningId(db, 'questionnaire_templates', { ...templateColumns(draft, at), version: 1, created_at: at });
  await saveItems(db, id, draft.items);
  return getTemplate(db, id);
}

/** What answers depend on: everything but the name and the description. */
function answerShape(template: { audience: string; codeRecipe: readonly string[]; items: readonly (ItemDraft | TemplateItem)[] }): string {
  return JSON.stringify({
    audience: template.audience,
    codeRecipe: template.codeRecipe,
    items: template.items.map((item) => ({
      id: item.id,
      dimension: item.dimension,
      answerType: item.answerType,
      reverseKeyed: item.reverseKeyed,
      wordingFr: item.wordingFr,
      wordingEn: item.wordingEn,
      phase: item.phase,
      anchorsFr: item.anchorsFr,
      anchorsEn: englishAnchors(item),
      choices: item.answerType === 'single_choice' ? item.choices.map(({ value, labelFr, labelEn }) => ({ value, labelFr, labelEn })) : [],
    })),
  });
}

/**
 * Once answers exist only the name and the description may change; anything else needs a new version. Once
 * the template has been given to a class (even with no answer entered yet), its audience and its code recipe
 * stay: printed forms carry its code boxes, and a pupil code written to one recipe pairs only with the same.
 */
export async function updateTemplate({ db, now }: ServiceContext, id: number, draft: TemplateDraft): Promise<QuestionnaireTemplate> {
  const current = await getTemplate(db, id);
  await checkDraft(db, id, draft);
  if (current.answerCount > 0 && answerShape(current) !== answerShape(draft)) {
    throw conflict('templateHasAnswers', { count: current.answerCount });
  }
  const sameCode = current.audience === draft.audience && current.codeRecipe.join(',') === draft.codeRecipe.join(',');
  if (current.administrationCount > 0 && !sameCode) throw conflict('templateHasAdministrations', { count: current.administrationCount });
  await db('questionnaire_templates').where({ id }).update(templateColumns(draft, now.toISOString()));
  await saveItems(db, id, draft.items);
  return getTemplate(db, id);
}

/** A copy numbered after the lineage's latest version, pointing back at its source, which is archived. */
export async function newTemplateVersion({ db, now }: ServiceContext, id: number): Promise<QuestionnaireTemplate> {
  const source = await getTemplate(db, id);
  const lineage = [...(await lineageOf(db, id))];
  const latest = Number((await db('questionnaire_templates').whereIn('id', lineage).max({ v: 'version' }).first())?.v ?? source.version);
  const at = now.toISOString();
  const copy = await insertReturningId(db, 'questionnaire_templates', {
    name: source.name,
    name_key: foldedKey(source.name),
    audience: source.audience,
    description: source.description,
    version: latest + 1,
    previous_version_id: source.id,
    code_recipe: source.codeRecipe.join(','),
    archived: false,
    created_at: at,
    updated_at: at,
  });
  await saveItems(db, copy, source.items.map((item) => ({ ...item, id: null })));
  await db('questionnaire_templates').where({ id }).update({ archived: true, updated_at: at });
  return getTemplate(db, copy);
}

export async function setTemplateArchived({ db, now }: ServiceContext, id: number, archived: boolean): Promise<QuestionnaireTemplate> {
  const updated = await db('questionnaire_templates').where({ id }).update({ archived, updated_at: now.toISOString() });
  if (updated === 0) throw notFound('template');
  return getTemplate(db, id);
}
