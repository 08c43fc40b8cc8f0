import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { publishNew, syncDirectory, writeNewFileDurably } from '../fs/durable';
import { BackupError } from './errors';
import { serialiseManifest, type BackupManifest } from './manifest';
import { backupName, manifestNameFor } from './names';

// More same-second backups than this means something loops; refuse rather than search forever.
const MAX_SAME_SECOND = 999;

/**
 * Gives a flushed, checked work copy the first free backup name of its second (`-2`, `-3`… after the first),
 * manifest first: a `.sqlite` under a backup name then always has its manifest beside it (killed between the
 * two, only a manifest without its copy is left, which pruning removes). Each name is made durable before the
 * next step. Synchronous on purpose: no other task of this process can take the name in between, and nothing is
 * ever written over an existing file.
 */
export function publishBackup(
  dir: string,
  stamp: string,
  work: { sqlite: string; manifest: string },
  manifestFor: (fileName: string) => BackupManifest,
): { file: string; manifest: BackupManifest } {
  for (let n = 1; n <= MAX_SAME_SECOND; n += 1) {
    const name = backupName(stamp, n);
    const file = join(dir, name);
    const manifestFile = join(dir, manifestNameFor(name));
    if (existsSync(file) || existsSync(manifestFile)) continue;
    const manifest = manifestFor(name);
    rmSync(work.manifest, { force: true });
    writeNewFileDurably(work.manifest, serialiseManifest(manifest));
    if (!publishNew(work.manifest, manifestFile)) continue;
    syncDirectory(dir);
    if (!publishNew(work.sqlite, file)) {
      rmSync(manifestFile, { force: true });
      continue;
    }
    syncDirectory(dir);
    return { file, manifest };
  }
  throw new BackupError('WRITE_FAILED');
}
