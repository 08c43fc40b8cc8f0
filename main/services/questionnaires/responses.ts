import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { fieldErrors, notFound } from '../../errors';
import { insertReturningId } from '../../db/query-toolkit';
import { administrationFor, mayTouchClass } from './administrations';
import { parseRecipe, toItem, type ItemRow } from './templates';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { FieldError } from '../../../shared/api/result';
import { normalizeCode } from '../../../shared/domain/questionnaires/pairing';
import { codeRegex, twinVariant } from '../../../shared/domain/questionnaires/codes';
import type { QuestionnaireResponse, ResponseAnswer } from '../../../shared/domain/questionnaires/responses';
import { answerRange, codePattern, isValidAnswer, type TemplateItem } from '../../../shared/domain/questionnaires/templates';
import type { SessionUser } from '../../../shared/domain/users';
import { serialiseRule } from '../../db/rule-lock';

/**
 * The forms of an administration (issue 5): one row of the entry grid each, pseudonymous. Codes and answers
 * never leave this module for the log or the audit.
 */

export type ResponseInput = ParsedInputOf<'questionnaires', 'saveResponse'>;

interface ResponseRow {
  id: number;
  administration_id: number;
  code: string;
  updated_at: string;
}

interface AnswerRow {
  response_id: number;
  item_id: number;
  value: number | null;
  text: string;
}

async function hydrate(db: Db, rows: ResponseRow[]): Promise<QuestionnaireResponse[]> {
  if (rows.length === 0) return [];
  const answers: AnswerRow[] = await db('questionnaire_answers')
    .join('questionnaire_items', 'questionnaire_items.id', 'questionnaire_answers.item_id')
    .whereIn('questionnaire_answers.response_id', rows.map((row) => row.id))
    .orderBy([{ column: 'questionnaire_answers.response_id' }, { column: 'questionnaire_items.position' }])
    .select('questionnaire_answers.*');
  const byResponse = new Map<number, ResponseAnswer[]>();
  for (const answer of answers) {
    const list = byResponse.get(answer.response_id) ?? [];
    list.push({ itemId: answer.item_id, value: answer.value, text: answer.text });
    byResponse.set(answer.response_id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    administrationId: row.administration_id,
    code: row.code,
    answers: byResponse.get(row.id) ?? [],
    updatedAt: row.updated_at,
  }));
}

export async function listResponses(db: Db, user: SessionUser, administrationId: number): Promise<QuestionnaireResponse[]> {
  await administrationFor(db, user, administrationId);
  const rows: ResponseRow[] = await db('questionnaire_responses').where({ administration_id: administrationId }).orderBy('id');
  return hydrate(db, rows);
}

/** What is wrong with a form's answers, by `answers.<index>.<field>` (the CSV import maps them to its columns). */
export function answerProblems(items: Map<number, TemplateItem>, phase: string, answers: ResponseInput['answers']): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<number>();
  answers.forEach((answer, index) => {
    const at = `answers.${index}`;
    const item = items.get(answer.itemId);
    if (!item) return errors.push({ path: `${at}.itemId`, issue: 'not_found' });
    if (item.phase !== 'both' && item.phase !== phase) return errors.push({ path: `${at}.itemId`, issue: 'not_asked' });
    if (seen.has(answer.itemId)) errors.push({ path: `${at}.itemId`, issue: 'duplicate' });
    seen.add(answer.itemId);
    if (item.answerType === 'free_text') {
      if (answer.value !== null) errors.push({ path: `${at}.value`, issue: 'invalid_value' });
      return;
    }
    if (answer.text !== '') errors.push({ path: `${at}.text`, issue: 'invalid_value' });
    if (answer.value !== null && !isValidAnswer(item, answer.value)) {
      const range = answerRange(item) ?? { min: 0, max: 0 };
      errors.push({ path: `${at}.value`, issue: 'out_of_scale', params: range });
    }
  });
  return errors;
}

/**
 * Saves one form in one go: the code (normalised; '' for none; for pupils it must follow the recipe, twin
 * mark allowed, and be unique in the administration, a refusal naming the free twin variant) and the answers entered: a value, null for "no answer" (the pupil left it
 * blank), or the text of a free-text item. Items absent from `answers` are not entered yet and get no row.
 * Every refused field is reported at once and nothing is written.
 */
export async function saveResponse(ctx: ServiceContext, user: SessionUser, input: ResponseInput): Promise<QuestionnaireResponse> {
  const { db } = ctx;
  // CONCURRENCY: the codes' lock comes before the first read (the administration), not just before the codes
  // are read: on SQLite a transaction that has read and then waits for the write lock finds its snapshot
  // stale once the other process commits, and answers `databaseBusy` instead of `duplicate`. A concurrent
  // save of the same code waits here, then sees it taken. main/db/rule-lock.ts; concurrent-rules.test.ts.
  await serialiseRule(db, 'responseCodes');
  const administration = await administrationFor(db, user, input.administrationId);
  if (input.id !== null && !(await db('questionnaire_responses').where({ id: input.id, administration_id: administration.id }).first('id'))) {
    throw notFound('response');
  }
  const errors: FieldError[] = [];

  const code = normalizeCode(input.code);
  if (code !== '') {
    if (administration.audience === 'pupil') {
      const pattern = codePattern(parseRecipe(administration.code_recipe));
      if (!codeRegex(pattern).test(code)) errors.push({ path: 'code', issue: 'code_pattern', params: { length: pattern.length } });
    }
    const others = db('questionnaire_responses').where({ administration_id: administration.id }).whereNot({ code: '' });
    if (input.id !== null) others.whereNot({ id: input.id });
    const taken = new Set((await others.select('code')).map((row: { code: string }) => row.code));
    if (taken.has(code)) {
      // What is possible: another code, or for twins the first free variant ("AB12-2"), which the grid offers.
      const suggestion = twinVariant(code, taken);
      errors.push({ path: 'code', issue: 'duplicate', ...(suggestion === null ? {} : { params: { suggestion } }) });
    }
  }

  const itemRows: ItemRow[] = await db('questionnaire_items').where({ template_id: administration.template_id }).orderBy('position');
  const items = new Map(itemRows.map((row) => [row.id, toItem(row)]));
  errors.push(...answerProblems(items, administration.phase, input.answers));
  if (errors.length > 0) throw fieldErrors(errors);

  const now = ctx.now.toISOString();
  let id = input.id;
  if (id === null) {
    id = await insertReturningId(db, 'questionnaire_responses', { administration_id: administration.id, code, created_at: now, updated_at: now });
  } else {
    const previous: { code: string } = await db('questionnaire_responses').where({ id }).first('code');
    // A corrected code makes the pairing decisions taken about this form meaningless: they go with it.
    if (previous.code !== code) {
      await db('questionnaire_pair_decisions').where({ before_response_id: id }).orWhere({ after_response_id: id }).delete();
    }
    await db('questionnaire_responses').where({ id }).update({ code, updated_at: now });
    await db('questionnaire_answers').where({ response_id: id }).delete();
  }
  // Only what was entered is stored: a row with value null is an explicit "no answer", a missing row an item
  // not entered yet (the grid shows them differently when the form is reopened).
  const responseId = id;
  if (input.answers.length > 0) {
    await db('questionnaire_answers').insert(
      input.answers.map((answer) => ({
        response_id: responseId,
        item_id: answer.itemId,
        value: items.get(answer.itemId)!.answerType === 'free_text' ? null : answer.value,
        text: answer.text,
      })),
    );
  }
  const row: ResponseRow = await db('questionnaire_responses').where({ id }).first();
  const [saved] = await hydrate(db, [row]);
  return saved!;
}

export async function deleteResponse(db: Db, user: SessionUser, id: number): Promise<void> {
  const row: { class_id: number } | undefined = await db('questionnaire_responses')
    .join('questionnaire_administrations', 'questionnaire_administrations.id', 'questionnaire_responses.administration_id')
    .where('questionnaire_responses.id', id)
    .first('questionnaire_administrations.class_id');
  if (!row || !(await mayTouchClass(db, user, row.class_id))) throw notFound('response');
  await db('questionnaire_responses').where({ id }).delete();
}
