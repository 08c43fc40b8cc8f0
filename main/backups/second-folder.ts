import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { copyFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fsyncFile, removeQuietly, sha256File } from '../fs/durable';
import { BackupError, BackupFolderError, isDiskFull } from './errors';
import { listBackups } from './list';
import { type BackupManifest } from './manifest';
import { backupStamp, parseBackupName, partialPaths } from './names';
import { removeStalePartials } from './partials';
import { publishBackup } from './publish';
import { DEFAULT_ROTATION, pruneBackups, type RotationPolicy } from './rotation';

export type SecondFolderStatus = 'ok' | 'unreachable';

/**
 * Whether the second folder (a network share, a USB disk) can take a copy now: it exists, is a folder, and the
 * system says it is writable. Synchronous and cheap; on a share that went away a call can still wait for the
 * system's network timeout. `probeSecondFolder` checks by writing, without blocking.
 */
export function secondFolderStatus(folder: string): SecondFolderStatus {
  try {
    if (!statSync(folder).isDirectory()) return 'unreachable';
    accessSync(folder, constants.W_OK);
    return 'ok';
  } catch {
    return 'unreachable';
  }
}

/**
 * Writes and removes a small work file: what the system says about a share's or a read-only disk's permissions
 * (Windows ignores folder ACLs in access checks) is not always what a write meets.
 */
export async function probeSecondFolder(folder: string): Promise<SecondFolderStatus> {
  // Asynchronous from the first step: a share that went away makes the thread pool wait, never the event loop.
  try {
    if (!(await stat(folder)).isDirectory()) return 'unreachable';
  } catch {
    return 'unreachable';
  }
  const probe = join(folder, `.passerelle-probe.${randomBytes(6).toString('hex')}.partial`);
  try {
    await writeFile(probe, 'probe', { flag: 'wx' });
    await rm(probe, { force: true });
    return 'ok';
  } catch {
    await removeQuietly(probe);
    return 'unreachable';
  }
}

/**
 * Copies a published backup and its manifest into the second folder, whole or not at all: the copy goes to a
 * work file, is flushed and its SHA-256 re-read from the folder and compared with the manifest's, then published
 * like a backup (manifest first, never over an existing file; under the same name when it is free, and the
 * folder then looks like `backups/`). A copy already there with the same checksum is not copied again. Then the
 * folder is pruned with the same rotation, among this installation's backups only (a share may hold several).
 *
 * A folder that is missing, unwritable or goes away midway: BackupFolderError FOLDER_UNREACHABLE; a full one:
 * FOLDER_FULL; a copy that reads back different: BackupError CHECK_FAILED. Work files are removed whenever the
 * folder can still be reached (else the next copy's sweep removes them). The primary backup is only read.
 */
export async function copyToSecondFolder(
  backup: { file: string; manifest: BackupManifest },
  folder: string,
  options: { now?: Date; policy?: RotationPolicy } = {},
): Promise<{ file: string }> {
  if (!existsSync(backup.file)) throw new BackupError('NOT_FOUND');
  if (secondFolderStatus(folder) !== 'ok') throw new BackupFolderError('FOLDER_UNREACHABLE');
  const already = sameCopyIn(folder, backup.manifest);
  if (already) return { file: already };

  removeStalePartials(folder);
  const parsed = parseBackupName(backup.manifest.file);
  const stamp = backupStamp(parsed?.at ?? new Date(backup.manifest.createdAt));
  const work = partialPaths(folder, basename(backup.manifest.file, '.sqlite'));
  let file: string;
  try {
    await copyFile(backup.file, work.sqlite);
    await fsyncFile(work.sqlite);
    if ((await sha256File(work.sqlite)) !== backup.manifest.sha256) throw new BackupError('CHECK_FAILED');
    // A same-second name taken by another file moves this copy to `-2`…: its manifest then names it.
    ({ file } = publishBackup(folder, stamp, work, (fileName) => ({ ...backup.manifest, file: fileName })));
  } catch (error) {
    await removeQuietly(work.sqlite);
    await removeQuietly(work.manifest);
    throw folderError(error);
  }
  try {
    pruneBackups(folder, options.now ?? new Date(), options.policy ?? DEFAULT_ROTATION, {
      installationId: backup.manifest.installationId,
    });
  } catch {
    // The copy is made; pruning is tried again after the next one.
  }
  return { file };
}

/**
 * The path of a copy of this backup already in the folder (same checksum and time, whatever its name: a name
 * taken by another file moved it to `-2`), if any. Cheap: listing reads manifests only.
 */
function sameCopyIn(folder: string, manifest: BackupManifest): string | null {
  const copy = listBackups(folder).find(
    (entry) => entry.manifest?.sha256 === manifest.sha256 && entry.manifest.createdAt === manifest.createdAt,
  );
  return copy?.file ?? null;
}

function folderError(error: unknown): Error {
  if (error instanceof BackupError || error instanceof BackupFolderError) return error;
  if (isDiskFull(error)) return new BackupFolderError('FOLDER_FULL', { cause: error });
  // ENOENT (folder removed), EACCES/EPERM/EROFS, EIO, network errors: the folder cannot take the copy now.
  return new BackupFolderError('FOLDER_UNREACHABLE', { cause: error });
}
