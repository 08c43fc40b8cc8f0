import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Where a damaged database is copied to be read (inside the data directory: the same protection as the original). */
export function readOnlyViewDir(dataDir: string): string {
  return join(dataDir, '.read-only-view');
}

/** Copies the database and its WAL (the committed rows not yet in the main file) into the view folder. */
export function copyToReadOnlyView(dataDir: string, databaseFile: string): string {
  const dir = readOnlyViewDir(dataDir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const view = join(dir, 'passerelle.sqlite');
  copyFileSync(databaseFile, view);
  if (existsSync(`${databaseFile}-wal`)) copyFileSync(`${databaseFile}-wal`, `${view}-wal`);
  return view;
}

/** The view is thrown away at every start and after a restore: it never becomes anyone's records. */
export function removeReadOnlyView(dataDir: string): void {
  rmSync(readOnlyViewDir(dataDir), { recursive: true, force: true });
}
