import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { createCore, type Core } from '../core';
import { plainKeyWrapper } from '../crypto/key-store';
import { createMemoryLogger } from '../log';
import { createServerCore } from '../server/core';
import { generateDemo } from '../demo/generate';
import { DATABASE_FILE_NAME } from '../data-dir';
import type { DatasetVolumes } from './report';

/**
 * The ten-year, full-scale records every row measures (issue 19): `npm run demo -- --years 10 --scale full`,
 * made once per run (or reused from `--data-dir`), copied before anything writes to it.
 */

export const BENCH_SEED = 2025;
export const BENCH_YEARS = 10;
/** The demo's fixed "today": the same seed gives the same rows. */
export const BENCH_TODAY = new Date('2026-11-28T09:00:00Z');

/** The tables whose sizes the issue names, counted on the data measured. */
const VOLUME_TABLES = ['events', 'questionnaire_responses', 'questionnaire_answers', 'housing_units', 'housing_households', 'housing_placements', 'housing_registrations', 'loans'];

export async function countVolumes(db: Knex): Promise<DatasetVolumes> {
  const volumes: DatasetVolumes = {};
  for (const table of VOLUME_TABLES) {
    const row = await db(table).count({ n: '*' }).first();
    volumes[table] = Number(row?.n ?? 0);
  }
  return volumes;
}

/** True when the folder already holds a Passerelle database (then it is measured as it is). */
export function holdsRecords(dataDir: string): boolean {
  return existsSync(join(dataDir, DATABASE_FILE_NAME));
}

/** Generates the full-scale demo into an empty data directory with the built demo program; returns seconds. */
export function generateSqliteDataset(root: string, dataDir: string): number {
  const start = Date.now();
  execFileSync(process.execPath, [join(root, 'dist/main/demo.cjs'), '--data-dir', dataDir, '--seed', String(BENCH_SEED), '--years', String(BENCH_YEARS), '--scale', 'full'], {
    stdio: 'ignore',
  });
  return (Date.now() - start) / 1000;
}

/** A copy of the data directory in a temporary folder (rows that write, or that start their own process). */
export function copyDataDir(dataDir: string, label: string): string {
  const copy = mkdtempSync(join(tmpdir(), `passerelle-bench-${label}-`));
  cpSync(dataDir, copy, { recursive: true });
  return copy;
}

export function openSqliteCore(dataDir: string): Promise<Core> {
  return createCore({ dataDir, logger: createMemoryLogger(), fieldKey: { wrapper: plainKeyWrapper } });
}

/**
 * The PostgreSQL side's field key: fixed, so that a database filled by one run can be measured again by the
 * next. The bench's records are fictional; a real server's key never comes from here.
 */
const BENCH_PG_KEY = createHash('sha256').update('passerelle-bench-fictional-records').digest();

export function openPostgresCore(databaseUrl: string): Promise<Core> {
  return createServerCore({ databaseUrl, fieldKey: BENCH_PG_KEY, logger: createMemoryLogger() });
}

/**
 * Fills the PostgreSQL database with the same full-scale demo when it is empty; a database already filled by
 * an earlier bench run is measured as it is; one holding anything else is refused (the bench never mixes its
 * fictional records into real ones). Returns the seconds spent generating, or null when reused.
 */
export async function ensurePostgresDataset(databaseUrl: string): Promise<number | null> {
  const core = await openPostgresCore(databaseUrl);
  try {
    const users = Number((await core.db('users').count({ n: '*' }).first())?.n ?? 0);
    if (users > 0) {
      const answers = Number((await core.db('questionnaire_answers').count({ n: '*' }).first())?.n ?? 0);
      if (answers < 1_000_000) {
        throw new Error('PASSERELLE_BENCH_PG names a database that already holds records that are not the benchmark\'s: give it an empty database.');
      }
      return null;
    }
    const start = Date.now();
    await generateDemo(core.db, { seed: BENCH_SEED, years: BENCH_YEARS, today: BENCH_TODAY, fieldCipher: core.fieldCipher, scale: 'full' });
    return (Date.now() - start) / 1000;
  } finally {
    await core.close();
  }
}
