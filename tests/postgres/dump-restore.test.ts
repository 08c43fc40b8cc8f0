import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createServerCore } from '../../main/server/core';
import { createMemoryLogger } from '../../main/log';
import { apiFor, ok } from '../helpers/api';
import { createFakeClock } from '../helpers/clock';
import { createTestCore, everyTableCount, signInAs, TEST_SCRYPT_COST, TEST_PASSWORD } from '../helpers/core';
import { personInput, unitInput } from '../helpers/housing';
import { postgresBin } from './cluster';
import { createTestDatabase, type TestDatabase } from './databases';

/**
 * docs/deployment.md's backup and restore, run as written: `pg_dump --format=custom` of a team server's
 * database, `pg_restore` into a new database, and a server on the restored copy with the same key file
 * reads every record back, the encrypted names included. Without the key, the copy is refused.
 */
const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tool(name: 'pg_dump' | 'pg_restore'): string {
  const bin = postgresBin();
  return bin ? join(bin, name) : name;
}

describe('backups of a team server with PostgreSQL’s own tools', () => {
  it('restores a pg_dump into a new database that a server opens with the same key, every record and name intact', async () => {
    const fieldKey = randomBytes(32);
    const core = await createTestCore({ key: fieldKey });
    cleanups.push(() => core.cleanup());
    const { caller, username } = await signInAs(core, ['housing', 'coordinator']);
    const api = apiFor(core, caller);
    const unit = ok(await api.housing.createUnit(unitInput()));
    const household = ok(await api.housing.createHousehold({ size: 2, notes: 'Famille arrivée en novembre', people: [personInput({ firstName: 'Şükrü', lastName: 'Yılmaz' })] }));
    ok(await api.schools.create({ name: 'École communale de Droixhe', network: 'communal', levels: ['primaire'], street: 'Rue de la Meuse 12', postalCode: '4020', city: 'Liège', neighbourhood: 'Droixhe', phone: '', email: '', notes: '' }));
    const before = await everyTableCount(core);

    const dir = mkdtempSync(join(tmpdir(), 'passerelle-dump-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const dumpFile = join(dir, 'passerelle.dump');
    const source = (core.db.client.config.connection as { connectionString: string }).connectionString;
    execFileSync(tool('pg_dump'), ['--format=custom', '--no-owner', `--file=${dumpFile}`, `--dbname=${source}`]);

    const restored: TestDatabase = await createTestDatabase(inject('postgresUrl'), { fromTemplate: false });
    cleanups.push(() => restored.drop());
    execFileSync(tool('pg_restore'), ['--no-owner', '--exit-on-error', `--dbname=${restored.url}`, dumpFile]);

    const server = await createServerCore({ databaseUrl: restored.url, fieldKey, logger: createMemoryLogger(), clock: createFakeClock(), passwordCost: TEST_SCRYPT_COST });
    cleanups.push(() => server.close());
    const counts: Record<string, number> = {};
    for (const table of Object.keys(before)) counts[table] = Number((await server.db(table).count({ n: '*' }).first())?.n ?? 0);
    expect(counts).toEqual(before);
    // The same account signs in on the restored copy, and the encrypted names read back.
    const restoredApi = apiFor(server, { sessionKey: 'restored' });
    ok(await restoredApi.auth.login({ username, password: TEST_PASSWORD }));
    expect(ok(await restoredApi.housing.household({ id: household.id })).people.map((person) => `${person.firstName} ${person.lastName}`)).toEqual(['Şükrü Yılmaz']);
    expect(ok(await restoredApi.housing.unit({ id: unit.id })).code).toBe(unit.code);

    // Another key does not open the copy: the server refuses to start rather than write with a second key.
    await expect(
      createServerCore({ databaseUrl: restored.url, fieldKey: Buffer.alloc(32, 7), logger: createMemoryLogger(), passwordCost: TEST_SCRYPT_COST }),
    ).rejects.toThrow(/not the key of its database/);
  });
});
