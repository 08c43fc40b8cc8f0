import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isPartialName } from './names';

/**
 * A work file untouched for this long belongs to a run that was killed (power cut, crash): a live run writes
 * its copy continuously and keeps it for seconds only. Minutes, not seconds, because a folder can be shared by
 * two machines (a second folder on a network share), whose runs this process cannot see.
 */
export const STALE_PARTIAL_MS = 5 * 60 * 1000;

/**
 * Removes the stale work files (`.…partial`) of killed runs from a folder; returns how many. Called at the
 * start of every backup and copy, and by the core at start-up. Never fails: a missing folder has none.
 */
export function removeStalePartials(dir: string, options: { olderThanMs?: number; now?: number } = {}): number {
  const limit = (options.now ?? Date.now()) - (options.olderThanMs ?? STALE_PARTIAL_MS);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!isPartialName(name)) continue;
    const file = join(dir, name);
    try {
      const stat = statSync(file);
      if (!stat.isFile() || stat.mtimeMs > limit) continue;
      rmSync(file, { force: true });
      removed += 1;
    } catch {
      // Removed meanwhile, or held open (Windows): the next sweep tries again.
    }
  }
  return removed;
}
