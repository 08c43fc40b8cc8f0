import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createServerCore } from '../../main/server/core';
import type { Core } from '../../main/core';
import { createMemoryLogger } from '../../main/log';
import { REAPPLIED_BY_USER_ID } from '../../main/services/privacy/erasures-reapply';
import { apiFor, ok } from '../helpers/api';
import { createFakeClock } from '../helpers/clock';
import { signInAs, TEST_PASSWORD, TEST_SCRYPT_COST } from '../helpers/core';
import { personInput } from '../helpers/housing';
import { postgresBin } from './cluster';
import { createTestDatabase } from './databases';

/**
 * Issue 20 on a team server: with `erasureLedgerFile`, an erasure is appended to that file, and a server started
 * on a pg_dump made before the erasure (restored with pg_restore, as docs/deployment.md says) erases the person
 * again at its start. Without the key, a server on the same dump keeps the person: the file is what carries it.
 */
const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tool(name: 'pg_dump' | 'pg_restore'): string {
  const bin = postgresBin();
  return bin ? join(bin, name) : name;
}

async function server(url: string, fieldKey: Buffer, erasureLedgerFile: string | null): Promise<Core & { logger: ReturnType<typeof createMemoryLogger> }> {
  const logger = createMemoryLogger();
  const core = await createServerCore({ databaseUrl: url, fieldKey, logger, clock: createFakeClock(), passwordCost: TEST_SCRYPT_COST, erasureLedgerFile });
  cleanups.push(() => core.close());
  return Object.assign(core, { logger });
}

/** A new database holding the dump. */
async function restoredCopy(dumpFile: string): Promise<string> {
  const restored = await createTestDatabase(inject('postgresUrl'), { fromTemplate: false });
  cleanups.push(() => restored.drop());
  execFileSync(tool('pg_restore'), ['--no-owner', '--exit-on-error', `--dbname=${restored.url}`, dumpFile]);
  return restored.url;
}

describe('a team server’s erasure ledger', () => {
  it('appends each erasure to erasureLedgerFile, and a server on a dump made before it erases the person again at its start', async () => {
    const fieldKey = randomBytes(32);
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-ledger-pg-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const ledger = join(dir, 'erasures.jsonl');
    const database = await createTestDatabase(inject('postgresUrl'), { fromTemplate: true });
    cleanups.push(() => database.drop());

    const first = await server(database.url, fieldKey, ledger);
    const { caller, username } = await signInAs(first, ['housing']);
    const api = apiFor(first, caller);
    const family = ok(
      await api.housing.createHousehold({
        size: 2,
        notes: '',
        people: [personInput({ firstName: 'Şükrü', lastName: 'Yılmaz' }), personInput({ firstName: 'Nadia', lastName: 'Haddad' })],
      }),
    );
    const erased = family.people[0]!;
    const createdAt = ((await first.db('housing_people').where({ id: erased.id }).first('created_at')) as { created_at: string }).created_at;
    const dumpFile = join(dir, 'before.dump');
    execFileSync(tool('pg_dump'), ['--format=custom', '--no-owner', `--file=${dumpFile}`, `--dbname=${database.url}`]);

    ok(await api.housing.erasePerson({ id: erased.id }));
    const lines = readFileSync(ledger, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([expect.objectContaining({ kind: 'person', recordId: erased.id, recordCreatedAt: createdAt, reason: 'request' })]);

    // The dump restored, a server started on it with the same ledger: the person is erased again.
    const restored = await server(await restoredCopy(dumpFile), fieldKey, ledger);
    expect(await restored.db('housing_people').where({ id: erased.id }).first()).toBeUndefined();
    expect(await restored.db('erasures').select('record_id', 'reason')).toEqual([{ record_id: erased.id, reason: 'reapplied' }]);
    expect(await restored.db('housing_audit_log').where({ action: 'erase', entity_id: erased.id }).pluck('user_id')).toEqual([REAPPLIED_BY_USER_ID]);
    expect(await restored.db('audit_events').where({ action: 'privacy.erasureReapplied' }).pluck('entity_id')).toEqual(['1']);
    expect(restored.logger.entries).toContainEqual(expect.objectContaining({ event: 'erasureLedger.reapplied', count: 1 }));
    const reader = apiFor(restored, { sessionKey: 'restored' });
    ok(await reader.auth.login({ username, password: TEST_PASSWORD }));
    expect(ok(await reader.housing.household({ id: family.id })).people.map((person) => person.lastName)).toEqual(['Haddad']);
    // Nothing new for the ledger: it named this erasure already.
    expect(readFileSync(ledger, 'utf8').trim().split('\n')).toHaveLength(1);

    // Without the ledger, the same dump keeps the person: what a restore brings back is the file's to erase.
    const without = await server(await restoredCopy(dumpFile), fieldKey, null);
    expect(await without.db('housing_people').where({ id: erased.id }).first('id')).toEqual({ id: erased.id });
  });
});
