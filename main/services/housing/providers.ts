import type { Db } from '../../db/connection';
import { conflict, notFound } from '../../errors';
import { countValue, foldedKey, insertReturningId, whereSearch } from '../../db/query-toolkit';
import type { ServiceContext } from '../context';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { HousingProvider } from '../../../shared/domain/housing/housing-units-api';
import type { ProviderKind } from '../../../shared/domain/housing/units';

/** Who provides housing units: citizen hosts, non-profits, the CPAS, AIS, private owners, approved operators. */

export type ProviderDraft = ParsedInputOf<'housing', 'createProvider'>;

interface ProviderRow {
  id: number;
  kind: ProviderKind;
  name: string;
  contact_name: string;
  email: string;
  phone: string;
  address: string;
  notes: string;
  unit_count: number | string;
}

function toProvider(row: ProviderRow): HousingProvider {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    contactName: row.contact_name,
    email: row.email,
    phone: row.phone,
    address: row.address,
    notes: row.notes,
    unitCount: Number(row.unit_count),
  };
}

function providerQuery(db: Db) {
  return db('housing_providers as p').select(
    'p.*',
    db('housing_units as u').whereRaw('u.provider_id = p.id').count('*').as('unit_count'),
  );
}

export async function listProviders(db: Db, options: { search?: string; kind?: ProviderKind }): Promise<HousingProvider[]> {
  const query = providerQuery(db).orderBy([{ column: 'p.name_key' }, { column: 'p.id' }]);
  if (options.kind) query.where('p.kind', options.kind);
  whereSearch(query, { text: ['p.contact_name', 'p.email', 'p.address'], folded: ['p.name_key'] }, options.search);
  return ((await query) as ProviderRow[]).map(toProvider);
}

async function getProvider(db: Db, id: number): Promise<HousingProvider> {
  const row = (await providerQuery(db).where('p.id', id).first()) as ProviderRow | undefined;
  if (!row) throw notFound('provider');
  return toProvider(row);
}

function providerColumns(draft: ProviderDraft, now: string) {
  return {
    kind: draft.kind,
    name: draft.name,
    name_key: foldedKey(draft.name),
    contact_name: draft.contactName,
    email: draft.email,
    phone: draft.phone,
    address: draft.address,
    notes: draft.notes,
    updated_at: now,
  };
}

export async function createProvider(ctx: ServiceContext, draft: ProviderDraft): Promise<HousingProvider> {
  const now = ctx.now.toISOString();
  const id = await insertReturningId(ctx.db, 'housing_providers', { ...providerColumns(draft, now), created_at: now });
  return getProvider(ctx.db, id);
}

export async function updateProvider(ctx: ServiceContext, id: number, draft: ProviderDraft): Promise<HousingProvider> {
  const updated = await ctx.db('housing_providers').where({ id }).update(providerColumns(draft, ctx.now.toISOString()));
  if (updated === 0) throw notFound('provider');
  return getProvider(ctx.db, id);
}

/** Only a provider no unit mentions: the units keep saying who provided them. */
export async function deleteProvider(db: Db, id: number): Promise<void> {
  if (!(await db('housing_providers').where({ id }).first('id'))) throw notFound('provider');
  const count = countValue(await db('housing_units').where({ provider_id: id }).count({ n: '*' }).first());
  if (count > 0) throw conflict('providerHasUnits', { count });
  await db('housing_providers').where({ id }).delete();
}
