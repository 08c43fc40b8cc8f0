import type { Knex } from 'knex';
import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { conflict, notFound } from '../../errors';
import { countValue, insertReturningId, orderPage, pageOf, whereSearch, type PageRequest, type SortColumn } from '../../db/query-toolkit';
import type { Page, Partner, PartnerKind } from '../../../shared/domain/directory';

interface PartnerRow {
  id: number;
  name: string;
  kind: PartnerKind;
  contact_name: string;
  email: string;
  phone: string;
  notes: string;
}

export interface PartnerFilter {
  kinds?: readonly PartnerKind[];
  search?: string;
}

export type PartnerDraft = Omit<Partner, 'id'>;

const COLUMNS = ['id', 'name', 'kind', 'contact_name', 'email', 'phone', 'notes'];

function filteredPartners(db: Db, filter: PartnerFilter): Knex.QueryBuilder {
  const query = db('partners').select(COLUMNS);
  if (filter.kinds?.length) query.whereIn('kind', filter.kinds);
  whereSearch(query, { text: ['name', 'contact_name'] }, filter.search);
  return query;
}

function toPartner(row: PartnerRow): Partner {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    contactName: row.contact_name,
    email: row.email,
    phone: row.phone,
    notes: row.notes,
  };
}

const SORT_COLUMNS: Record<'name' | 'kind', SortColumn[]> = {
  name: [{ lower: 'name' }],
  kind: ['kind', { lower: 'name' }],
};

export async function listPartners(db: Db, input: PartnerFilter & PageRequest & { sortBy?: 'name' | 'kind' }): Promise<Page<Partner>> {
  const query = filteredPartners(db, input);
  orderPage(query, SORT_COLUMNS[input.sortBy ?? 'name'], 'id', input.sortDirection);
  const page = await pageOf<PartnerRow>(query, input);
  return { rows: page.rows.map(toPartner), total: page.total };
}

/** Every partner matching the filter, by name: for the CSV export. */
export async function allPartners(db: Db, filter: PartnerFilter): Promise<Partner[]> {
  const query = filteredPartners(db, filter);
  orderPage(query, SORT_COLUMNS.name, 'id');
  const rows: PartnerRow[] = await query;
  return rows.map(toPartner);
}

async function getPartner(db: Db, id: number): Promise<Partner> {
  const row: PartnerRow | undefined = await db('partners').where({ id }).first(COLUMNS);
  if (!row) throw notFound('partner');
  return toPartner(row);
}

function partnerColumns(draft: PartnerDraft, now: string): Record<string, string> {
  return {
    name: draft.name,
    kind: draft.kind,
    contact_name: draft.contactName,
    email: draft.email,
    phone: draft.phone,
    notes: draft.notes,
    updated_at: now,
  };
}

export async function createPartner({ db, now }: ServiceContext, draft: PartnerDraft): Promise<Partner> {
  const at = now.toISOString();
  const id = await insertReturningId(db, 'partners', { ...partnerColumns(draft, at), created_at: at });
  return getPartner(db, id);
}

export async function updatePartner({ db, now }: ServiceContext, input: PartnerDraft & { id: number }): Promise<Partner> {
  const updated = await db('partners').where({ id: input.id }).update(partnerColumns(input, now.toISOString()));
  if (updated === 0) throw notFound('partner');
  return getPartner(db, input.id);
}

/** Refused while events name the partner; its facilitators stay, without a partner. */
export async function deletePartner(db: Db, id: number): Promise<void> {
  if (!(await db('partners').where({ id }).first('id'))) throw notFound('partner');
  const count = countValue(await db('event_partners').where({ partner_id: id }).count({ n: '*' }).first());
  if (count > 0) throw conflict('partnerHasEvents', { count });
  await db('partners').where({ id }).delete();
}
