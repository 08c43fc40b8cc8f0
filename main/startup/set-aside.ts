import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A lost or damaged database (and its WAL) is moved to `<dataDir>/replaced/` before a restore, never deleted:
 * whatever it still holds can be looked at later. Returns the folder's relative name, or null if there was no file.
 */
export function setAsideDatabase(dataDir: string, databaseFile: string, at: Date): string | null {
  if (!existsSync(databaseFile)) return null;
  const folder = join(dataDir, 'replaced');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  const name = `passerelle-${stamp}.sqlite`;
  renameSync(databaseFile, join(folder, name));
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(databaseFile + suffix)) renameSync(databaseFile + suffix, join(folder, name + suffix));
  }
  return join('replaced', name);
}

