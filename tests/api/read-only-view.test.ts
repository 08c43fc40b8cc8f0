import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core';
import { createMemoryLogger } from '../../main/log';
import { plainKeyWrapper } from '../../main/crypto/key-store';
import { apiFor, ok } from '../helpers/api';
import { newCaller, signInAs, TEST_PASSWORD, TEST_SCRYPT_COST } from '../helpers/core';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function start(dataDir: string): Promise<Core> {
  return createCore({ dataDir, logger: createMemoryLogger(), passwordCost: TEST_SCRYPT_COST, fieldKey: { wrapper: plainKeyWrapper } });
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * A data directory with an administrator, a verified backup, and then a database whose last pages (a filler
 * table written after everything else) are overwritten with noise: SQLite's check fails, the accounts still read.
 */
async function damagedDataDirectory(): Promise<{ dataDir: string; username: string; backup: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-damaged-'));
  folders.push(dataDir);
  const core = await start(dataDir);
  const { username, caller } = await signInAs(core, ['admin']);
  const backup = ok(await apiFor(core, caller).backups.create()).name;
  await core.db.raw('CREATE TABLE filler (id INTEGER PRIMARY KEY, payload BLOB)');
  for (let index = 0; index < 400; index += 1) await core.db('filler').insert({ payload: randomBytes(900) });
  await core.close();
  const file = join(dataDir, 'passerelle.sqlite');
  const pageSize = 4096;
  const pages = statSync(file).size / pageSize;
  const fd = openSync(file, 'r+');
  try {
    for (const page of [pages - 40, pages - 20, pages - 5]) writeSync(fd, randomBytes(pageSize), 0, pageSize, page * pageSize);
  } finally {
    closeSync(fd);
  }
  return { dataDir, username, backup };
}

describe('a damaged database', () => {
  it('opens read-only through a copy: people sign in and read, every change is refused, the file is never written', async () => {
    const { dataDir, username, backup } = await damagedDataDirectory();
    const file = join(dataDir, 'passerelle.sqlite');
    const before = sha256(file);
    const core = await start(dataDir);
    try {
      expect(core.problem).toBeNull();
      expect(core.readOnly).toBe(true);
      const caller = newCaller();
      const api = apiFor(core, caller);
      // The same offer as recovery mode, before anyone signs in.
      expect(ok(await api.recovery.status())).toMatchObject({ problem: 'databaseCorrupt', readOnly: true, suggested: backup, dataDir });
      ok(await api.auth.login({ username, password: TEST_PASSWORD }));
      expect(ok(await api.users.list({})).map((user) => user.username)).toEqual([username]);
      expect(await api.users.create({ username: 'nouveau', displayName: 'Nouveau', password: 'mot-de-passe-long', roles: ['teacher'] })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', reason: 'readOnlyRecords' },
      });
      expect(sha256(file)).toBe(before);
      expect(existsSync(join(dataDir, '.read-only-view'))).toBe(true);
    } finally {
      await core.close();
    }
    expect(sha256(file)).toBe(before);
    expect(existsSync(join(dataDir, '.read-only-view'))).toBe(false);
  });

  it('is replaced by the restore it offers, and kept aside', async () => {
    const { dataDir, username, backup } = await damagedDataDirectory();
    const damaged = sha256(join(dataDir, 'passerelle.sqlite'));
    const core = await start(dataDir);
    try {
      const api = apiFor(core, newCaller());
      const restored = ok(await api.recovery.restore({ name: backup }));
      expect(restored.savedAs).toMatch(/^replaced[\\/]passerelle-.*\.sqlite$/);
      expect(sha256(join(dataDir, restored.savedAs!))).toBe(damaged);
      expect(core.readOnly).toBe(false);
      expect(ok(await api.recovery.status())).toMatchObject({ problem: null, readOnly: false });
      const admin = apiFor(core, newCaller());
      ok(await admin.auth.login({ username, password: TEST_PASSWORD }));
      ok(await admin.users.create({ username: 'nouveau', displayName: 'Nouveau', password: 'mot-de-passe-long', roles: ['teacher'] }));
      expect(await core.db.raw('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(readdirSync(join(dataDir, 'replaced'))).toContain(restored.savedAs!.slice('replaced/'.length));
    } finally {
      await core.close();
    }
  });
});
