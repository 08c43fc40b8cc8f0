import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { conflict, fieldErrors, notFound } from '../../errors';
import { countValue, foldedKey, insertReturningId } from '../../db/query-toolkit';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { FieldError } from '../../../shared/api/result';
import {
  EXHIBITION_LANGUAGES,
  type Exhibition,
  type ExhibitionItem,
  type ExhibitionKind,
  type ExhibitionLanguage,
  type ItemKind,
} from '../../../shared/domain/loans/exhibitions';

/** The catalogue of travelling exhibitions and their items (panels, roll-ups, crates…). */

export type ExhibitionDraft = ParsedInputOf<'exhibitions', 'create'>;

interface ExhibitionRow {
  id: number;
  title: string;
  owner: string;
  kind: ExhibitionKind;
  description: string;
  audience: string;
  languages: string;
  transport_notes: string;
  setup_notes: string;
  insurance_value_cents: number | null;
  min_loan_days: number | null;
  max_loan_days: number | null;
  buffer_days: number;
  notes: string;
  archived: number | boolean;
}

interface ItemRow {
  id: number;
  exhibition_id: number;
  number: number;
  kind: ItemKind;
  label: string;
  flag_condition: 'damaged' | 'missing' | null;
  flag_note: string;
  flag_loan_id: number | null;
  flag_since: string | null;
}

function toItem(row: ItemRow): ExhibitionItem {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    label: row.label,
    flag:
      row.flag_condition === null
        ? null
        : { condition: row.flag_condition, note: row.flag_note, loanId: row.flag_loan_id ?? 0, since: row.flag_since ?? '' },
  };
}

/** Rows to exhibitions with their items in use (retired items only live on in the history of loans). */
async function hydrate(db: Db, rows: ExhibitionRow[]): Promise<Exhibition[]> {
  if (rows.length === 0) return [];
  const items: ItemRow[] = await db('exhibition_items')
    .whereIn('exhibition_id', rows.map((row) => row.id))
    .andWhere('retired', false)
    .orderBy([{ column: 'number' }, { column: 'id' }]);
  return rows.map((row) => {
    const own = items.filter((item) => item.exhibition_id === row.id).map(toItem);
    return {
      id: row.id,
      title: row.title,
      owner: row.owner,
      kind: row.kind,
      description: row.description,
      audience: row.audience,
      languages: EXHIBITION_LANGUAGES.filter((code) => row.languages.split(',').includes(code)),
      items: own,
      transportNotes: row.transport_notes,
      setupNotes: row.setup_notes,
      insuranceValue: row.insurance_value_cents === null ? null : row.insurance_value_cents / 100,
      minLoanDays: row.min_loan_days,
      maxLoanDays: row.max_loan_days,
      bufferDays: row.buffer_days,
      notes: row.notes,
      archived: Boolean(row.archived),
      flaggedItems: own.filter((item) => item.flag !== null).length,
    };
  });
}

export async function listExhibitions(db: Db, options: { includeArchived?: boolean }): Promise<Exhibition[]> {
  const query = db('exhibitions').orderBy([{ column: 'title_key' }, { column: 'id' }]);
  if (!options.includeArchived) query.where('archived', false);
  return hydrate(db, await query);
}

export async function getExhibition(db: Db, id: number): Promise<Exhibition> {
  const row: ExhibitionRow | undefined = await db('exhibitions').where({ id }).first();
  if (!row) throw notFound('exhibition');
  const [exhibition] = await hydrate(db, [row]);
  return exhibition!;
}

/** Every refused field of a draft at once: title in use, loan bounds reversed, items repeated or foreign. */
async function checkDraft(db: Db, id: number | null, draft: ExhibitionDraft): Promise<void> {
  const errors: FieldError[] = [];
  const sameTitle = db('exhibitions').where({ title_key: foldedKey(draft.title) });
  if (id !== null) sameTitle.whereNot({ id });
  if (await sameTitle.first('id')) errors.push({ path: 'title', issue: 'taken' });
  if (draft.minLoanDays !== null && draft.maxLoanDays !== null && draft.maxLoanDays < draft.minLoanDays) {
    errors.push({ path: 'maxLoanDays', issue: 'too_small', params: { limit: draft.minLoanDays } });
  }

  const own = new Set<number>(
    id === null
      ? []
      : (await db('exhibition_items').where({ exhibition_id: id, retired: false }).pluck('id')).map(Number),
  );
  const numbers = new Set<number>();
  const ids = new Set<number>();
  draft.items.forEach((item, index) => {
    if (numbers.has(item.number)) errors.push({ path: `items.${index}.number`, issue: 'duplicate' });
    numbers.add(item.number);
    if (item.id === null) return;
    if (!own.has(item.id)) errors.push({ path: `items.${index}.id`, issue: 'not_found' });
    else if (ids.has(item.id)) errors.push({ path: `items.${index}.id`, issue: 'duplicate' });
    ids.add(item.id);
  });
  if (errors.length > 0) throw fieldErrors(errors);
}

function exhibitionColumns(draft: ExhibitionDraft, now: string) {
  return {
    title: draft.title,
    title_key: foldedKey(draft.title),
    owner: draft.owner,
    kind: draft.kind,
    description: draft.description,
    audience: draft.audience,
    languages: EXHIBITION_LANGUAGES.filter((code: ExhibitionLanguage) => draft.languages.includes(code)).join(','),
    transport_notes: draft.transportNotes,
    setup_notes: draft.setupNotes,
    // Cents: euros as floats would drift in sums (0.1 + 0.2).
    insurance_value_cents: draft.insuranceValue === null ? null : Math.round(draft.insuranceValue * 100),
    min_loan_days: draft.minLoanDays,
    max_loan_days: draft.maxLoanDays,
    buffer_days: draft.bufferDays,
    notes: draft.notes,
    archived: draft.archived,
    updated_at: now,
  };
}

/**
 * Writes the item list. An item dropped from the list is deleted, unless a condition check mentions it: then
 * it is retired, so the loans that checked it still show what it was. Kept items are first moved out of the
 * way (negative numbers) so that swapping two numbers never trips the unique index on numbers in use.
 */
async function saveItems(db: Db, exhibitionId: number, items: ExhibitionDraft['items']): Promise<void> {
  const kept = items.flatMap((item) => (item.id === null ? [] : [item.id]));
  const dropped: number[] = (
    await db('exhibition_items').where({ exhibition_id: exhibitionId, retired: false }).whereNotIn('id', kept).pluck('id')
  ).map(Number);
  if (dropped.length > 0) {
    const checked = new Set<number>(
      (await db('loan_check_items').whereIn('item_id', dropped).distinct('item_id').pluck('item_id')).map(Number),
    );
    const unused = dropped.filter((itemId) => !checked.has(itemId));
    if (checked.size > 0) await db('exhibition_items').whereIn('id', [...checked]).update({ retired: true });
    if (unused.length > 0) await db('exhibition_items').whereIn('id', unused).delete();
  }
  if (kept.length > 0) await db('exhibition_items').whereIn('id', kept).update({ number: db.raw('-id') });
  for (const item of items) {
    const columns = { number: item.number, kind: item.kind, label: item.label };
    if (item.id === null) await db('exhibition_items').insert({ ...columns, exhibition_id: exhibitionId });
    else await db('exhibition_items').where({ id: item.id }).update(columns);
  }
}

export async function createExhibition({ db, now }: ServiceContext, draft: ExhibitionDraft): Promise<Exhibition> {
  await checkDraft(db, null, draft);
  const at = now.toISOString();
  const id = await insertReturningId(db, 'exhibitions', { ...exhibitionColumns(draft, at), created_at: at });
  await saveItems(db, id, draft.items);
  return getExhibition(db, id);
}

export async function updateExhibition({ db, now }: ServiceContext, id: number, draft: ExhibitionDraft): Promise<Exhibition> {
  if (!(await db('exhibitions').where({ id }).first('id'))) throw notFound('exhibition');
  await checkDraft(db, id, draft);
  await db('exhibitions').where({ id }).update(exhibitionColumns(draft, now.toISOString()));
  await saveItems(db, id, draft.items);
  return getExhibition(db, id);
}

/** Only an exhibition that was never lent: one with loans keeps its history and is archived instead. */
export async function deleteExhibition(db: Db, id: number): Promise<void> {
  if (!(await db('exhibitions').where({ id }).first('id'))) throw notFound('exhibition');
  const count = countValue(await db('loans').where({ exhibition_id: id }).count({ n: '*' }).first());
  if (count > 0) throw conflict('exhibitionHasLoans', { count });
  await db('exhibitions').where({ id }).delete();
}

/**
 * Clears a damaged/missing flag once the item is repaired, replaced or found. The flag and the note saying
 * what was done go to `item_flag_resolutions`, with who resolved it and on which day, so the item's story is
 * kept. The note is free text and is never written to the audit log.
 */
export async function resolveItemFlag({ db, userId, now, today }: ServiceContext, itemId: number, note: string): Promise<Exhibition> {
  const item:
    | { exhibition_id: number; flag_condition: string | null; flag_loan_id: number | null; flag_since: string | null }
    | undefined = await db('exhibition_items')
    .where({ id: itemId, retired: false })
    .first('exhibition_id', 'flag_condition', 'flag_loan_id', 'flag_since');
  if (!item) throw notFound('item');
  if (item.flag_condition === null) throw conflict('itemNotFlagged');
  await db('item_flag_resolutions').insert({
    item_id: itemId,
    loan_id: item.flag_loan_id,
    condition: item.flag_condition,
    flagged_on: item.flag_since ?? today,
    resolved_on: today,
    resolved_by: userId,
    note,
  });
  await db('exhibition_items')
    .where({ id: itemId })
    .update({ flag_condition: null, flag_note: '', flag_loan_id: null, flag_since: null });
  await db('exhibitions').where({ id: item.exhibition_id }).update({ updated_at: now.toISOString() });
  return getExhibition(db, item.exhibition_id);
}
