import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { fieldError, notFound } from '../../errors';
import { insertReturningId, whereSearch } from '../../db/query-toolkit';
import type { Facilitator } from '../../../shared/domain/directory';

interface FacilitatorRow {
  id: number;
  name: string;
  partner_id: number | null;
  partner_name: string | null;
  email: string;
  phone: string;
}

export type FacilitatorDraft = Omit<Facilitator, 'id' | 'partnerName'>;

function facilitatorsQuery(db: Db) {
  return db('facilitators')
    .leftJoin('partners', 'partners.id', 'facilitators.partner_id')
    .select(
      'facilitators.id',
      'facilitators.name',
      'facilitators.partner_id',
      'partners.name as partner_name',
      'facilitators.email',
      'facilitators.phone',
    );
}

function toFacilitator(row: FacilitatorRow): Facilitator {
  return {
    id: row.id,
    name: row.name,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    email: row.email,
    phone: row.phone,
  };
}

/** Facilitators are few (people who lead activities): the list is not paged. */
export async function listFacilitators(db: Db, filter: { partnerId?: number; search?: string }): Promise<Facilitator[]> {
  const query = facilitatorsQuery(db);
  if (filter.partnerId !== undefined) query.where('facilitators.partner_id', filter.partnerId);
  whereSearch(query, { text: ['facilitators.name'] }, filter.search);
  query.orderByRaw('lower(??) asc', ['facilitators.name']).orderBy('facilitators.id');
  const rows: FacilitatorRow[] = await query;
  return rows.map(toFacilitator);
}

async function getFacilitator(db: Db, id: number): Promise<Facilitator> {
  const row: FacilitatorRow | undefined = await facilitatorsQuery(db).where('facilitators.id', id).first();
  if (!row) throw notFound('facilitator');
  return toFacilitator(row);
}

async function assertPartnerExists(db: Db, partnerId: number | null): Promise<void> {
  if (partnerId !== null && !(await db('partners').where({ id: partnerId }).first('id'))) {
    throw fieldError('partnerId', 'not_found');
  }
}

function facilitatorColumns(draft: FacilitatorDraft, now: string): Record<string, string | number | null> {
  return { name: draft.name, partner_id: draft.partnerId, email: draft.email, phone: draft.phone, updated_at: now };
}

export async function createFacilitator({ db, now }: ServiceContext, draft: FacilitatorDraft): Promise<Facilitator> {
  await assertPartnerExists(db, draft.partnerId);
  const at = now.toISOString();
  const id = await insertReturningId(db, 'facilitators', { ...facilitatorColumns(draft, at), created_at: at });
  return getFacilitator(db, id);
}

export async function updateFacilitator({ db, now }: ServiceContext, input: FacilitatorDraft & { id: number }): Promise<Facilitator> {
  if (!(await db('facilitators').where({ id: input.id }).first('id'))) throw notFound('facilitator');
  await assertPartnerExists(db, input.partnerId);
  await db('facilitators').where({ id: input.id }).update(facilitatorColumns(input, now.toISOString()));
  return getFacilitator(db, input.id);
}

/** Facilitators go freely: the events they led keep their record, without a facilitator. */
export async function deleteFacilitator(db: Db, id: number): Promise<void> {
  const deleted = await db('facilitators').where({ id }).delete();
  if (deleted === 0) throw notFound('facilitator');
}
