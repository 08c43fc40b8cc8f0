import { closeSync, existsSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE_NAME, type LocalCore } from '../../main/core';
import { plainKeyWrapper } from '../../main/crypto/key-store';
import { createMemoryLogger } from '../../main/log';
import { openRecords } from '../../main/startup/open-records';
import { APP_VERSION } from '../../main/version';
import { apiFor, ok } from '../helpers/api';
import { newCaller, signInAs, TEST_PASSWORD, TEST_SCRYPT_COST } from '../helpers/core';
import { sha256, tempDir } from '../helpers/startup';

/*
 * Issue 19: browser mode leaves SQLite's quick check (it reads every page: seconds on ten years of records) to run
 * beside the app when the opening writes nothing. Every guarantee of the safe start holds: nothing is written
 * before the check has passed (writing calls wait for it), and a file it finds damaged reopens as the read-only
 * view of a start on that file (tests/api/read-only-view.test.ts), its bytes untouched.
 */

const folders: string[] = [];
const cores = new Set<LocalCore>();
afterEach(async () => {
  for (const core of cores) await core.close();
  cores.clear();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function start(dataDir: string, checkInBackground: boolean): Promise<LocalCore> {
  const core = await createCore({ dataDir, logger: createMemoryLogger(), passwordCost: TEST_SCRYPT_COST, fieldKey: { wrapper: plainKeyWrapper }, checkInBackground });
  cores.add(core);
  return core;
}

async function stop(core: LocalCore): Promise<void> {
  await core.close();
  cores.delete(core);
}

/** An administrator and about 1.5 MB of filler rows written last (the pages to damage). */
async function dataDirectory(): Promise<{ dataDir: string; username: string }> {
  const dataDir = tempDir('background-check');
  folders.push(dataDir);
  const core = await start(dataDir, false);
  const { username } = await signInAs(core, ['admin']);
  await core.db.raw('CREATE TABLE filler (id INTEGER PRIMARY KEY, payload BLOB)');
  for (let index = 0; index < 400; index += 1) await core.db('filler').insert({ payload: randomBytes(900) });
  await stop(core);
  return { dataDir, username };
}

function damageLastPages(dataDir: string): void {
  const file = join(dataDir, DATABASE_FILE_NAME);
  const pageSize = 4096;
  const pages = statSync(file).size / pageSize;
  const fd = openSync(file, 'r+');
  try {
    for (const page of [pages - 40, pages - 20, pages - 5]) writeSync(fd, randomBytes(pageSize), 0, pageSize, page * pageSize);
  } finally {
    closeSync(fd);
  }
}

const request = (dataDir: string) => ({
  dataDir,
  databaseFile: join(dataDir, DATABASE_FILE_NAME),
  fieldKey: { wrapper: plainKeyWrapper },
  appVersion: APP_VERSION,
  now: new Date('2026-12-07T08:00:00Z'),
  logger: createMemoryLogger(),
  checkLater: true,
});

describe('the quick check beside the app (browser mode)', () => {
  it('is left for later only when the opening writes nothing: a new install, or a missing installation row, is checked first', async () => {
    const fresh = tempDir('background-fresh');
    folders.push(fresh);
    const first = await openRecords(request(fresh));
    expect(first).toMatchObject({ mode: 'open', checked: true });
    if (first.mode !== 'open') throw new Error('expected open records');
    await first.db.destroy();

    const again = await openRecords(request(fresh));
    expect(again).toMatchObject({ mode: 'open', checked: false });
    if (again.mode !== 'open') throw new Error('expected open records');
    // As a database from before issue 13: recording the installation is a write, so the check comes first.
    await again.db('installation').delete();
    await again.db.destroy();

    const third = await openRecords(request(fresh));
    expect(third).toMatchObject({ mode: 'open', checked: true });
    if (third.mode === 'open') await third.db.destroy();
  });

  it('lets reading calls answer, holds signing in until the check has passed, then works as usual', async () => {
    const { dataDir, username } = await dataDirectory();
    const core = await start(dataDir, true);
    const api = apiFor(core, newCaller());
    const order: string[] = [];
    const checked = core.whenChecked().then(() => order.push('checked'));
    const login = api.auth.login({ username, password: TEST_PASSWORD }).then((result) => {
      order.push('login');
      return result;
    });
    expect(ok(await api.auth.status({}))).toMatchObject({ user: null });
    ok(await login);
    await checked;
    expect(order).toEqual(['checked', 'login']);
    expect(core.readOnly).toBe(false);
    ok(await api.users.create({ username: 'nouvelle', displayName: 'Nouvelle', password: 'un mot de passe assez long', roles: ['teacher'] }));
    expect((await core.db('users').where({ username: 'nouvelle' })).length).toBe(1);
  });

  it('finds damage after the start: the records reopen read-only before any write, and the file is never written', async () => {
    const { dataDir, username } = await dataDirectory();
    damageLastPages(dataDir);
    const file = join(dataDir, DATABASE_FILE_NAME);
    const before = sha256(file);
    const core = await start(dataDir, true);
    const api = apiFor(core, newCaller());
    // Sent at once: it waits for the check, then meets the read-only view (signing in is allowed there).
    ok(await api.auth.login({ username, password: TEST_PASSWORD }));
    expect(core.readOnly).toBe(true);
    expect(core.problem).toBeNull();
    expect(ok(await api.recovery.status({}))).toMatchObject({ problem: 'databaseCorrupt', readOnly: true });
    expect(await api.users.create({ username: 'nouveau', displayName: 'Nouveau', password: 'un mot de passe assez long', roles: ['teacher'] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'readOnlyRecords' },
    });
    expect(sha256(file)).toBe(before);
    expect(existsSync(join(dataDir, '.read-only-view'))).toBe(true);
    await stop(core);
    expect(sha256(file)).toBe(before);
    expect(existsSync(join(dataDir, '.read-only-view'))).toBe(false);
  });

  it('closes while the check still runs', async () => {
    const { dataDir } = await dataDirectory();
    const core = await start(dataDir, true);
    await stop(core);
    // The folder is given back: a new start opens it.
    const again = await start(dataDir, false);
    expect(again.problem).toBeNull();
  });
});
