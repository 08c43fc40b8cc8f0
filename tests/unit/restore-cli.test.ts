import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, type Core } from '../../main/core';
import { listBackups } from '../../main/backups/list';
import { verifyBackup } from '../../main/backups/verify';
import { KNOWN_MIGRATIONS } from '../../main/db/migration-source';
import { openDatabase } from '../../main/db/connection';
import { LOCK_FILE_NAME } from '../../main/startup/data-dir-lock';
import { ok, signedIn } from '../helpers/api';
import { createFakeClock } from '../helpers/clock';
import { personInput } from '../helpers/housing';
import { bundle, readPeople, runNode, SEEDED_PEOPLE, seedHousing, sha256, startCore, tempDir, type NodeRun } from '../helpers/startup';

/*
 * `npm run restore` (main/restore/cli.ts), run for real: the command bundled with esbuild as scripts/build.mjs
 * bundles it (knex, sqlite3 and jsPDF left in node_modules), started with node on real data directories.
 */

const CLI = 'main/restore/cli.ts';
const dirs: string[] = [];
const open = new Set<Core>();

beforeAll(() => {
  bundle(CLI);
});

afterEach(async () => {
  for (const core of open) await core.close();
  open.clear();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function restoreCommand(args: string[]): Promise<NodeRun> {
  return runNode(bundle(CLI), args);
}

async function start(dir: string, clock = createFakeClock()): Promise<Core> {
  const core = await startCore(dir, { clock });
  open.add(core);
  return core;
}

async function stop(core: Core): Promise<void> {
  await core.close();
  open.delete(core);
}

const databaseOf = (dir: string): string => join(dir, DATABASE_FILE_NAME);

/**
 * A data directory with the seeded households, a verified backup of them (`backupName`), then one more
 * household added after the backup (Léa Martin): what a restore must take away.
 */
async function installation(): Promise<{ dir: string; backupName: string; clock: ReturnType<typeof createFakeClock> }> {
  const dir = tempDir('restore-cli');
  dirs.push(dir);
  const clock = createFakeClock();
  const core = await start(dir, clock);
  await seedHousing(core);
  const admin = await signedIn(core, ['admin']);
  const backup = ok(await admin.api.backups.create({}));
  clock.advance(3_600_000);
  const housing = await signedIn(core, ['housing']);
  ok(await housing.api.housing.createHousehold({ size: 1, notes: 'Après la sauvegarde', people: [personInput({ firstName: 'Léa', lastName: 'Martin' })] }));
  expect(await readPeople(core)).toEqual([...SEEDED_PEOPLE, 'Léa Martin'].sort());
  await stop(core);
  return { dir, backupName: backup.name, clock };
}

async function countPeople(file: string): Promise<number> {
  const db = openDatabase(file);
  try {
    return Number((await db('housing_people').count({ n: '*' }).first())?.n ?? -1);
  } finally {
    await db.destroy();
  }
}

describe('npm run restore', () => {
  it('lists the backups, newest first, with their state, when no --from is given', async () => {
    const { dir, backupName, clock } = await installation();
    // A second, newer backup.
    clock.advance(3_600_000);
    const core = await start(dir, clock);
    const admin = await signedIn(core, ['admin']);
    const newer = ok(await admin.api.backups.create({}));
    await stop(core);

    const run = await restoreCommand(['--data-dir', dir]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    const first = lines.findIndex((line) => line.includes(newer.name));
    const second = lines.findIndex((line) => line.includes(backupName));
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(lines[first]).toContain('vérifiée');
    expect(lines[second]).toContain('vérifiée');
    expect(run.stdout).toContain(`npm run restore -- --data-dir "${dir}" --from <nom>`);
    // Listing changes nothing and leaves no lock.
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);

    const empty = tempDir('restore-cli-empty');
    dirs.push(empty);
    const none = await restoreCommand(['--data-dir', empty]);
    expect(none.code, none.stderr).toBe(0);
    expect(none.stdout).toContain('Aucune sauvegarde');
  });

  it('restores a named backup: the rows as at the backup, and the replaced database kept as a verified backup', async () => {
    const { dir, backupName } = await installation();
    const before = listBackups(join(dir, 'backups')).map((entry) => entry.name);

    const run = await restoreCommand(['--data-dir', dir, '--from', backupName, '--yes']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Restauré : ${backupName}`);
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);

    // The replaced database (with Léa Martin) is a new verified backup, reason beforeRestore.
    const added = listBackups(join(dir, 'backups')).filter((entry) => !before.includes(entry.name));
    expect(added).toHaveLength(1);
    const saved = added[0]!;
    expect(saved.manifest?.reason).toBe('beforeRestore');
    expect(await verifyBackup(saved.file, { knownMigrations: KNOWN_MIGRATIONS })).toMatchObject({ ok: true });
    expect(await countPeople(saved.file)).toBe(SEEDED_PEOPLE.length + 1);
    expect(run.stdout).toContain(saved.name);

    // The app starts on the restored records: as at the backup.
    const core = await start(dir);
    expect(core.problem).toBeNull();
    expect(await readPeople(core)).toEqual(SEEDED_PEOPLE);
  });

  it('restores over a 0-byte database (the app cannot start), setting the empty file aside', async () => {
    const { dir, backupName } = await installation();
    truncateSync(databaseOf(dir), 0);

    const run = await restoreCommand(['--data-dir', dir, '--from', backupName, '--yes']);
    expect(run.code, run.stderr).toBe(0);
    const aside = readdirSync(join(dir, 'replaced'));
    expect(aside).toHaveLength(1);
    expect(statSync(join(dir, 'replaced', aside[0]!)).size).toBe(0);
    expect(run.stdout).toContain(join(dir, 'replaced', aside[0]!));

    const core = await start(dir);
    expect(core.problem).toBeNull();
    expect(await readPeople(core)).toEqual(SEEDED_PEOPLE);
  });

  it('refuses while the app holds the data directory, naming its PID, and changes nothing', async () => {
    const { dir, backupName } = await installation();
    const core = await start(dir);
    const backupsBefore = readdirSync(join(dir, 'backups')).sort();

    const run = await restoreCommand(['--data-dir', dir, '--from', backupName, '--yes']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`le processus ${process.pid}`);
    expect(run.stderr).toContain(dir);
    expect(run.stdout).not.toContain('Restauré');
    // The app's lock is still its own, and its records are untouched.
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(true);
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(backupsBefore);
    expect(await readPeople(core)).toEqual([...SEEDED_PEOPLE, 'Léa Martin'].sort());
  });

  it('refuses a damaged backup and leaves the database as it was', async () => {
    const { dir, backupName } = await installation();
    const backupFile = join(dir, 'backups', backupName);
    // One byte changed in the middle: the size is the same, the checksum is not.
    const fd = openSync(backupFile, 'r+');
    try {
      writeSync(fd, Buffer.from([0x5a]), 0, 1, Math.floor(statSync(backupFile).size / 2));
    } finally {
      closeSync(fd);
    }
    const database = sha256(databaseOf(dir));
    const backupsBefore = readdirSync(join(dir, 'backups')).sort();

    const run = await restoreCommand(['--data-dir', dir, '--from', backupName, '--yes']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('ne passe pas sa vérification (checksum)');
    expect(sha256(databaseOf(dir))).toBe(database);
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(backupsBefore);
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it("refuses another installation's backup (another key) and leaves the database as it was", async () => {
    const { dir } = await installation();
    const other = await installation();
    const foreign = join(other.dir, 'backups', other.backupName);
    // A backup given by path (a USB stick): the file and its manifest side by side, under their own names.
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    const target = join(usb, other.backupName);
    copyFileSync(foreign, target);
    copyFileSync(foreign.replace(/\.sqlite$/, '.manifest.json'), target.replace(/\.sqlite$/, '.manifest.json'));
    expect(await verifyBackup(target, { knownMigrations: KNOWN_MIGRATIONS })).toMatchObject({ ok: true });
    const database = sha256(databaseOf(dir));

    const run = await restoreCommand(['--data-dir', dir, '--from', target, '--yes']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('demande une autre clé');
    expect(run.stdout).not.toContain('Restauré');
    expect(sha256(databaseOf(dir))).toBe(database);
  });

  it('asks for --yes when stdin is not a terminal, and changes nothing', async () => {
    const { dir, backupName } = await installation();
    const database = sha256(databaseOf(dir));
    const backupsBefore = readdirSync(join(dir, 'backups')).sort();

    // stdin is a pipe (not a TTY), even with "oui" written to it.
    const run = await runNode(bundle(CLI), ['--data-dir', dir, '--from', backupName], { input: 'oui\n' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--yes');
    expect(run.stdout).toContain('Rien n’a été modifié');
    expect(sha256(databaseOf(dir))).toBe(database);
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(backupsBefore);
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
  });
});
