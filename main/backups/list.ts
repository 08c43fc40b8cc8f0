import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readManifestFile, type BackupManifest } from './manifest';
import { manifestNameFor, parseBackupName } from './names';

export interface BackupEntry {
  /** Base name, `passerelle-<stamp>[-<n>].sqlite`. */
  name: string;
  /** Full path. */
  file: string;
  bytes: number;
  /** ISO date-time: the manifest's, or else the name's stamp (UTC). */
  createdAt: string;
  /** Null when unverified: no manifest (earlier versions wrote none), or one that is damaged or does not fit. */
  manifest: BackupManifest | null;
}

/**
 * The backups in a folder, newest first. Cheap (no checksum, no SQLite): for the settings page and the rotation.
 * Work files and anything not named like a backup are ignored; a missing folder has none. A manifest that
 * names another file or another size is not this file's: the entry is then unverified.
 */
export function listBackups(dir: string): BackupEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const entries: (BackupEntry & { rank: number })[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const file = join(dir, name);
    let bytes: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) continue;
      bytes = stat.size;
    } catch {
      continue;
    }
    const read = readManifestFile(join(dir, manifestNameFor(name)));
    const manifest = read && read.file === name && read.bytes === bytes ? read : null;
    const createdAt = manifest?.createdAt ?? parsed.at.toISOString();
    entries.push({ name, file, bytes, createdAt, manifest, rank: parsed.rank });
  }
  entries.sort((a, b) => compareNewestFirst(a, b));
  return entries.map(({ rank: _rank, ...entry }) => entry);
}

function compareNewestFirst(a: { createdAt: string; rank: number; name: string }, b: typeof a): number {
  const byTime = Date.parse(b.createdAt) - Date.parse(a.createdAt);
  if (byTime !== 0) return byTime;
  if (a.rank !== b.rank) return b.rank - a.rank;
  return a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
}
