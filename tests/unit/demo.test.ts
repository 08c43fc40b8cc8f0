import { afterEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { openDatabase } from '../../main/db/connection';
import { migrateToLatest } from '../../main/db/migrate';
import { generateDemo } from '../../main/demo/generate';
import { seededRandom } from '../../main/demo/random';
import { DEMO_ACCOUNTS } from '../../main/demo/accounts';
import { TEST_SCRYPT_COST } from '../helpers/core';
import { findConflicts } from '../../shared/domain/event-conflicts';

const opened: Knex[] = [];
async function freshDb(): Promise<Knex> {
  const db = openDatabase(':memory:');
  opened.push(db);
  await migrateToLatest(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
});

const options = { seed: 7, years: 2, today: new Date('2026-11-28T09:00:00Z'), passwordCost: TEST_SCRYPT_COST };

describe('demo data', () => {
  it('is the same for the same seed and differs for another', async () => {
    const rows = async (seed: number) => {
      const db = await freshDb();
      await generateDemo(db, { ...options, seed });
      return [await db('users').orderBy('id').select('username', 'created_at'), await db('events').orderBy('id').select('title', 'starts_at', 'school_id')];
    };
    expect(await rows(7)).toEqual(await rows(7));
    expect(await rows(7)).not.toEqual(await rows(8));
  });

  it('creates one account per role and refuses a database that already has accounts', async () => {
    const db = await freshDb();
    const summary = await generateDemo(db, options);
    expect(summary).toMatchObject({ users: DEMO_ACCOUNTS.length, schools: 24, partners: 6 });
    expect(summary.events).toBeGreaterThan(200);
    expect((await db('user_roles').distinct('role').pluck('role')).sort()).toEqual(['admin', 'coordinator', 'housing', 'teacher']);
    await expect(generateDemo(db, options)).rejects.toThrow(/already holds accounts/);
  });

  it('plans two school years of events that obey the scheduling rules and avoid weekends and holidays', async () => {
    const db = await freshDb();
    await generateDemo(db, options);
    expect(await db('events').distinct('school_year').orderBy('school_year').pluck('school_year')).toEqual(['2025–2026', '2026–2027']);
    const events: { id: number; starts_at: string; ends_at: string; status: string; facilitator_id: number | null; location: string }[] = await db('events').select();
    const links: { event_id: number; class_id: number }[] = await db('event_classes').select();
    const schedulable = events.map((event) => ({
      id: event.id,
      start: event.starts_at,
      end: event.ends_at,
      cancelled: event.status === 'cancelled',
      classIds: links.filter((link) => link.event_id === event.id).map((link) => link.class_id),
      facilitatorId: event.facilitator_id,
      location: event.location,
    }));
    for (const event of schedulable) expect(findConflicts(event, schedulable), `event ${event.id}`).toEqual([]);
    const holidays: { start_date: string; end_date: string }[] = await db('holidays').select();
    for (const event of events) {
      const date = event.starts_at.slice(0, 10);
      expect([0, 6]).not.toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
      expect(holidays.some((holiday) => holiday.start_date <= date && date <= holiday.end_date), date).toBe(false);
    }
    // Past events are held or cancelled; the demo teacher teaches classes that have events.
    expect(events.filter((event) => event.starts_at < '2026-11-28' && !['held', 'cancelled'].includes(event.status))).toEqual([]);
    const teacherEvents = await db('event_classes')
      .join('class_teachers', 'class_teachers.class_id', 'event_classes.class_id')
      .join('contacts', 'contacts.id', 'class_teachers.contact_id')
      .join('users', 'users.id', 'contacts.user_id')
      .where('users.username', 'enseignant')
      .count({ n: '*' })
      .first();
    expect(Number(teacherEvents?.n)).toBeGreaterThan(0);
  });

  it('draws reproducible numbers', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const drawn = Array.from({ length: 5 }, () => a.int(1, 100));
    expect(drawn).toEqual(Array.from({ length: 5 }, () => b.int(1, 100)));
    expect(drawn.every((n) => n >= 1 && n <= 100)).toBe(true);
  });
});
