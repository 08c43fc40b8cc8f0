import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import knexFactory, { type Knex } from 'knex';
import { migrateToLatest } from '../../main/db/migrate';
import { KNOWN_MIGRATIONS } from '../../main/db/migration-source';
import { insertReturningId } from '../../main/db/query-toolkit';

/**
 * Issue 15, first step: the same migrations build the same schema on PostgreSQL (15 or later). The dialect
 * seam of the migrations (migrations/lib/append-only.ts) makes the audit logs append-only there too, refusing
 * with SQLSTATE 23000, which dispatch answers as a refused record like SQLite's constraint errors.
 */
let db: Knex;
beforeAll(async () => {
  db = knexFactory({ client: 'pg', connection: inject('postgresUrl'), pool: { min: 1, max: 2 } });
  await db.raw('DROP SCHEMA IF EXISTS public CASCADE');
  await db.raw('CREATE SCHEMA public');
  await migrateToLatest(db);
});
afterAll(async () => {
  await db.destroy();
});

describe('the schema on PostgreSQL', () => {
  it('applies every migration, once, in order', async () => {
    const applied: string[] = await db('knex_migrations').orderBy('id').pluck('name');
    expect(applied).toEqual([...KNOWN_MIGRATIONS]);
    await migrateToLatest(db); // a second start applies nothing
    // A string from the driver, or a number once main/db/connection.ts has set pg's type parsers in this worker.
    expect(Number((await db('knex_migrations').count({ n: '*' }).first())?.n)).toBe(KNOWN_MIGRATIONS.length);
  });

  it('seeds the two exhibitions with their items and the two questionnaires, linked by their new ids', async () => {
    const exhibitions: { id: number; items: string }[] = await db('exhibitions')
      .leftJoin('exhibition_items', 'exhibition_items.exhibition_id', 'exhibitions.id')
      .groupBy('exhibitions.id')
      .orderBy('exhibitions.id')
      .select('exhibitions.id', db.raw('count(exhibition_items.id) as items'));
    expect(exhibitions).toHaveLength(2);
    for (const exhibition of exhibitions) expect(Number(exhibition.items)).toBeGreaterThan(0);
    const templates: { items: string }[] = await db('questionnaire_templates')
      .leftJoin('questionnaire_items', 'questionnaire_items.template_id', 'questionnaire_templates.id')
      .groupBy('questionnaire_templates.id')
      .select(db.raw('count(questionnaire_items.template_id) as items'));
    expect(templates).toHaveLength(2);
    for (const template of templates) expect(Number(template.items)).toBeGreaterThan(0);
  });

  it('gives the id of an inserted row as SQLite does', async () => {
    const at = '2026-12-06T10:00:00.000Z';
    const id = await insertReturningId(db, 'users', { username: 'pg.test', display_name: 'PG', password_hash: 'x', created_at: at, updated_at: at });
    expect(id).toEqual(expect.any(Number));
    expect(await db('users').where({ id }).first('username')).toEqual({ username: 'pg.test' });
  });

  it.each(['audit_events', 'housing_audit_log'])('keeps %s append-only: UPDATE and DELETE refused with SQLSTATE 23000', async (table) => {
    const row =
      table === 'audit_events'
        ? { at: '2026-12-06T10:00:00.000Z', action: 'test.append', entity: 'test' }
        : { at: '2026-12-06T10:00:00.000Z', user_id: 1, action: 'view', entity: 'person', entity_id: 1 };
    await db(table).insert(row);
    const before = await db(table).count({ n: '*' }).first();
    await expect(db(table).update({ at: 'changed' })).rejects.toMatchObject({ code: '23000' });
    await expect(db(table).del()).rejects.toMatchObject({ code: '23000' });
    expect(await db(table).count({ n: '*' }).first()).toEqual(before);
    expect(await db(table).where({ at: 'changed' }).first()).toBeUndefined();
  });
});
