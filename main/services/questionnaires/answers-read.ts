import { isPostgres, type Db } from '../../db/connection';
import { whereInChunks } from '../../db/query-toolkit';
import { toItem, type ItemRow } from './templates';
import type { PairingDecision } from '../../../shared/domain/questionnaires/pairing';
import type { AnswerMatrix } from '../../../shared/domain/questionnaires/scores';
import type { TemplateItem } from '../../../shared/domain/questionnaires/templates';

/**
 * Bulk reads of forms, answers and pairing decisions for the results of issue 5. Everything is read per
 * administration in a few `where in` queries (chunked under the bound-parameter limits), never per form:
 * a school year holds thousands of forms and 150,000 answers.
 */

export interface FormRow {
  id: number;
  administration_id: number;
  code: string;
}

/** The forms of the administrations, in id order. */
export async function readForms(db: Db, administrationIds: readonly number[]): Promise<FormRow[]> {
  const rows = await whereInChunks(administrationIds, (chunk) =>
    db('questionnaire_responses').whereIn('administration_id', chunk).select<FormRow[]>('id', 'administration_id', 'code'),
  );
  return rows.sort((a, b) => a.id - b.id);
}

/** The stored pairing decisions whose 'before' form belongs to one of the administrations. */
export async function readDecisions(db: Db, administrationIds: readonly number[]): Promise<PairingDecision[]> {
  const rows = await whereInChunks(administrationIds, (chunk) =>
    db('questionnaire_pair_decisions as d')
      .join('questionnaire_responses as r', 'r.id', 'd.before_response_id')
      .whereIn('r.administration_id', chunk)
      .select<{ before_response_id: number; after_response_id: number; accepted: number | boolean }[]>(
        'd.before_response_id',
        'd.after_response_id',
        'd.accepted',
      ),
  );
  return rows.map((row) => ({ before: row.before_response_id, after: row.after_response_id, accept: Boolean(row.accepted) }));
}

/**
 * The numeric answers of every form of the administrations to the given items, as an AnswerMatrix (a row
 * per form with at least one of those answers, a column per item, NaN for "no answer" and "not entered":
 * both are missing for the analysis).
 *
 * Why this shape (issue 19, ten school years = 1,500,000 answers):
 * - the query starts from the forms of the administrations (CROSS JOIN: SQLite keeps that join order, and
 *   PostgreSQL reads it as the inner join it is). Joined the other way, SQLite's planner took the
 *   answers' item_id index and read every answer of those items in every school year, once per chunk of
 *   administrations: a school year cost as much as the whole history.
 * - one row per form with its answers folded into one text "item:value,item:value" (group_concat in
 *   SQLite, string_agg in PostgreSQL): building a row object per answer, or per form with a column per item,
 *   is what costs time and memory in Node; reading digits from one string is cheap.
 */
export async function readAnswerMatrix(db: Db, administrationIds: readonly number[], itemIds: readonly number[]): Promise<AnswerMatrix> {
  const width = itemIds.length;
  const columnOf = new Map(itemIds.map((itemId, column) => [itemId, column]));
  const rowOf = new Map<number, number>();
  const chunks: Float64Array[] = [];
  if (width === 0) return { itemIds, rowOf, values: new Float64Array(0) };
  const pair = "cast(a.item_id as text) || ':' || coalesce(cast(a.value as text), '')";
  const folded = isPostgres(db) ? `string_agg(${pair}, ',')` : `group_concat(${pair}, ',')`;
  await whereInChunks(administrationIds, async (chunk) => {
    const rows: { id: number; answers: string | null }[] = await db('questionnaire_responses as r')
      .joinRaw('cross join questionnaire_answers as a')
      .whereRaw('a.response_id = r.id')
      .whereIn('r.administration_id', chunk)
      .whereIn('a.item_id', itemIds)
      .groupBy('r.id')
      .select('r.id', db.raw(`${folded} as answers`));
    const values = new Float64Array(rows.length * width).fill(Number.NaN);
    const first = rowOf.size;
    rows.forEach((row, index) => {
      rowOf.set(row.id, first + index);
      if (row.answers !== null) readFolded(row.answers, columnOf, values, index * width);
    });
    chunks.push(values);
    return [];
  });
  const values = new Float64Array(rowOf.size * width);
  let offset = 0;
  for (const chunk of chunks) {
    values.set(chunk, offset);
    offset += chunk.length;
  }
  return { itemIds, rowOf, values };
}

const COMMA = 44;
const COLON = 58;

/** Reads "item:value,item:value" (value empty: no answer) into `values` from `offset`, column by item. */
function readFolded(text: string, columnOf: ReadonlyMap<number, number>, values: Float64Array, offset: number): void {
  let item = 0;
  let value = 0;
  let inValue = false;
  let hasValue = false;
  let negative = false;
  const flush = () => {
    const column = columnOf.get(item);
    if (column !== undefined && hasValue) values[offset + column] = negative ? -value : value;
  };
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === COMMA) {
      flush();
      item = 0;
      value = 0;
      inValue = false;
      hasValue = false;
      negative = false;
    } else if (code === COLON) {
      inValue = true;
    } else if (inValue) {
      if (code === 45) negative = true;
      else {
        value = value * 10 + (code - 48);
        hasValue = true;
      }
    } else {
      item = item * 10 + (code - 48);
    }
  }
  flush();
}

/** A template's items in printed order. */
export async function readItems(db: Db, templateId: number): Promise<TemplateItem[]> {
  const rows: ItemRow[] = await db('questionnaire_items').where({ template_id: templateId }).orderBy([{ column: 'position' }, { column: 'id' }]);
  return rows.map(toItem);
}

export interface AnswerRow {
  response_id: number;
  item_id: number;
  value: number | null;
  text: string;
}

/**
 * The answer rows (values and texts) of the forms of the administrations to the given items. From the forms
 * to their answers (CROSS JOIN, see readAnswerMatrix): not through the item_id index over every school year.
 */
export async function readAnswerRows(db: Db, administrationIds: readonly number[], itemIds: readonly number[]): Promise<AnswerRow[]> {
  if (itemIds.length === 0) return [];
  return whereInChunks(administrationIds, (chunk) =>
    db('questionnaire_responses as r')
      .joinRaw('cross join questionnaire_answers as a')
      .whereRaw('a.response_id = r.id')
      .whereIn('r.administration_id', chunk)
      .whereIn('a.item_id', itemIds)
      .select<AnswerRow[]>('a.response_id', 'a.item_id', 'a.value', 'a.text'),
  );
}
