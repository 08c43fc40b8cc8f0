import { readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isBackupName, isPartialName, backupNameOfManifest } from '../../../main/backups/names';
import { pruneBackups } from '../../../main/backups/rotation';
import { verifyBackup } from '../../../main/backups/verify';
import { writeVerifiedBackup } from '../../../main/backups/write';
import { openDatabase } from '../../../main/db/connection';
import { KNOWN_MIGRATIONS } from '../../../main/db/migration-source';
import { baseOptions, buildDatabase, reportedDuration, runChild, spreadDelays, stateOf, tempDir, type ChildRun, removeTempDirs } from './helpers';

afterAll(removeTempDirs);

const KILLS_WANTED = 10;
const MAX_ATTEMPTS = 30;

describe('a backup killed with SIGKILL', () => {
  it(
    'never leaves a file under a backup name that fails its check, and leaves the live database intact',
    async () => {
      const data = tempDir('kill');
      const databaseFile = join(data, 'passerelle.sqlite');
      const dir = join(data, 'backups');
      const db = await buildDatabase(databaseFile, { rows: 500, blobMegabytes: 32 });
      await db.destroy();
      const before = await stateOf(databaseFile);
      expect(before.ok).toBe(true);

      // One run to the end: how long a whole backup takes in the child, to kill the next ones within it.
      const calibration = await runChild(['backup', databaseFile, dir]);
      expect(calibration.lines.at(-1)).toMatch(/^done \d+$/);
      const duration = reportedDuration(calibration);

      const runs: (ChildRun & { delay: number })[] = [];
      const delays = spreadDelays(KILLS_WANTED + 2, duration * 1.15);
      while ((delays.length > 0 || runs.filter((run) => run.killed).length < KILLS_WANTED) && runs.length < MAX_ATTEMPTS) {
        const delay = delays.pop() ?? Math.round(Math.random() * duration);
        runs.push({ ...(await runChild(['backup', databaseFile, dir], { killAfterReadyMs: delay })), delay });
      }
      const killed = runs.filter((run) => run.killed);
      expect(killed.length).toBeGreaterThanOrEqual(10);

      // Every file under a backup name passes the full check; whatever else is there is a work file or a manifest.
      const names = readdirSync(dir);
      const backups = names.filter(isBackupName);
      for (const name of backups) {
        expect(await verifyBackup(join(dir, name), { knownMigrations: KNOWN_MIGRATIONS }), name).toMatchObject({ ok: true });
      }
      const others = names.filter((name) => !isBackupName(name));
      expect(others.filter((name) => !isPartialName(name) && !backupNameOfManifest(name))).toEqual([]);
      const finished = runs.length - killed.length + 1;
      expect(backups.length).toBeGreaterThanOrEqual(finished);

      // The live database: whole, with the same rows.
      expect(await stateOf(databaseFile)).toEqual(before);

      // The next backup sweeps the killed runs' work files once they are old enough; pruning, their lone manifests.
      const leftovers = others.filter(isPartialName);
      const old = new Date(Date.now() - 10 * 60 * 1000);
      for (const name of others) utimesSync(join(dir, name), old, old);
      const live = openDatabase(databaseFile);
      try {
        const next = await writeVerifiedBackup(live, { ...baseOptions, dir, at: new Date(), reason: 'manual' });
        expect(await verifyBackup(next.file, { knownMigrations: KNOWN_MIGRATIONS })).toMatchObject({ ok: true });
      } finally {
        await live.destroy();
      }
      pruneBackups(dir, new Date(), { daily: 100, weekly: 0, monthly: 0 });
      const after = readdirSync(dir);
      expect(after.filter(isPartialName)).toEqual([]);
      expect(after.filter((name) => backupNameOfManifest(name)).length).toBe(after.filter(isBackupName).length);

      const phases = killed.map((run) => run.lines.filter((line) => line.startsWith('phase ')).at(-1) ?? 'before copying');
      console.info(
        `kill -9 during backups of a ${Math.round(statSync(databaseFile).size / 1e6)} MB database: a whole backup takes ` +
          `${duration} ms in the child; ${killed.length} of ${runs.length} runs killed (${summarise(phases)}), ` +
          `${leftovers.length} work files left behind and swept; ${backups.length} backups published, all verified`,
      );
    },
    90_000,
  );
});

function summarise(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => `${count}× ${value}`).join(', ');
}
