import type { Db } from '../../db/connection';
import { whereInChunks } from '../../db/query-toolkit';
import { toItem, type ItemRow } from './templates';
import type { PairingDecision } from '../../../shared/domain/questionnaires/pairing';
import type { AnswerValues } from '../../../shared/domain/questionnaires/scores';
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
 * The numeric answers of every form of the administrations to the given items: response id → item id →
 * value (null: no answer). Only the given items are kept (the others are not analysed).
 *
 * One row per form rather than per answer: the answers are pivoted in SQL (standard `max(case …)`, valid in
 * SQLite and PostgreSQL), which turns a school year's 150,000 answer rows into a few thousand — building
 * row objects, not the query, is what costs time in Node. Both "no answer" and "not entered" come back as
 * null, and both are missing for the analysis.
 */
export async function readAnswerValues(
  db: Db,
  administrationIds: readonly number[],
  itemIds: readonly number[],
): Promise<Map<number, AnswerValues>> {
  const byResponse = new Map<number, Map<number, number | null>>();
  if (itemIds.length === 0) return byResponse;
  const columns = itemIds.map((itemId, index) => ({ itemId, alias: `v${index}` }));
  await whereInChunks(administrationIds, async (chunk) => {
    const rows: Record<string, number | null>[] = await db('questionnaire_answers as a')
      .join('questionnaire_responses as r', 'r.id', 'a.response_id')
      .whereIn('r.administration_id', chunk)
      .whereIn('a.item_id', itemIds)
      .groupBy('a.response_id')
      .select('a.response_id', ...columns.map(({ itemId, alias }) => db.raw('max(case when a.item_id = ? then a.value end) as ??', [itemId, alias])));
    for (const row of rows) {
      const answers = new Map<number, number | null>();
      for (const { itemId, alias } of columns) answers.set(itemId, row[alias] ?? null);
      byResponse.set(row.response_id as number, answers);
    }
    return [];
  });
  return byResponse;
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

/** The answer rows (values and texts) of the forms of the administrations to the given items. */
export async function readAnswerRows(db: Db, administrationIds: readonly number[], itemIds: readonly number[]): Promise<AnswerRow[]> {
  if (itemIds.length === 0) return [];
  return whereInChunks(administrationIds, (chunk) =>
    db('questionnaire_answers as a')
      .join('questionnaire_responses as r', 'r.id', 'a.response_id')
      .whereIn('r.administration_id', chunk)
      .whereIn('a.item_id', itemIds)
      .select<AnswerRow[]>('a.response_id', 'a.item_id', 'a.value', 'a.text'),
  );
}
