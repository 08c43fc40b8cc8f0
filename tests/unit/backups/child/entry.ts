/*
 * A child process for the backup tests that must kill or confine a real process (kill -9, a disk that fills up).
 * Bundled with esbuild by tests/unit/backups/helpers.ts (knex and sqlite3 stay external). It prints one line per
 * step on stdout, so the test knows when to kill it and which phase it reached.
 */
import { readdirSync } from 'node:fs';
import { openDatabase } from '../../../../main/db/connection';
import { KNOWN_MIGRATIONS } from '../../../../main/db/migration-source';
import { installBackup } from '../../../../main/backups/restore-file';
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

/** A backup into a folder on a small disk: reports the error's class and code and what the folder holds after. */
async function diskFull(databaseFile: string, dir: string): Promise<void> {
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
    say(JSON.stringify({ ...outcome, left: readdirSync(dir) }));
  } finally {
    await db.destroy();
  }
}

const [command = '', first = '', second = ''] = process.argv.slice(2);
const run = command === 'backup' ? backup : command === 'install' ? install : command === 'diskfull' ? diskFull : null;
if (!run) {
  say(`unknown command ${command}`);
  process.exit(2);
}
run(first, second).then(
  () => process.exit(0),
  (error: Error & { code?: string }) => {
    say(`failed ${error.name} ${error.code ?? ''}`);
    process.exit(1);
  },
);
