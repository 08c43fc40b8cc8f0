import { readFileSync, statSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createNewFileDurably } from '../fs/durable';

/**
 * One process per data directory (issue 13, point 6): two servers writing one SQLite file race each other's
 * sessions, backups, migrations and restores. The desktop app, browser mode and the restore command take
 * `<dataDir>/passerelle.lock`, a small file naming the holder (PID, host, since when, which program).
 *
 * The file is created whole or not at all (written under a temporary name, flushed, then published under the
 * lock's name only if that name is free: main/fs/durable.ts). A lock left by a process that no longer runs (killed, power cut) is taken
 * over; a live holder is named in the refusal. Electron's own single-instance lock still brings the first
 * window forward, but it knows nothing of browser mode.
 */

export const LOCK_FILE_NAME = 'passerelle.lock';

export type LockHolderProgram = 'desktop' | 'browser' | 'restore' | 'demo' | 'copy';

export interface LockHolder {
  pid: number;
  host: string;
  since: string;
  program: LockHolderProgram;
}

export class DataDirLockedError extends Error {
  readonly code = 'DATA_DIR_LOCKED';
  constructor(readonly holder: LockHolder | null) {
    super('another Passerelle process uses this data directory');
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

/**
 * The locks this process holds (file and since): a lock file naming our own PID is alive only if it is one of
 * these. A server in a container always runs as PID 1, and PIDs are reused: a lock left by an earlier run that
 * had our PID is stale, not ours.
 */
const heldHere = new Set<string>();

export function lockDataDir(dataDir: string, program: LockHolderProgram, now: Date = new Date()): DataDirLock {
  const file = join(dataDir, LOCK_FILE_NAME);
  const mine: LockHolder = { pid: process.pid, host: hostname(), since: now.toISOString(), program };
  // Two tries: the second after removing a lock whose holder is gone.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (createExclusively(dataDir, file, JSON.stringify(mine))) {
      const held = `${file}\n${mine.since}`;
      heldHere.add(held);
      return {
        file,
        release: () => {
          heldHere.delete(held);
          releaseIfMine(file, mine);
        },
      };
    }
    const holder = readHolder(file);
    if (holder && isAlive(holder, file)) throw new DataDirLockedError(holder);
    if (!holder && attempt === 0 && recentlyWritten(file)) {
      // Another process is between creating and filling its lock: never steal it.
      throw new DataDirLockedError(null);
    }
    removeStale(file, holder);
  }
  throw new DataDirLockedError(readHolder(file));
}

function createExclusively(dir: string, file: string, content: string): boolean {
  const temporary = join(dir, `.${LOCK_FILE_NAME}-${randomBytes(6).toString('hex')}.tmp`);
  return createNewFileDurably(temporary, file, content, dir);
}

export function readHolder(file: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.since !== 'string' || typeof parsed.host !== 'string') return null;
    return { pid: parsed.pid, host: parsed.host, since: parsed.since, program: parsed.program ?? 'browser' };
  } catch {
    return null;
  }
}

/**
 * Whether the holder still runs. On another host (a data directory on a share) we cannot tell, so it counts as
 * alive: a refusal the administrator can lift by deleting the file is better than two writers.
 */
function isAlive(holder: LockHolder, file: string): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return heldHere.has(`${file}\n${holder.since}`);
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** An unreadable lock younger than a few seconds may be one being written (the no-hard-link fallback). */
function recentlyWritten(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs < 10_000;
  } catch {
    return false;
  }
}

function removeStale(file: string, expected: LockHolder | null): void {
  // Re-read just before removing: if another process took the lock over in between, leave theirs.
  const current = readHolder(file);
  if (current && expected && (current.pid !== expected.pid || current.since !== expected.since)) return;
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function releaseIfMine(file: string, mine: LockHolder): void {
  const current = readHolder(file);
  if (!current || current.pid !== mine.pid || current.since !== mine.since) return;
  try {
    unlinkSync(file);
  } catch {
    // Already gone: nothing to release.
  }
}
