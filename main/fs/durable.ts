import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, unlinkSync, writeSync, createReadStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';

/*
 * The file-system steps that make a file whole or absent (a backup, the field key, the data directory's lock):
 * flush a file, publish it under a name that is not taken, make the name durable. Every write goes to a work
 * file first; only a flushed, checked file gets its final name.
 */

const isWindows = process.platform === 'win32';

/** Flushes a file's content to the disk. Opened for writing: Windows flushes only handles that may write. */
export async function fsyncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes new names and removals in a folder durable (POSIX); Windows cannot open a folder, and NTFS journals names. */
export function syncDirectory(dir: string): void {
  if (isWindows) return;
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems (shares) refuse fsync on folders; the files themselves are already flushed.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes a new small file and flushes it ('wx': never over an existing one). */
export function writeNewFileDurably(file: string, content: string): void {
  const fd = openSync(file, 'wx', 0o600);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** SHA-256 of a file, hex, read as a stream; `onBytes` receives the running total. */
export async function sha256File(file: string, onBytes?: (bytesDone: number) => void): Promise<string> {
  const hash = createHash('sha256');
  let done = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    const buffer = chunk as Buffer;
    hash.update(buffer);
    done += buffer.length;
    onBytes?.(done);
  }
  return hash.digest('hex');
}

// What a file system without hard links answers. On Windows, FAT's ERROR_INVALID_FUNCTION reaches Node as EISDIR.
const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EISDIR', 'EINVAL']);

/**
 * Gives a flushed work file its final name, never over an existing file: a hard link fails when the name is
 * taken, where a rename would replace it; the work name is then removed. File systems without hard links
 * (FAT/exFAT USB disks, some shares) get a rename after checking the name is free, which is enough here: one
 * process writes a folder's backups, and it publishes without yielding. Returns false when the name is taken.
 */
export function publishNew(workFile: string, finalFile: string): boolean {
  // (A backup folder is written by one process; the key and the lock are created under the data directory's
  // own lock or race only with a start of the same folder, which the link settles.)
  try {
    linkSync(workFile, finalFile);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!LINK_UNSUPPORTED.has(code)) throw error;
    if (existsSync(finalFile)) return false;
    renameSync(workFile, finalFile);
    return true;
  }
  unlinkSync(workFile);
  return true;
}

/** Removes a file if it is there; never throws (cleanup after a failure must not hide the failure). */
export async function removeQuietly(file: string): Promise<void> {
  try {
    await rm(file, { force: true });
  } catch {
    // Gone with its folder, or held open (Windows): the stale-partial sweep of the next run removes it.
  }
}

/**
 * Writes `content` to a new file `finalFile`, whole or not at all, never over an existing one: a flushed work
 * file in the same folder (`workFile`), published with `publishNew`, the folder then flushed. Returns false, and
 * leaves nothing behind, when the name is taken.
 */
export function createNewFileDurably(workFile: string, finalFile: string, content: string, dir: string): boolean {
  writeNewFileDurably(workFile, content);
  let published = false;
  try {
    published = publishNew(workFile, finalFile);
  } finally {
    if (!published) rmSync(workFile, { force: true });
  }
  if (published) syncDirectory(dir);
  return published;
}
