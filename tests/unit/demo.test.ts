import { afterEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { openDatabase } from '../../main/db/connection';
import { migrateToLatest } from '../../main/db/migrate';
import { generateDemo } from '../../main/demo/generate';
import { seededRandom } from '../../main/demo/random';
import { DEMO_ACCOUNTS } from '../../main/demo/accounts';
import { TEST_SCRYPT_COST } from '../helpers/core';

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
      return db('users').orderBy('id').select('username', 'created_at');
    };
    expect(await rows(7)).toEqual(await rows(7));
    expect(await rows(7)).not.toEqual(await rows(8));
  });

  it('creates one account per role and refuses a database that already has accounts', async () => {
    const db = await freshDb();
    expect(await generateDemo(db, options)).toEqual({ users: DEMO_ACCOUNTS.length });
    expect((await db('user_roles').distinct('role').pluck('role')).sort()).toEqual(['admin', 'coordinator', 'housing', 'teacher']);
    await expect(generateDemo(db, options)).rejects.toThrow(/already holds accounts/);
  });

  it('draws reproducible numbers', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const drawn = Array.from({ length: 5 }, () => a.int(1, 100));
    expect(drawn).toEqual(Array.from({ length: 5 }, () => b.int(1, 100)));
    expect(drawn.every((n) => n >= 1 && n <= 100)).toBe(true);
  });
});
