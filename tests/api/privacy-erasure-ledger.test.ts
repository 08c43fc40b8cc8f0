import { existsSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE_NAME, type Core } from '../../main/core';
import { plainKeyWrapper } from '../../main/crypto/key-store';
import { createMemoryLogger } from '../../main/log';
import { ServerConfigError, loadServerConfig } from '../../main/server/config';
import { ERASURE_LEDGER_FILE_NAME, readErasureLedger } from '../../main/startup/erasure-ledger';
import { openRecords } from '../../main/startup/open-records';
import { APP_VERSION } from '../../main/version';
import { REAPPLIED_BY_USER_ID } from '../../main/services/privacy/erasures-reapply';
import { ok, signedIn } from '../helpers/api';
import { TEST_SCRYPT_COST } from '../helpers/core';
import { createFakeClock } from '../helpers/clock';
import { personInput } from '../helpers/housing';
import { createContact } from '../helpers/directory';
import { bundle, ended, readPeople, runNode, spawnNode, tempDir, waitForLine } from '../helpers/startup';
import type { PasserelleApi } from '../../shared/api/contract';
import type { HousingHousehold } from '../../shared/domain/housing/people';

/*
 * Issue 20, "erasure reaches everything": the erasure ledger beside the records (main/startup/erasure-ledger.ts),
 * with real data directories, real backups and restores through the contract, a real second process killed with
 * SIGKILL, and the bytes of the database file and its WAL read back.
 */

const CHILD = 'tests/api/erasure-ledger-child/erase-entry.ts';
const RESTORE_CLI = 'main/restore/cli.ts';
const CANARY = 'CANARY-Erased-Vq7Lm';

const dirs: string[] = [];
const open = new Set<Core>();
const children: ChildProcessWithoutNullStreams[] = [];

beforeAll(() => {
  bundle(CHILD);
  bundle(RESTORE_CLI);
});

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await ended(child);
    }
  }
  for (const core of open) await core.close();
  open.clear();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Started {
  core: Core;
  logger: ReturnType<typeof createMemoryLogger>;
}

/** A core on `dir` as browser mode starts it (plain key file, database at its place), its log kept in memory. */
async function start(dir: string, clock: ReturnType<typeof createFakeClock>): Promise<Started> {
  const logger = createMemoryLogger();
  const core = await createCore({ dataDir: dir, clock, logger, passwordCost: TEST_SCRYPT_COST, fieldKey: { wrapper: plainKeyWrapper } });
  open.add(core);
  return { core, logger };
}

async function stop(core: Core): Promise<void> {
  await core.close();
  open.delete(core);
}

function newDir(): string {
  const dir = tempDir('erasure-ledger');
  dirs.push(dir);
  return dir;
}

const ledgerOf = (dir: string): string => join(dir, ERASURE_LEDGER_FILE_NAME);
const databaseOf = (dir: string): string => join(dir, DATABASE_FILE_NAME);

/** The ledger's lines, parsed (every line must be JSON). */
function ledgerLines(dir: string): unknown[] {
  return readFileSync(ledgerOf(dir), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}

/** The bytes of the database file and its WAL, read while the core is open. */
function recordBytes(dir: string): Buffer {
  const files = [databaseOf(dir), `${databaseOf(dir)}-wal`];
  return Buffer.concat(files.filter((file) => existsSync(file)).map((file) => readFileSync(file)));
}

function contains(haystack: Buffer, text: string): boolean {
  return haystack.includes(Buffer.from(text, 'utf8'));
}

const CIPHER_COLUMNS = ['first_name_enc', 'last_name_enc', 'residence_status_enc', 'contact_enc'] as const;

async function personRow(core: Core, id: number): Promise<Record<string, string> | undefined> {
  return (await core.db('housing_people').where({ id }).first()) as Record<string, string> | undefined;
}

/** A household of two: the person to erase (canary values) and one who stays (Nadia Haddad). */
async function household(api: PasserelleApi): Promise<HousingHousehold> {
  return ok(
    await api.housing.createHousehold({
      size: 2,
      notes: 'Deux personnes',
      people: [
        personInput({ firstName: CANARY, lastName: `${CANARY}-nom`, contact: `${CANARY}@example.org` }),
        personInput({ firstName: 'Nadia', lastName: 'Haddad' }),
      ],
    }),
  );
}

async function reappliedAuditRows(core: Core): Promise<{ entity_id: string | null; user_id: number | null }[]> {
  return core.db('audit_events').where({ action: 'privacy.erasureReapplied' }).select('entity_id', 'user_id');
}

describe('the erasure ledger', () => {
  it('a backup made before an erasure, restored, has the erasure done again: the person gone, their ciphertexts out of the file and its WAL', async () => {
    const dir = newDir();
    const clock = createFakeClock();
    const { core, logger } = await start(dir, clock);
    const { api } = await signedIn(core, ['admin', 'housing']);
    const family = await household(api);
    const [erased, kept] = family.people as [HousingHousehold['people'][0], HousingHousehold['people'][0]];
    const erasedRow = (await personRow(core, erased.id))!;
    const keptRow = (await personRow(core, kept.id))!;
    const backup = ok(await api.backups.create());

    clock.advance(2_000);
    ok(await api.housing.erasePerson({ id: erased.id }));
    // Appended once the erasure committed: ids and times only.
    expect(ledgerLines(dir)).toEqual([
      { kind: 'person', recordId: erased.id, recordCreatedAt: erasedRow.created_at, erasedAt: clock.now().toISOString(), reason: 'request' },
    ]);
    const ledgerText = readFileSync(ledgerOf(dir), 'utf8');
    expect(ledgerText).not.toContain(CANARY);
    expect(ledgerText).not.toContain(erased.code);
    // The backup still holds the person (the control: the bytes searched are the right ones).
    expect(contains(readFileSync(join(dir, 'backups', backup.name)), erasedRow.first_name_enc!)).toBe(true);

    clock.advance(2_000);
    ok(await api.backups.restore({ name: backup.name }));

    expect(await personRow(core, erased.id)).toBeUndefined();
    expect(await readPeople(core)).toEqual(['Nadia Haddad']);
    const bytes = recordBytes(dir);
    expect(contains(bytes, keptRow.first_name_enc!)).toBe(true);
    for (const column of CIPHER_COLUMNS) expect(contains(bytes, erasedRow[column]!), column).toBe(false);
    expect(contains(bytes, erased.code)).toBe(false);
    // Remembered as re-applied, audited as an erasure by no one (user 0) and by count in the general log.
    expect(await core.db('erasures').select('kind', 'record_id', 'reason')).toEqual([{ kind: 'person', record_id: erased.id, reason: 'reapplied' }]);
    expect(await core.db('housing_audit_log').where({ action: 'erase', entity: 'person', entity_id: erased.id }).pluck('user_id')).toEqual([
      REAPPLIED_BY_USER_ID,
    ]);
    expect(await reappliedAuditRows(core)).toEqual([{ entity_id: '1', user_id: null }]);
    expect(logger.entries).toContainEqual(expect.objectContaining({ event: 'erasureLedger.reapplied', count: 1 }));
    expect(JSON.stringify(logger.entries)).not.toContain(CANARY);
    // The ledger names it once still.
    expect(ledgerLines(dir)).toHaveLength(1);

    // Done once: the next start finds nothing to redo.
    await stop(core);
    const again = await start(dir, clock);
    expect(await reappliedAuditRows(again.core)).toEqual([{ entity_id: '1', user_id: null }]);
    expect(again.logger.entries.filter((entry) => String(entry.event).startsWith('erasureLedger.'))).toEqual([]);
  });

  it('a retention run undone by restoring a backup made before it is done again: its people erased, its contacts anonymised', async () => {
    const dir = newDir();
    const clock = createFakeClock('2018-03-01T09:00:00.000Z');
    const { core } = await start(dir, clock);
    const { api: then } = await signedIn(core, ['admin', 'housing', 'coordinator']);
    // Recorded in 2018 with no dated activity since: both past their terms (housing 5 years, contacts 3) in 2026.
    const erased = (await household(then)).people.map((person) => person.id);
    const contactId = await createContact(then, { firstName: CANARY, lastName: 'Ancien', email: 'ancien@example.org', phone: '0470 12 34 56', notes: `${CANARY} notes` });
    clock.set('2026-12-06T09:00:00.000Z');
    const { api } = await signedIn(core, ['admin', 'housing', 'coordinator']);
    const backup = ok(await api.backups.create());

    clock.advance(2_000);
    for (const kind of ['housingRecords', 'directoryContacts'] as const) {
      const preview = ok(await api.retention.preview({ kind }));
      ok(await api.retention.run({ kind, token: preview.token }));
    }
    // The run's erasures reached the file once it committed.
    expect(ledgerLines(dir)).toHaveLength(3);
    const anonymised = await core.db('contacts').where({ id: contactId }).first('first_name', 'last_name', 'email', 'phone', 'notes');

    clock.advance(2_000);
    ok(await api.backups.restore({ name: backup.name }));

    expect(await core.db('housing_people').whereIn('id', erased).count({ n: '*' })).toEqual([{ n: 0 }]);
    expect(await core.db('contacts').where({ id: contactId }).first('first_name', 'last_name', 'email', 'phone', 'notes')).toEqual(anonymised);
    expect(contains(recordBytes(dir), CANARY)).toBe(false);
    const remembered = (await core.db('erasures').select('kind', 'reason')).map((row) => `${row.kind}:${row.reason}`);
    expect(remembered.sort()).toEqual(['contact:reapplied', 'person:reapplied', 'person:reapplied']);

    // The erased contact's row filled in again afterwards (a returning teacher) is new data: a restart keeps it.
    clock.advance(2_000);
    const { api: coordinator } = await signedIn(core, ['coordinator']);
    ok(await coordinator.contacts.update({ id: contactId, schoolId: null, kind: 'teacher', firstName: 'Revenue', lastName: 'Enseignante', email: 'retour@example.org', phone: '', userId: null, notes: '' }));
    await stop(core);
    const again = await start(dir, clock);
    expect(await again.core.db('contacts').where({ id: contactId }).first('first_name', 'email')).toEqual({ first_name: 'Revenue', email: 'retour@example.org' });
  });

  it('a backup restored from the command line, the app closed, has the erasure done again at the next start', async () => {
    const dir = newDir();
    const clock = createFakeClock();
    const { core } = await start(dir, clock);
    const { api } = await signedIn(core, ['admin', 'housing']);
    const erased = (await household(api)).people[0]!;
    const erasedRow = (await personRow(core, erased.id))!;
    const backup = ok(await api.backups.create());
    clock.advance(2_000);
    ok(await api.housing.erasePerson({ id: erased.id }));
    await stop(core);

    const run = await runNode(bundle(RESTORE_CLI), ['--data-dir', dir, '--from', backup.name, '--yes']);
    expect(run.code, run.stderr).toBe(0);
    // The command put the backup in place as it was: the person is back in the file until the app opens it.
    expect(contains(readFileSync(databaseOf(dir)), erasedRow.first_name_enc!)).toBe(true);

    // Browser mode's opening (the quick check left for later when the opening writes nothing): an erasure to
    // redo is a write, so the file is checked first.
    const logger = createMemoryLogger();
    const opening = { dataDir: dir, databaseFile: databaseOf(dir), fieldKey: { wrapper: plainKeyWrapper }, appVersion: APP_VERSION, now: clock.now(), logger, checkLater: true };
    const first = await openRecords(opening);
    expect(first).toMatchObject({ mode: 'open', checked: true });
    if (first.mode !== 'open') throw new Error('expected open records');
    expect(await first.db('housing_people').where({ id: erased.id }).first()).toBeUndefined();
    await first.db.destroy();
    expect(logger.entries).toContainEqual(expect.objectContaining({ event: 'erasureLedger.reapplied', count: 1 }));
    // Done: the next such opening writes nothing and leaves the check for later.
    const second = await openRecords(opening);
    expect(second).toMatchObject({ mode: 'open', checked: false });
    if (second.mode === 'open') await second.db.destroy();

    const next = await start(dir, clock);
    expect(await readPeople(next.core)).toEqual(['Nadia Haddad']);
    for (const column of CIPHER_COLUMNS) expect(contains(recordBytes(dir), erasedRow[column]!), column).toBe(false);
  });

  it('never touches a record whose id was reused after a restore (same id, another creation time), in a later backup either', async () => {
    const dir = newDir();
    const clock = createFakeClock();
    const { core } = await start(dir, clock);
    const { api } = await signedIn(core, ['admin', 'housing']);
    ok(await api.housing.createHousehold({ size: 1, notes: '', people: [personInput({ firstName: 'Amina', lastName: 'Diallo' })] }));
    const before = ok(await api.backups.create());

    clock.advance(60_000);
    const erased = ok(await api.housing.createHousehold({ size: 1, notes: '', people: [personInput({ firstName: CANARY })] })).people[0]!;
    const erasedCreatedAt = (await personRow(core, erased.id))!.created_at;
    ok(await api.housing.erasePerson({ id: erased.id }));
    clock.advance(60_000);
    ok(await api.backups.restore({ name: before.name }));
    // Not in that backup: nothing to redo, the entry recorded in the table as the ledger has it.
    expect(await reappliedAuditRows(core)).toEqual([]);
    expect(await core.db('erasures').select('record_id', 'record_created_at', 'reason')).toEqual([
      { record_id: erased.id, record_created_at: erasedCreatedAt, reason: 'request' },
    ]);

    // The restored records number people from where the backup stood: the next person takes the erased one's id.
    clock.advance(60_000);
    const again = await signedIn(core, ['admin', 'housing']);
    const reused = ok(
      await again.api.housing.createHousehold({ size: 1, notes: '', people: [personInput({ firstName: 'Youssef', lastName: 'Haddad' })] }),
    ).people[0]!;
    expect(reused.id).toBe(erased.id);
    expect((await personRow(core, reused.id))!.created_at).not.toBe(erasedCreatedAt);
    const after = ok(await again.api.backups.create());

    clock.advance(60_000);
    await stop(core);
    const restarted = await start(dir, clock);
    expect(await readPeople(restarted.core)).toEqual(['Amina Diallo', 'Youssef Haddad']);
    const admin = await signedIn(restarted.core, ['admin']);
    ok(await admin.api.backups.restore({ name: after.name }));
    expect(await readPeople(restarted.core)).toEqual(['Amina Diallo', 'Youssef Haddad']);
    expect(await reappliedAuditRows(restarted.core)).toEqual([]);
    expect(await restarted.core.db('housing_audit_log').where({ action: 'erase', user_id: REAPPLIED_BY_USER_ID }).count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('a process killed after an erasure committed, before its append, is healed at the next start; a later restore still redoes it', async () => {
    const dir = newDir();
    const clock = createFakeClock();
    const { core } = await start(dir, clock);
    const { api, userId } = await signedIn(core, ['admin', 'housing']);
    const family = await household(api);
    const erased = family.people[0]!;
    const erasedRow = (await personRow(core, erased.id))!;
    const backup = ok(await api.backups.create());
    await stop(core);

    clock.advance(2_000);
    const child = spawnNode(bundle(CHILD), [dir, String(erased.id), String(userId), clock.now().toISOString()]);
    children.push(child);
    expect(await waitForLine(child, ['committed', 'failed'])).toBe('committed');
    child.kill('SIGKILL');
    expect((await ended(child)).signal).toBe('SIGKILL');
    // The window: the erasure is in the records, not in the ledger.
    expect(existsSync(ledgerOf(dir))).toBe(false);

    clock.advance(2_000);
    const next = await start(dir, clock);
    expect(ledgerLines(dir)).toEqual([
      { kind: 'person', recordId: erased.id, recordCreatedAt: erasedRow.created_at, erasedAt: '2026-11-28T09:00:02.000Z', reason: 'request' },
    ]);
    expect(next.logger.entries).toContainEqual(expect.objectContaining({ event: 'erasureLedger.appended', count: 1 }));

    const admin = await signedIn(next.core, ['admin']);
    ok(await admin.api.backups.restore({ name: backup.name }));
    expect(await personRow(next.core, erased.id)).toBeUndefined();
    expect(await readPeople(next.core)).toEqual(['Nadia Haddad']);
    for (const column of CIPHER_COLUMNS) expect(contains(recordBytes(dir), erasedRow[column]!), column).toBe(false);
  });

  it('an append that fails leaves the erasure done and the call answered; the start with an unreadable ledger goes on, and a later one heals it', async () => {
    const dir = newDir();
    const clock = createFakeClock();
    const { core, logger } = await start(dir, clock);
    const { api } = await signedIn(core, ['housing']);
    const erased = (await household(api)).people[0]!;
    // A folder where the file should be: reading and appending fail.
    mkdirSync(ledgerOf(dir));
    expect(ok(await api.housing.erasePerson({ id: erased.id }))).toBeNull();
    expect(await personRow(core, erased.id)).toBeUndefined();
    expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'error', event: expect.stringMatching(/^after /), errorCode: 'EISDIR' }));
    await stop(core);

    const unreadable = await start(dir, clock);
    expect(unreadable.core.problem).toBeNull();
    expect(unreadable.logger.entries).toContainEqual({ level: 'info', event: 'erasureLedger.unreadable', error: 'EISDIR' });
    await stop(unreadable.core);

    rmSync(ledgerOf(dir), { recursive: true });
    const healed = await start(dir, clock);
    expect(ledgerLines(dir)).toEqual([expect.objectContaining({ kind: 'person', recordId: erased.id, reason: 'request' })]);
    expect(healed.logger.entries).toContainEqual(expect.objectContaining({ event: 'erasureLedger.appended', count: 1 }));
  });

  it('a restore is refused while the ledger cannot be written, then, once it can, first writes the erasure the failed append missed', async () => {
    const dir = newDir();
    const clock = createFakeClock();
    const { core } = await start(dir, clock);
    const { api } = await signedIn(core, ['admin', 'housing']);
    const erased = (await household(api)).people[0]!;
    const backup = ok(await api.backups.create());
    clock.advance(2_000);
    mkdirSync(ledgerOf(dir));
    ok(await api.housing.erasePerson({ id: erased.id }));

    clock.advance(2_000);
    const refused = await api.backups.restore({ name: backup.name });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'erasureLedgerUnwritable' } });
    // Nothing was switched: the person is still erased in the records in place.
    expect(await personRow(core, erased.id)).toBeUndefined();

    rmSync(ledgerOf(dir), { recursive: true });
    clock.advance(2_000);
    ok(await api.backups.restore({ name: backup.name }));
    expect(await personRow(core, erased.id)).toBeUndefined();
    expect(ledgerLines(dir)).toEqual([expect.objectContaining({ kind: 'person', recordId: erased.id, reason: 'request' })]);
  });

  it('a torn last line is ignored and written again whole from the table; a missing ledger is written again; neither stops the start', async () => {
    const dir = newDir();
    const clock = createFakeClock();
    const { core } = await start(dir, clock);
    const { api } = await signedIn(core, ['admin', 'housing']);
    const family = await household(api);
    const erased = family.people[0]!;
    const backup = ok(await api.backups.create());
    clock.advance(2_000);
    ok(await api.housing.erasePerson({ id: erased.id }));
    await stop(core);

    // Half of the line, as a crash in the middle of the append leaves it.
    const whole = readFileSync(ledgerOf(dir), 'utf8');
    truncateSync(ledgerOf(dir), Math.floor(whole.length / 2));
    expect(readErasureLedger(ledgerOf(dir))).toEqual({ entries: [], ignoredLines: 1, exists: true });

    const torn = await start(dir, clock);
    expect(torn.core.problem).toBeNull();
    expect(torn.logger.entries).toContainEqual({ level: 'info', event: 'erasureLedger.ignoredLines', count: 1 });
    expect(torn.logger.entries).toContainEqual({ level: 'info', event: 'erasureLedger.appended', count: 1 });
    // The fragment stays on its own line; the entry follows whole, on a line of its own.
    const lines = readFileSync(ledgerOf(dir), 'utf8').split('\n');
    expect(lines).toEqual([whole.slice(0, Math.floor(whole.length / 2)), whole.trimEnd(), '']);
    expect(readErasureLedger(ledgerOf(dir)).entries).toEqual([expect.objectContaining({ recordId: erased.id, reason: 'request' })]);

    // And the restore still redoes it.
    const admin = await signedIn(torn.core, ['admin']);
    ok(await admin.api.backups.restore({ name: backup.name }));
    expect(await personRow(torn.core, erased.id)).toBeUndefined();
    await stop(torn.core);

    // A ledger that is gone (deleted, or a data directory copied without it) is written again from the table.
    rmSync(ledgerOf(dir));
    const missing = await start(dir, clock);
    expect(missing.core.problem).toBeNull();
    expect(ledgerLines(dir)).toEqual([expect.objectContaining({ kind: 'person', recordId: erased.id, reason: 'reapplied' })]);
    // Lines that are not entries at all (a damaged file) are ignored the same way.
    await stop(missing.core);
    writeFileSync(ledgerOf(dir), `${readFileSync(ledgerOf(dir), 'utf8')}not json\n{"kind":"person","recordId":"x"}\n`);
    const damaged = await start(dir, clock);
    expect(damaged.logger.entries).toContainEqual({ level: 'info', event: 'erasureLedger.ignoredLines', count: 2 });
    expect(readErasureLedger(ledgerOf(dir)).entries).toHaveLength(1);
  });
});

describe('the team server’s erasureLedgerFile', () => {
  const base = { PASSERELLE_DATABASE_URL: 'postgres://localhost/passerelle', PASSERELLE_FIELD_KEY_FILE: '/etc/passerelle/field-key' };

  it('is optional, taken from the file or the environment (which wins), and must be an absolute path', () => {
    expect(loadServerConfig(null, base).erasureLedgerFile).toBeNull();
    const dir = newDir();
    const file = join(dir, 'server.json');
    writeFileSync(file, JSON.stringify({ erasureLedgerFile: '/var/lib/passerelle/erasures.jsonl' }));
    expect(loadServerConfig(file, base).erasureLedgerFile).toBe('/var/lib/passerelle/erasures.jsonl');
    expect(loadServerConfig(file, { ...base, PASSERELLE_ERASURE_LEDGER_FILE: '/srv/erasures.jsonl' }).erasureLedgerFile).toBe('/srv/erasures.jsonl');
    expect(() => loadServerConfig(null, { ...base, PASSERELLE_ERASURE_LEDGER_FILE: 'erasures.jsonl' })).toThrow(ServerConfigError);
    expect(() => loadServerConfig(null, { ...base, PASSERELLE_ERASURE_LEDGER_FILE: 'erasures.jsonl' })).toThrow(/absolute path/);
  });
});
