import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isBackupName } from '../../../main/backups/names';
import { buildDatabase, runChild, stateOf, tempDir, removeTempDirs } from './helpers';

/*
 * A backup into a folder whose disk fills up, on a real small disk: a tmpfs of a few megabytes. As root (here)
 * the test mounts it and unmounts it in afterAll; otherwise the child runs in a user and mount namespace of its
 * own (`unshare -Urm`, no privilege needed where user namespaces are enabled), where it mounts the tmpfs itself,
 * which disappears with it.
 */

const isRoot = process.getuid?.() === 0;
const mounted: string[] = [];

afterAll(() => {
  for (const mountPoint of mounted.splice(0)) execFileSync('umount', [mountPoint]);
  removeTempDirs();
});

interface Step {
  error: string | null;
  code: string | null;
  left: string[];
  verified: string[];
}

/** Runs the child's `diskfull` command: a backup of each database in turn into `backups/` on a small disk. */
async function backUpOntoSmallDisk(sizeBytes: number, databaseFiles: string[]): Promise<Step[]> {
  const mountPoint = tempDir('small-disk');
  const dir = join(mountPoint, 'backups');
  let wrap: string[] = [];
  if (isRoot) {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes},mode=0700`, 'tmpfs', mountPoint]);
    mounted.push(mountPoint);
  } else {
    const mountThenRun = 'mount -t tmpfs -o "size=$1" tmpfs "$2" && shift 2 && exec "$@"';
    wrap = ['unshare', '-Urm', 'sh', '-c', mountThenRun, 'sh', String(sizeBytes), mountPoint];
  }
  const run = await runChild(['diskfull', dir, ...databaseFiles], { wrap });
  expect(run.exitCode, run.lines.join('\n')).toBe(0);
  return run.lines.map((line) => JSON.parse(line) as Step);
}

describe('a backup onto a disk that fills up', () => {
  it('fails with DISK_FULL, leaves no file under a backup name nor any work file, and touches neither the source nor the earlier backup', async () => {
    const data = tempDir('full');
    const small = join(data, 'small.sqlite');
    const large = join(data, 'large.sqlite');
    await (await buildDatabase(small, { rows: 50 })).destroy();
    await (await buildDatabase(large, { rows: 50, blobMegabytes: 6 })).destroy();
    const before = await stateOf(large);

    const [first, second] = await backUpOntoSmallDisk(3 * 1024 * 1024, [small, large]);

    // The small database fits: one verified backup.
    expect(first).toMatchObject({ error: null, code: null });
    expect(first?.verified).toHaveLength(1);
    expect(first?.left).toHaveLength(2); // the backup and its manifest
    // The large one does not: DISK_FULL, and the folder holds exactly what it held before, still verified.
    expect(second).toMatchObject({ error: 'BackupError', code: 'DISK_FULL' });
    expect(second?.left.sort()).toEqual(first?.left.sort());
    expect(second?.verified).toEqual(first?.verified);
    expect(second?.left.filter(isBackupName)).toEqual(first?.verified);
    if (isRoot) expect(readdirSync(join(mounted.at(-1) ?? '', 'backups')).sort()).toEqual(second?.left.sort());

    expect(await stateOf(large)).toEqual(before);
  }, 30_000);
});
