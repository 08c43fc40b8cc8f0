import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { buildSync } from 'esbuild';
import type { Knex } from 'knex';
import { countTables, integrityCheck } from '../../../main/db/backup';
import { openDatabase } from '../../../main/db/connection';
import { migrateToLatest } from '../../../main/db/migrate';
import { KNOWN_MIGRATIONS } from '../../../main/db/migration-source';

export const ROOT = resolve(import.meta.dirname, '../../..');

const created: string[] = [];

/** A fresh temporary folder, removed by removeTempDirs (call it in afterAll, after unmounting anything in it). */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `passerelle-backups-${label}-`));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
  bundled = null;
}

export const baseOptions = {
  appVersion: '0.1.0-test',
  knownMigrations: KNOWN_MIGRATIONS,
  identity: { installationId: '00000000-0000-4000-8000-000000000001', fieldKeyFingerprint: 'ab'.repeat(32) },
} as const;

/**
 * A migrated database with rows in two test tables; `blobMegabytes` of random (incompressible) data makes a
 * backup take long enough to be killed in the middle.
 */
export async function buildDatabase(file: string, options: { rows?: number; blobMegabytes?: number } = {}): Promise<Knex> {
  const db = openDatabase(file);
  await migrateToLatest(db);
  await db.schema.createTable('test_rows', (table) => {
    table.increments('id');
    table.string('value').notNullable();
  });
  await db.schema.createTable('test_blobs', (table) => {
    table.increments('id');
    table.binary('data').notNullable();
  });
  await addRows(db, options.rows ?? 100);
  const megabytes = options.blobMegabytes ?? 0;
  for (let done = 0; done < megabytes; done += 8) {
    await db.transaction(async (trx) => {
      for (let i = done; i < Math.min(done + 8, megabytes); i += 1) await trx('test_blobs').insert({ data: randomBytes(1024 * 1024) });
    });
  }
  return db;
}

export async function addRows(db: Knex, count: number): Promise<void> {
  const rows = Array.from({ length: count }, (_, i) => ({ value: `row ${i}` }));
  for (let start = 0; start < rows.length; start += 200) await db('test_rows').insert(rows.slice(start, start + 200));
}

/** Integrity and row counts of a database file, on a handle of its own. */
export async function stateOf(file: string): Promise<{ ok: boolean; tables: Record<string, number> }> {
  const db = openDatabase(file);
  try {
    return { ok: await integrityCheck(db), tables: await countTables(db) };
  } finally {
    await db.destroy();
  }
}

let bundled: string | null = null;

/** The child entry bundled into a temporary .cjs (no TypeScript runner is installed; esbuild is). */
export function childScript(): string {
  if (bundled) return bundled;
  const outfile = join(tempDir('child'), 'child.cjs');
  buildSync({
    entryPoints: [join(ROOT, 'tests/unit/backups/child/entry.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['sqlite3', 'knex'],
    outfile,
    logLevel: 'silent',
  });
  bundled = outfile;
  return outfile;
}

export interface ChildRun {
  /** Lines the child printed. */
  lines: string[];
  /** True when the test's SIGKILL ended it (it had not finished). */
  killed: boolean;
  exitCode: number | null;
}

/**
 * Runs the child; with `killAfterReadyMs`, sends SIGKILL that long after it printed "ready". `wrap` prefixes
 * the command (e.g. unshare).
 */
export function runChild(args: string[], options: { killAfterReadyMs?: number; wrap?: string[] } = {}): Promise<ChildRun> {
  const command = [...(options.wrap ?? []), process.execPath, childScript(), ...args];
  const [program = '', ...rest] = command;
  const child = spawn(program, rest, {
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let buffer = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      lines.push(line);
      if (line === 'ready' && options.killAfterReadyMs !== undefined) {
        setTimeout(() => child.kill('SIGKILL'), options.killAfterReadyMs);
      }
    }
  });
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      if (exitCode !== 0 && signal !== 'SIGKILL' && stderr) lines.push(`stderr: ${stderr.trim()}`);
      resolvePromise({ lines, killed: signal === 'SIGKILL', exitCode });
    });
  });
}

/** The duration the child printed on its "done" line, in ms. */
export function reportedDuration(run: ChildRun): number {
  const done = run.lines.find((line) => line.startsWith('done '));
  return done ? Number(done.slice(5)) : Number.NaN;
}

/**
 * Kill delays spread over [0, span): one random moment in each of `count` equal slices, in random order, so that
 * every part of a run (including its last steps) is hit, which uniform draws over a few runs do not promise.
 */
export function spreadDelays(count: number, span: number): number[] {
  const delays = Array.from({ length: count }, (_, i) => Math.round(((i + Math.random()) * span) / count));
  return delays.sort(() => Math.random() - 0.5);
}
