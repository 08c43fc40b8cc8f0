import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, copyFileSync, cpSync, existsSync, openSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import knexFactory from 'knex';
import { DATABASE_FILE_NAME, type Core } from '../../main/core';
import { fieldKeyFingerprint, shortFingerprint } from '../../main/crypto/fingerprint';
import { fieldKeyPath, plainKeyWrapper, readFieldKey } from '../../main/crypto/key-store';
import { openDatabase } from '../../main/db/connection';
import { quickCheck } from '../../main/db/health';
import { appliedMigrations } from '../../main/db/migrate';
import { KNOWN_MIGRATIONS, migrationSource } from '../../main/db/migration-source';
import { listBackups } from '../../main/backups/list';
import { LOCK_FILE_NAME } from '../../main/startup/data-dir-lock';
import { classifyStartupError } from '../../main/startup/failures';
import { startupFailureText } from '../../main/startup/messages';
import { apiFor, ok, signedIn } from '../helpers/api';
import { newCaller, TEST_PASSWORD } from '../helpers/core';
import { createFakeClock } from '../helpers/clock';
import { readPeople, readPeopleWith, SEEDED_PEOPLE, seedHousing, sha256, startCore, tempDir } from '../helpers/startup';
import type { PasserelleApi } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';

/*
 * Issue 13, "a safe start": cores started on real data directories (database file, keys/field-key with the plain
 * wrapper, backups/) in the states an administrator finds them in. Each case checks what the core says (the
 * problem, the recovery channels) and what it did NOT do to the files (no new key, no new database, the key
 * file's bytes, the database's bytes).
 */

const PASSPHRASE = 'la Meuse coule sous le pont des Arches';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const isRoot = process.getuid?.() === 0;
const hasChattr = (() => {
  try {
    execFileSync('chattr', ['--help'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // chattr prints its usage and exits 1: it exists. ENOENT: it does not.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
})();

const dirs: string[] = [];
const open = new Set<Core>();
const immutable: string[] = [];

afterEach(async () => {
  for (const path of immutable.splice(0)) execFileSync('chattr', ['-i', path]);
  for (const core of open) await core.close();
  open.clear();
  for (const dir of dirs.splice(0)) {
    if (existsSync(dir)) chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  }
});

function newDir(label = 'safe-start'): string {
  const dir = tempDir(label);
  dirs.push(dir);
  return dir;
}

const databaseOf = (dir: string): string => join(dir, DATABASE_FILE_NAME);

async function start(dir: string, clock = createFakeClock()): Promise<Core> {
  const core = await startCore(dir, { clock });
  open.add(core);
  return core;
}

async function stop(core: Core): Promise<void> {
  await core.close();
  open.delete(core);
}

/** A caller with no session: what the first screen (sign-in, setup or recovery) talks to. */
const signedOut = (core: Core): PasserelleApi => apiFor(core, newCaller());

function expectRecoveryMode(result: ApiResult<unknown>): void {
  expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'recoveryMode' } });
}

/** The other channels a first screen would call: every one is refused while the records are closed. */
async function expectOnlyRecoveryAnswers(core: Core): Promise<void> {
  const api = signedOut(core);
  expectRecoveryMode(await api.auth.status({}));
  expectRecoveryMode(await api.auth.setup({ username: 'nouvelle', displayName: 'Nouvelle admin', password: 'un mot de passe assez long' }));
  expectRecoveryMode(await api.auth.login({ username: 'admin', password: TEST_PASSWORD }));
  expectRecoveryMode(await api.housing.households({}));
  expectRecoveryMode(await api.backups.list({}));
  expect(() => core.db).toThrow(/not open/);
}

/** A data directory with two households (five people) and, with `backup`, one verified manual backup. */
async function populated(dir: string, options: { backup?: boolean; clock?: ReturnType<typeof createFakeClock> } = {}) {
  const core = await start(dir, options.clock);
  await seedHousing(core);
  expect(await readPeople(core)).toEqual(SEEDED_PEOPLE);
  const fingerprint = ((await core.db('installation').first()) as { field_key_fingerprint: string }).field_key_fingerprint;
  let backupName: string | null = null;
  if (options.backup) {
    const admin = await signedIn(core, ['admin']);
    const backup = ok(await admin.api.backups.create({}));
    expect(backup).toMatchObject({ verified: true, reason: 'manual', sameKey: true });
    backupName = backup.name;
  }
  await stop(core);
  // A clean close leaves the database whole in its main file.
  expect(existsSync(`${databaseOf(dir)}-wal`)).toBe(false);
  return { fingerprint, backupName };
}

/** The key file of a brand-new, separate installation (its own key). */
async function otherInstallationKeyFile(): Promise<string> {
  const other = newDir('other');
  await stop(await start(other));
  return fieldKeyPath(other);
}

async function installationRows(file: string): Promise<unknown[] | 'no table'> {
  const db = openDatabase(file);
  try {
    if (!(await db.schema.hasTable('installation'))) return 'no table';
    return await db('installation').select();
  } finally {
    await db.destroy();
  }
}

describe('a safe start', () => {
  it('starts a fresh empty directory as a new install: a key file, an installation row naming that key', async () => {
    const dir = newDir();
    const clock = createFakeClock('2026-12-07T08:30:00.000Z');
    const core = await start(dir, clock);
    expect(core.problem).toBeNull();

    expect(readFileSync(fieldKeyPath(dir), 'latin1')).toMatch(/^passerelle-field-key 1\nwrapper plain\n[A-Za-z0-9+/]+={0,2}\n$/);
    const key = await readFieldKey(dir, plainKeyWrapper);
    expect(key).toHaveLength(32);
    const rows = await core.db('installation').select();
    expect(rows).toEqual([{ id: 1, installation_id: expect.stringMatching(UUID), field_key_fingerprint: fieldKeyFingerprint(key!), created_at: '2026-12-07T08:30:00.000Z' }]);

    const api = signedOut(core);
    expect(ok(await api.auth.status({})).setupRequired).toBe(true);
    // Outside recovery, the public status says nothing about the folder or its backups.
    expect(ok(await api.recovery.status({}))).toMatchObject({ problem: null, dataDir: '', backups: [], suggested: null, expectedKey: null });
    expect(await api.recovery.restore({ name: 'passerelle-20261207-083000.sqlite' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'notInRecovery' } });
    await stop(core);

    // The next start reads the same key and keeps the same identity.
    const keyFile = readFileSync(fieldKeyPath(dir));
    const again = await start(dir);
    expect(again.problem).toBeNull();
    expect(await again.db('installation').select()).toEqual(rows);
    expect(readFileSync(fieldKeyPath(dir)).equals(keyFile)).toBe(true);
  });

  it('starts a missing database with no keys and no backups as a new install', async () => {
    const dir = newDir();
    // The folder exists with other things in it (logs), but nothing that shows records were lost.
    writeFileSync(join(dir, 'notes.txt'), 'rien');
    const core = await start(dir);
    expect(core.problem).toBeNull();
    expect(ok(await signedOut(core).auth.status({})).setupRequired).toBe(true);
    expect(existsSync(databaseOf(dir))).toBe(true);
    expect(existsSync(fieldKeyPath(dir))).toBe(true);
  });

  it('refuses to start with a missing key: recovery mode, no new key, the other channels refused', async () => {
    const dir = newDir();
    const { fingerprint } = await populated(dir);
    const keyFile = readFileSync(fieldKeyPath(dir));
    unlinkSync(fieldKeyPath(dir));
    const databaseBefore = sha256(databaseOf(dir));

    const core = await start(dir);
    expect(core.problem).toBe('fieldKeyMissing');
    expect(existsSync(fieldKeyPath(dir))).toBe(false);
    expect(readdirSync(join(dir, 'keys'))).toEqual([]);

    const status = ok(await signedOut(core).recovery.status({}));
    expect(status).toMatchObject({ problem: 'fieldKeyMissing', dataDir: dir, backups: [], suggested: null, expectedKey: shortFingerprint(fingerprint) });
    await expectOnlyRecoveryAnswers(core);
    await stop(core);

    // Nothing was made or written meanwhile: no key, the same database bytes.
    expect(existsSync(fieldKeyPath(dir))).toBe(false);
    expect(sha256(databaseOf(dir))).toBe(databaseBefore);

    // The original key put back: everything opens, nothing was forked.
    writeFileSync(fieldKeyPath(dir), keyFile, { mode: 0o600 });
    const restored = await start(dir);
    expect(restored.problem).toBeNull();
    expect(await readPeople(restored)).toEqual(SEEDED_PEOPLE);
  });

  it("refuses to start with another installation's key, and leaves that key file as it is", async () => {
    const dir = newDir();
    const { fingerprint } = await populated(dir);
    copyFileSync(await otherInstallationKeyFile(), fieldKeyPath(dir));
    const foreignKey = readFileSync(fieldKeyPath(dir));
    const rowsBefore = await installationRows(databaseOf(dir));
    const databaseBefore = sha256(databaseOf(dir));

    const core = await start(dir);
    expect(core.problem).toBe('fieldKeyMismatch');
    expect(ok(await signedOut(core).recovery.status({}))).toMatchObject({ problem: 'fieldKeyMismatch', dataDir: dir, expectedKey: shortFingerprint(fingerprint) });
    await expectOnlyRecoveryAnswers(core);
    await stop(core);

    expect(readFileSync(fieldKeyPath(dir)).equals(foreignKey)).toBe(true);
    expect(readdirSync(join(dir, 'keys'))).toEqual(['field-key']);
    expect(await installationRows(databaseOf(dir))).toEqual(rowsBefore);
    expect(sha256(databaseOf(dir))).toBe(databaseBefore);
  });

  it("with another installation's key, the right recovery kit puts the key back and keeps the foreign file aside", async () => {
    const dir = newDir();
    const core = await start(dir);
    await seedHousing(core);
    const admin = await signedIn(core, ['admin']);
    const kit = ok(await admin.api.backups.exportRecoveryKit({ password: TEST_PASSWORD, passphrase: PASSPHRASE }));
    await stop(core);
    const ownKey = readFileSync(fieldKeyPath(dir));
    copyFileSync(await otherInstallationKeyFile(), fieldKeyPath(dir));
    const foreignKey = readFileSync(fieldKeyPath(dir));

    const wrong = await start(dir);
    expect(wrong.problem).toBe('fieldKeyMismatch');
    expect(ok(await signedOut(wrong).recovery.importKit({ kit: kit.file.content, passphrase: PASSPHRASE }))).toBeNull();
    expect(wrong.problem).toBeNull();
    expect(await readPeople(wrong)).toEqual(SEEDED_PEOPLE);
    expect(readFileSync(fieldKeyPath(dir)).equals(ownKey)).toBe(true);
    // The foreign key file was renamed, never deleted.
    const aside = readdirSync(join(dir, 'keys')).filter((name) => name !== 'field-key');
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatch(/^field-key\.replaced-/);
    expect(readFileSync(join(dir, 'keys', aside[0]!)).equals(foreignKey)).toBe(true);
  });

  it("with another installation's key, the backup the recovery screen suggests is one it can restore", async () => {
    const dir = newDir();
    await populated(dir, { backup: true });
    copyFileSync(await otherInstallationKeyFile(), fieldKeyPath(dir));
    const core = await start(dir);
    expect(core.problem).toBe('fieldKeyMismatch');
    const api = signedOut(core);
    const status = ok(await api.recovery.status({}));
    // Every backup needs this database's key, not the one in place: restoring one cannot help (the kit can), so
    // either none is suggested, or the one suggested is restored.
    if (status.suggested !== null) {
      const answer = await api.recovery.restore({ name: status.suggested });
      expect(answer.ok ? null : answer.error, `status suggests ${status.suggested} (sameKey ${String(status.backups[0]?.sameKey)})`).toBeNull();
    }
  });

  it('treats a 0-byte database beside keys and backups as lost, offers no setup, and restores the newest backup', async () => {
    const dir = newDir();
    const clock = createFakeClock();
    const { backupName } = await populated(dir, { backup: true, clock });
    truncateSync(databaseOf(dir), 0);

    clock.advance(3_600_000);
    const core = await start(dir, clock);
    expect(core.problem).toBe('databaseMissing');
    await expectOnlyRecoveryAnswers(core);
    // Still the 0-byte file: no new database was created over it.
    expect(statSync(databaseOf(dir)).size).toBe(0);

    const api = signedOut(core);
    const status = ok(await api.recovery.status({}));
    expect(status).toMatchObject({ problem: 'databaseMissing', dataDir: dir, suggested: backupName });
    expect(status.backups.map((backup) => backup.name)).toEqual([backupName]);
    // A kit cannot help a lost database: only a restore can.
    expect(await api.recovery.importKit({ kit: 'x', passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'notInRecovery' } });

    const restored = ok(await api.recovery.restore({ name: status.suggested! }));
    expect(restored.restored).toBe(backupName);
    expect(restored.savedAs).toMatch(/^replaced[/\\]passerelle-\d{8}-\d{6}\.sqlite$/);
    expect(core.problem).toBeNull();
    // The 0-byte file was set aside, not deleted.
    expect(statSync(join(dir, restored.savedAs!)).size).toBe(0);
    expect(statSync(databaseOf(dir)).size).toBeGreaterThan(0);

    expect(ok(await signedOut(core).auth.status({})).setupRequired).toBe(false);
    expect(await readPeople(core)).toEqual(SEEDED_PEOPLE);
    expect(await core.db('audit_events').where({ action: 'restore' }).select('entity')).toEqual([{ entity: 'database' }]);
    await stop(core);

    const again = await start(dir);
    expect(again.problem).toBeNull();
    expect(await readPeople(again)).toEqual(SEEDED_PEOPLE);
  });

  it('treats a deleted database beside keys, or beside backups only, as lost, and creates nothing', async () => {
    const withKeys = newDir();
    await populated(withKeys);
    unlinkSync(databaseOf(withKeys));
    const core = await start(withKeys);
    expect(core.problem).toBe('databaseMissing');
    expect(ok(await signedOut(core).recovery.status({}))).toMatchObject({ problem: 'databaseMissing', backups: [], suggested: null });
    await expectOnlyRecoveryAnswers(core);
    await stop(core);
    expect(existsSync(databaseOf(withKeys))).toBe(false);

    const backupsOnly = newDir();
    const { backupName } = await populated(backupsOnly, { backup: true });
    unlinkSync(databaseOf(backupsOnly));
    rmSync(join(backupsOnly, 'keys'), { recursive: true });
    const second = await start(backupsOnly);
    expect(second.problem).toBe('databaseMissing');
    expect(ok(await signedOut(second).recovery.status({}))).toMatchObject({ problem: 'databaseMissing', suggested: backupName });
    await stop(second);
    expect(existsSync(databaseOf(backupsOnly))).toBe(false);
    expect(existsSync(fieldKeyPath(backupsOnly))).toBe(false);
  });

  it('opens a database with damaged pages without writing to it, and a restore sets the damaged file aside', async () => {
    const dir = newDir();
    const clock = createFakeClock();
    const core = await start(dir, clock);
    await seedHousing(core);
    const admin = await signedIn(core, ['admin'], { username: 'admin' });
    const backup = ok(await admin.api.backups.create({}));
    // About 2 MB of rows after the backup, so that there are pages in the middle to damage (not the people's).
    await core.db.schema.createTable('padding', (table) => {
      table.increments('id');
      table.text('data').notNullable();
    });
    for (let batch = 0; batch < 10; batch += 1) {
      await core.db('padding').insert(Array.from({ length: 60 }, () => ({ data: randomBytes(1600).toString('hex') })));
    }
    await stop(core);

    const file = databaseOf(dir);
    expect(existsSync(`${file}-wal`)).toBe(false);
    const header = readFileSync(file).subarray(0, 100);
    const pageSize = header.readUInt16BE(16) === 1 ? 65_536 : header.readUInt16BE(16);
    const pages = statSync(file).size / pageSize;
    expect(pages).toBeGreaterThan(300);
    const fd = openSync(file, 'r+');
    try {
      for (const at of [0.3, 0.5, 0.7]) writeSync(fd, randomBytes(pageSize), 0, pageSize, Math.floor(pages * at) * pageSize);
    } finally {
      closeSync(fd);
    }
    const damaged = sha256(file);
    // SQLite's own check sees the damage (so what follows is about the app, not about a missed corruption).
    const probe = openDatabase(file);
    expect(await quickCheck(probe)).toBe(false);
    await probe.destroy();

    clock.advance(3_600_000);
    const broken = await start(dir, clock);
    const api = signedOut(broken);
    // Recovery mode or the read-only view: either way the public status names the damage and offers the backup.
    const status = ok(await api.recovery.status({}));
    expect(status).toMatchObject({ problem: 'databaseCorrupt', dataDir: dir, suggested: backup.name });
    if (status.readOnly) {
      // The read-only view (issue 13, point 5: "opens read-only with the same offer"): people sign in and read,
      // every change is refused, and the damaged file is never written.
      ok(await api.auth.login({ username: 'admin', password: TEST_PASSWORD }));
      expect(await api.backups.setSecondFolder({ path: null })).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'readOnlyRecords' } });
      const housing = await signedIn(broken, ['housing']);
      expect(ok(await housing.api.housing.households({}))).toHaveLength(2);
      expect(await housing.api.housing.createHousehold({ size: 1, notes: '', people: [] })).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'readOnlyRecords' } });
      // Reading a household's people is what the view is for (soft: the restore below is checked either way).
      expect.soft(await readPeopleWith(housing.api).catch((error: unknown) => String(error)), 'people read in the read-only view').toEqual(SEEDED_PEOPLE);
    } else {
      expect(broken.problem).toBe('databaseCorrupt');
      await expectOnlyRecoveryAnswers(broken);
    }
    expect(sha256(file)).toBe(damaged);

    const restored = ok(await api.recovery.restore({ name: status.suggested! }));
    expect(broken.problem).toBeNull();
    expect(ok(await api.recovery.status({}))).toMatchObject({ problem: null, dataDir: '' });
    expect(restored.restored).toBe(backup.name);
    // The damaged file was set aside as it was, never deleted.
    expect(restored.savedAs).toMatch(/^replaced[/\\]passerelle-\d{8}-\d{6}\.sqlite$/);
    expect(sha256(join(dir, restored.savedAs!))).toBe(damaged);
    expect(await readPeople(broken)).toEqual(SEEDED_PEOPLE);
    expect(await broken.db.schema.hasTable('padding')).toBe(false);
    await stop(broken);
    // No copy of the records is left anywhere else in the folder.
    expect(readdirSync(dir).sort()).toEqual(['backups', 'keys', DATABASE_FILE_NAME, 'replaced'].sort());
  });

  describe('a database the app cannot write to', () => {
    function expectPlainReadOnlyMessage(error: unknown, dir: string): void {
      const failure = classifyStartupError(error);
      expect(failure).toEqual({ kind: 'readOnly' });
      const text = startupFailureText(failure, dir);
      const french = text.indexOf('Passerelle ne peut pas écrire dans son dossier de données');
      const english = text.indexOf('Passerelle cannot write to its data directory');
      expect(french).toBeGreaterThanOrEqual(0);
      expect(english).toBeGreaterThan(french);
      expect(text).toContain(dir);
      expect(text).not.toContain('migrate:unlock');
      expect(text).not.toMatch(/SQLITE_|readonly database|EACCES|EPERM/);
      if (error instanceof Error) expect(text).not.toContain(error.message);
    }

    /** Starts on `dir`, which must fail; returns the error and whatever was printed meanwhile (knex prints to the console). */
    async function failedStart(dir: string): Promise<{ error: unknown; printed: string }> {
      const printed: unknown[][] = [];
      const spies = (['log', 'warn', 'error', 'info'] as const).map((method) =>
        vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
          printed.push(args);
        }),
      );
      try {
        const error = await start(dir).then(
          () => expect.fail('the core started on a database it cannot write to'),
          (caught: unknown) => caught,
        );
        return { error, printed: printed.map((args) => args.map(String).join(' ')).join('\n') };
      } finally {
        for (const spy of spies) spy.mockRestore();
      }
    }

    it('classifies a real SQLITE_READONLY from the driver and words it in French then English', async () => {
      const dir = newDir();
      await populated(dir);
      // A read-only connection (URI mode=ro), whatever the permissions: the driver's own error on a write.
      const db = knexFactory({
        client: 'sqlite3',
        connection: { filename: `file:${databaseOf(dir)}?mode=ro`, flags: ['OPEN_URI'] },
        useNullAsDefault: true,
      });
      const error = await db('settings')
        .insert({ key: 'x', value: '"y"' })
        .then(
          () => expect.fail('a read-only connection wrote'),
          (caught: unknown) => caught,
        )
        .finally(() => db.destroy());
      expect((error as { code?: string }).code).toBe('SQLITE_READONLY');
      expectPlainReadOnlyMessage(error, dir);
    });

    // As root, permission bits are not enforced; the immutable attribute is (chattr +i), so it stands in for a
    // read-only file. Without chattr as root, the classification test above is what can be proved honestly.
    const canMakeReadOnly = !isRoot || hasChattr;

    it.runIf(canMakeReadOnly)('refuses to start on a read-only database file, in plain words, and writes nothing', async () => {
      const dir = newDir();
      await populated(dir);
      const file = databaseOf(dir);
      const before = sha256(file);
      if (isRoot) {
        execFileSync('chattr', ['+i', file]);
        immutable.push(file);
      } else {
        chmodSync(file, 0o444);
      }

      const { error, printed } = await failedStart(dir);
      expectPlainReadOnlyMessage(error, dir);
      expect(sha256(file)).toBe(before);
      // The refused start gave the lock back: the administrator can fix the rights and start again.
      expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
      // Nor is the driver's advice printed beside the plain message (browser mode's terminal shows the console):
      // the write probe must find the read-only file before knex tries to take its migration lock.
      expect(printed).not.toContain('migrate:unlock');
    });

    it.runIf(canMakeReadOnly)('refuses to start in a read-only data folder, in plain words', async () => {
      const dir = newDir();
      await populated(dir);
      const before = sha256(databaseOf(dir));
      if (isRoot) {
        execFileSync('chattr', ['+i', dir]);
        immutable.push(dir);
      } else {
        chmodSync(databaseOf(dir), 0o444);
        chmodSync(dir, 0o555);
      }

      const { error, printed } = await failedStart(dir);
      expectPlainReadOnlyMessage(error, dir);
      expect(sha256(databaseOf(dir))).toBe(before);
      expect(printed).not.toContain('migrate:unlock');
    });
  });

  it('round-trips the recovery kit onto a fresh data directory: refusals first, then every household decrypts', async () => {
    // The installation whose key is exported.
    const first = newDir('kit-source');
    const core = await start(first);
    await seedHousing(core);
    const admin = await signedIn(core, ['admin']);
    expect(await admin.api.backups.exportRecoveryKit({ password: 'pas le mien', passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'password', issue: 'wrong_password' }] },
    });
    const kit = ok(await admin.api.backups.exportRecoveryKit({ password: TEST_PASSWORD, passphrase: PASSPHRASE }));
    expect(kit.file).toMatchObject({ mimeType: 'text/plain', encoding: 'utf-8' });
    expect(kit.file.content).toMatch(/^passerelle-recovery-kit 1\n/);
    expect(kit.file.content).not.toContain(readFileSync(fieldKeyPath(first), 'latin1').split('\n')[2]);
    expect(kit.sheet).toMatchObject({ mimeType: 'application/pdf', encoding: 'base64' });
    expect(Buffer.from(kit.sheet.content, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    ok(await admin.api.backups.create({}));
    await stop(core);

    // Another installation's kit, with the same passphrase.
    const elsewhere = newDir('kit-other');
    const otherCore = await start(elsewhere);
    const otherAdmin = await signedIn(otherCore, ['admin']);
    const otherKit = ok(await otherAdmin.api.backups.exportRecoveryKit({ password: TEST_PASSWORD, passphrase: PASSPHRASE }));
    await stop(otherCore);

    // The new PC: the database and the backups copied, without keys/.
    const fresh = newDir('kit-target');
    copyFileSync(databaseOf(first), databaseOf(fresh));
    cpSync(join(first, 'backups'), join(fresh, 'backups'), { recursive: true });
    const target = await start(fresh);
    expect(target.problem).toBe('fieldKeyMissing');
    const api = signedOut(target);

    expect(await api.recovery.importKit({ kit: kit.file.content, passphrase: 'pas la bonne phrase de passe' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'passphrase', issue: 'wrong_passphrase' }] },
    });
    expect(readdirSync(join(fresh, 'keys'))).toEqual([]);

    expect(await api.recovery.importKit({ kit: otherKit.file.content, passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'kit', issue: 'kit_other_installation' }] },
    });
    expect(readdirSync(join(fresh, 'keys'))).toEqual([]);
    expect(target.problem).toBe('fieldKeyMissing');

    expect(ok(await api.recovery.importKit({ kit: kit.file.content, passphrase: PASSPHRASE }))).toBeNull();
    expect(target.problem).toBeNull();
    expect(readFileSync(fieldKeyPath(fresh)).equals(readFileSync(fieldKeyPath(first)))).toBe(true);
    expect(await readPeople(target)).toEqual(SEEDED_PEOPLE);
    await stop(target);

    const again = await start(fresh);
    expect(again.problem).toBeNull();
    expect(await readPeople(again)).toEqual(SEEDED_PEOPLE);
  });

  describe('a database from before issue 13 (encrypted people, no installation row)', () => {
    /** `rowDeleted`: today's schema, the row removed; `rolledBack`: the installation and later migrations undone. */
    async function olderDatabase(dir: string, age: 'rowDeleted' | 'rolledBack'): Promise<void> {
      await populated(dir);
      const db = openDatabase(databaseOf(dir));
      try {
        if (age === 'rowDeleted') {
          await db('installation').del();
        } else {
          const from = KNOWN_MIGRATIONS.indexOf('20261206120000_installation');
          for (let undone = KNOWN_MIGRATIONS.length; undone > from; undone -= 1) {
            await db.migrate.down({ migrationSource, tableName: 'knex_migrations' });
          }
          expect(await appliedMigrations(db)).toEqual(KNOWN_MIGRATIONS.slice(0, from));
        }
      } finally {
        await db.destroy();
      }
    }

    it('(rowDeleted) whose only encrypted values are household notes (no person recorded yet): refuses without its key, makes no key', async () => {
      // A household is often recorded before its people (the contract allows people: []); its notes are encrypted.
      const dir = newDir();
      const core = await start(dir);
      const { api } = await signedIn(core, ['housing']);
      const household = ok(await api.housing.createHousehold({ size: 2, notes: 'Hébergée chez une amie, rue Puits-en-Sock', people: [] }));
      await stop(core);
      const db = openDatabase(databaseOf(dir));
      await db('installation').del();
      const stored = (await db('housing_households').where({ id: household.id }).first('notes_enc')) as { notes_enc: string };
      await db.destroy();
      expect(stored.notes_enc).toMatch(/^v1:/);
      unlinkSync(fieldKeyPath(dir));

      const again = await start(dir);
      // Expected: the notes need the key that is gone, so no new key may be made (issue 13: "never a new key").
      expect(again.problem).toBe('fieldKeyMissing');
      expect(existsSync(fieldKeyPath(dir))).toBe(false);
    });

    for (const age of ['rowDeleted', 'rolledBack'] as const) {
      it(`(${age}) with its key: starts, and records the key's fingerprint`, async () => {
        const dir = newDir();
        await olderDatabase(dir, age);
        const key = (await readFieldKey(dir, plainKeyWrapper))!;
        const core = await start(dir, createFakeClock('2026-12-08T10:00:00.000Z'));
        expect(core.problem).toBeNull();
        expect(await core.db('installation').select()).toEqual([
          { id: 1, installation_id: expect.stringMatching(UUID), field_key_fingerprint: fieldKeyFingerprint(key), created_at: '2026-12-08T10:00:00.000Z' },
        ]);
        expect(await appliedMigrations(core.db)).toEqual(KNOWN_MIGRATIONS);
        expect(await readPeople(core)).toEqual(SEEDED_PEOPLE);
        const reasons = listBackups(join(dir, 'backups')).map((entry) => entry.manifest?.reason);
        // Pending migrations are preceded by a verified backup; none is made when there is nothing to migrate.
        expect(reasons).toEqual(age === 'rolledBack' ? ['beforeMigration'] : []);
      });

      it(`(${age}) with another installation's key: refuses, writes nothing`, async () => {
        const dir = newDir();
        await olderDatabase(dir, age);
        copyFileSync(await otherInstallationKeyFile(), fieldKeyPath(dir));
        const foreignKey = readFileSync(fieldKeyPath(dir));
        const databaseBefore = sha256(databaseOf(dir));
        const rowsBefore = await installationRows(databaseOf(dir));
        expect(rowsBefore).toEqual(age === 'rowDeleted' ? [] : 'no table');

        const core = await start(dir);
        expect(core.problem).toBe('fieldKeyMismatch');
        // No fingerprint was ever recorded: nothing to show.
        expect(ok(await signedOut(core).recovery.status({}))).toMatchObject({ problem: 'fieldKeyMismatch', expectedKey: null });
        await expectOnlyRecoveryAnswers(core);
        await stop(core);

        expect(readFileSync(fieldKeyPath(dir)).equals(foreignKey)).toBe(true);
        expect(await installationRows(databaseOf(dir))).toEqual(rowsBefore);
        expect(sha256(databaseOf(dir))).toBe(databaseBefore);
        expect(existsSync(join(dir, 'backups'))).toBe(false);
      });

      it(`(${age}) without its key: refuses, makes no key`, async () => {
        const dir = newDir();
        await olderDatabase(dir, age);
        unlinkSync(fieldKeyPath(dir));
        const core = await start(dir);
        expect(core.problem).toBe('fieldKeyMissing');
        await stop(core);
        expect(existsSync(fieldKeyPath(dir))).toBe(false);
        expect(await installationRows(databaseOf(dir))).toEqual(age === 'rowDeleted' ? [] : 'no table');
      });
    }
  });
});
