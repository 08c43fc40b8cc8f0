/*
 * A child process for the backup tests that must kill or confine a real process (kill -9, a disk that fills up).
 * Bundled with esbuild by tests/unit/backups/helpers.ts (knex and sqlite3 stay external). It prints one line per
 * step on stdout, so the test knows when to kill it and which phase it reached.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../../main/db/connection';
import { KNOWN_MIGRATIONS } from '../../../../main/db/migration-source';
import { installBackup } from '../../../../main/backups/restore-file';
import { verifyBackup } from '../../../../main/backups/verify';
import { writeVerifiedBackup } from '../../../../main/backups/write';

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function backup(databaseFile: string, dir: string): Promise<void> {
  const db = openDatabase(databaseFile);
  try {
    await db.raw('SELECT 1');
    const started = performance.now();
    say('ready');
    let phase = '';
    await writeVerifiedBackup(db, {
      dir,
      at: new Date(),
      reason: 'daily',
      appVersion: 'test',
      knownMigrations: KNOWN_MIGRATIONS,
      identity: null,
      onProgress: (progress) => {
        if (progress.phase !== phase) say(`phase ${(phase = progress.phase)}`);
      },
    });
    say(`done ${Math.round(performance.now() - started)}`);
  } finally {
    await db.destroy();
  }
}

async function install(backupFile: string, databaseFile: string): Promise<void> {
  const started = performance.now();
  say('ready');
  await installBackup(backupFile, databaseFile);
  say(`done ${Math.round(performance.now() - started)}`);
}

/**
 * Backups of each database in turn into a folder on a small disk; prints, for each, the error's class and code
 * (or null), the folder's files afterwards and those of them that pass verifyBackup.
 */
async function diskFull(dir: string, databaseFiles: string[]): Promise<void> {
  for (const databaseFile of databaseFiles) {
    const db = openDatabase(databaseFile);
    try {
      const outcome = await writeVerifiedBackup(db, {
        dir,
        at: new Date(),
        reason: 'manual',
        appVersion: 'test',
        knownMigrations: KNOWN_MIGRATIONS,
        identity: null,
      }).then(
        () => ({ error: null, code: null }),
        (error: Error & { code?: string }) => ({ error: error.name, code: error.code ?? null }),
      );
      const left = readdirSync(dir);
      const verified: string[] = [];
      for (const name of left) {
        if ((await verifyBackup(join(dir, name), { knownMigrations: KNOWN_MIGRATIONS })).ok) verified.push(name);
      }
      say(JSON.stringify({ ...outcome, left, verified }));
    } finally {
      await db.destroy();
    }
  }
}

const [command = '', first = '', ...rest] = process.argv.slice(2);
const second = rest[0] ?? '';
const run =
  command === 'backup'
    ? () => backup(first, second)
    : command === 'install'
      ? () => install(first, second)
      : command === 'diskfull'
        ? () => diskFull(first, rest)
        : null;
if (!run) {
  say(`unknown command ${command}`);
  process.exit(2);
}
run().then(
  () => process.exit(0),
  (error: Error & { code?: string }) => {
    say(`failed ${error.name} ${error.code ?? ''}`);
    process.exit(1);
  },
);
