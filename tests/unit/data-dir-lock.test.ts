import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { DataDirLockedError, LOCK_FILE_NAME, lockDataDir, readHolder, type DataDirLock } from '../../main/startup/data-dir-lock';
import { classifyStartupError } from '../../main/startup/failures';
import { startupFailureText } from '../../main/startup/messages';
import { apiFor, ok } from '../helpers/api';
import { newCaller } from '../helpers/core';
import { bundle, ended, runNode, spawnNode, startCore, tempDir, waitForLine } from '../helpers/startup';

const CHILD = 'tests/unit/startup-child/lock-entry.ts';

const dirs: string[] = [];
const locks: DataDirLock[] = [];
const children: ChildProcessWithoutNullStreams[] = [];

function dataDir(): string {
  const dir = tempDir('lock');
  dirs.push(dir);
  return dir;
}

function take(dir: string, at = new Date('2026-11-28T09:00:00.000Z')): DataDirLock {
  const lock = lockDataDir(dir, 'browser', at);
  locks.push(lock);
  return lock;
}

/** What lockDataDir throws, or fails the test if it does not throw. */
function refusal(dir: string): DataDirLockedError {
  try {
    locks.push(lockDataDir(dir, 'desktop'));
  } catch (error) {
    expect(error).toBeInstanceOf(DataDirLockedError);
    return error as DataDirLockedError;
  }
  return expect.fail('the lock was taken twice');
}

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await ended(child);
    }
  }
  for (const lock of locks.splice(0)) lock.release();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts a child that takes the lock on `dir` and keeps it; resolves with the holder it wrote. */
async function childHolding(dir: string): Promise<{ child: ChildProcessWithoutNullStreams; holder: { pid: number; since: string } }> {
  const child = spawnNode(bundle(CHILD), ['hold', dir]);
  children.push(child);
  const line = await waitForLine(child, ['locked ', 'refused ']);
  expect(line.startsWith('locked ')).toBe(true);
  return { child, holder: JSON.parse(line.slice('locked '.length)) as { pid: number; since: string } };
}

describe('the data directory lock', () => {
  it('writes who holds it, and refuses a second lock in the same process naming that PID and since', () => {
    const dir = dataDir();
    const lock = take(dir);
    expect(lock.file).toBe(join(dir, LOCK_FILE_NAME));
    expect(readHolder(lock.file)).toEqual({ pid: process.pid, host: hostname(), since: '2026-11-28T09:00:00.000Z', program: 'browser' });

    const error = refusal(dir);
    expect(error.holder).toEqual({ pid: process.pid, host: hostname(), since: '2026-11-28T09:00:00.000Z', program: 'browser' });
    // The lock file is still the first holder's, and no temporary file is left beside it.
    expect(readHolder(lock.file)?.since).toBe('2026-11-28T09:00:00.000Z');
    expect(readdirSync(dir)).toEqual([LOCK_FILE_NAME]);

    // The shells' message names the PID, since when and the folder, French first.
    const text = startupFailureText(classifyStartupError(error), dir);
    expect(text).toContain(`le processus ${process.pid}`);
    expect(text).toContain('28 novembre 2026 à 10:00');
    expect(text).toContain('28 November 2026 at 10:00');
    expect(text).toContain(dir);
    expect(text.indexOf('Ce dossier de données')).toBeLessThan(text.indexOf('This data directory'));
  });

  it('refuses a second real process while a first holds it, and lets it in once released', async () => {
    const dir = dataDir();
    const script = bundle(CHILD);
    const lock = take(dir);

    const refused = await runNode(script, ['try', dir]);
    expect(refused.code, refused.stderr).toBe(3);
    expect(refused.stdout.trim()).toBe(`refused ${JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-11-28T09:00:00.000Z', program: 'browser' })}`);
    expect(readHolder(lock.file)?.pid).toBe(process.pid);

    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    const admitted = await runNode(script, ['try', dir]);
    expect(admitted.code, admitted.stderr).toBe(0);
    expect(admitted.stdout).toMatch(/^locked /);
    expect(JSON.parse(admitted.stdout.trim().slice('locked '.length))).toMatchObject({ host: hostname(), program: 'browser' });
    // The child released it on its way out.
    expect(existsSync(lock.file)).toBe(false);
  });

  it('refuses this process while a child holds it, naming the child, and admits it after the child releases', async () => {
    const dir = dataDir();
    const { child, holder } = await childHolding(dir);
    expect(holder.pid).toBe(child.pid);

    const error = refusal(dir);
    expect(error.holder).toMatchObject({ pid: child.pid, since: holder.since });

    child.stdin.write('release\n');
    await waitForLine(child, ['released']);
    expect((await ended(child)).code).toBe(0);
    const lock = take(dir);
    expect(readHolder(lock.file)?.pid).toBe(process.pid);
  });

  it('takes over a lock left by a process killed with SIGKILL', async () => {
    const dir = dataDir();
    const { child, holder } = await childHolding(dir);
    child.kill('SIGKILL');
    expect((await ended(child)).signal).toBe('SIGKILL');
    // The dead process's lock is still there: nothing cleaned it up.
    expect(readHolder(join(dir, LOCK_FILE_NAME))).toMatchObject({ pid: holder.pid, since: holder.since });

    const lock = take(dir, new Date('2026-11-28T10:00:00.000Z'));
    expect(readHolder(lock.file)).toMatchObject({ pid: process.pid, since: '2026-11-28T10:00:00.000Z' });
    expect(readdirSync(dir)).toEqual([LOCK_FILE_NAME]);

    // And a real second process started after the takeover is refused by the new holder.
    const refused = await runNode(bundle(CHILD), ['try', dir]);
    expect(refused.stdout).toContain(`"pid":${process.pid}`);
  });

  it('takes over a lock left by an earlier run that had the same PID (PIDs are reused: a container runs its server as PID 1)', () => {
    const dir = dataDir();
    // Written by a process that no longer runs; this process happens to have the same PID (nothing here holds it).
    const left = { pid: process.pid, host: hostname(), since: '2026-11-27T18:00:00.000Z', program: 'browser' };
    writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify(left));
    let outcome: unknown;
    try {
      const lock = take(dir, new Date('2026-11-28T09:00:00.000Z'));
      outcome = readHolder(lock.file);
    } catch (error) {
      outcome = error instanceof DataDirLockedError ? { refusedNaming: error.holder } : error;
    }
    expect(outcome).toMatchObject({ pid: process.pid, since: '2026-11-28T09:00:00.000Z' });
  });

  it('releases only its own lock', () => {
    const dir = dataDir();
    const lock = take(dir);
    lock.release();
    expect(existsSync(lock.file)).toBe(false);

    // Taken over by someone else (the file now names another holder): our release leaves theirs.
    const ours = take(dir);
    const theirs = JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-11-28T11:11:11.000Z', program: 'desktop' });
    writeFileSync(ours.file, theirs);
    ours.release();
    expect(readFileSync(ours.file, 'utf8')).toBe(theirs);

    // Another host's lock (a data directory on a share) counts as held, and our release never removes it.
    const remote = JSON.stringify({ pid: 1, host: `${hostname()}-other`, since: '2026-11-28T11:11:11.000Z', program: 'desktop' });
    writeFileSync(ours.file, remote);
    expect(refusal(dir).holder).toMatchObject({ host: `${hostname()}-other` });
    ours.release();
    expect(readFileSync(ours.file, 'utf8')).toBe(remote);
  });

  it('refuses a second core on the same data directory, and the first keeps working', async () => {
    const dir = dataDir();
    const first = await startCore(dir);
    try {
      const api = apiFor(first, newCaller());
      expect(ok(await api.auth.status({})).setupRequired).toBe(true);

      const second = startCore(dir);
      await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(second).rejects.toMatchObject({ holder: { pid: process.pid, program: 'browser' } });

      // The refused start neither removed the first core's lock nor disturbed its records.
      expect(readHolder(join(dir, LOCK_FILE_NAME))?.pid).toBe(process.pid);
      const user = ok(await api.auth.setup({ username: 'admin', displayName: 'Administratrice', password: 'un mot de passe assez long' }));
      expect(user.username).toBe('admin');
      expect(ok(await api.auth.status({})).setupRequired).toBe(false);
      // A real second process is refused too.
      const refused = await runNode(bundle(CHILD), ['try', dir]);
      expect(refused.stdout).toContain(`"pid":${process.pid}`);
    } finally {
      await first.close();
    }
    // Closed: the lock is gone, and a new core starts on the records the first one wrote.
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
    const again = await startCore(dir);
    try {
      expect(again.problem).toBeNull();
      expect(ok(await apiFor(again, newCaller()).auth.status({})).setupRequired).toBe(false);
    } finally {
      await again.close();
    }
  });
});
