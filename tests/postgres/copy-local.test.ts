import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, cpSync, existsSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { Knex } from 'knex';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createCore, DATABASE_FILE_NAME } from '../../main/core';
import { openDatabase, openPostgres } from '../../main/db/connection';
import { quickCheck } from '../../main/db/health';
import { migrateToLatest } from '../../main/db/migrate';
import { plainKeyWrapper, readFieldKey } from '../../main/crypto/key-store';
import { createRecoveryKit } from '../../main/crypto/recovery-kit';
import { generateDemo } from '../../main/demo/generate';
import { DEMO_PASSWORD } from '../../main/demo/accounts';
import { createMemoryLogger } from '../../main/log';
import { createServerCore } from '../../main/server/core';
import { CopyInProgressError } from '../../main/server/open-records';
import { readServerFieldKey } from '../../main/server/field-key';
import { copyLocalToServer, CopyRefusedError, type CopyOptions } from '../../main/server/copy-local';
import { summarise } from '../../main/server/copy-local/rows';
import { localTables, PROGRESS_TABLE, type CopiedTable } from '../../main/server/copy-local/tables';
import { lockDataDir } from '../../main/startup/data-dir-lock';
import { readInstallation } from '../../main/startup/identity';
import type { Core } from '../../main/core';
import { apiFor, ok } from '../helpers/api';
import { schoolInput } from '../helpers/directory';
import { newCaller, TEST_SCRYPT_COST } from '../helpers/core';
import { createFakeClock } from '../helpers/clock';
import { readPeopleWith, ROOT, tempDir } from '../helpers/startup';
import { createTestDatabase, type TestDatabase } from './databases';

/**
 * Issue 15, point 7, "from one PC to the team": a PC's data directory (demo data, housing names encrypted with
 * its key) copied into a new PostgreSQL database, verified table by table, then served by a team server's core
 * with the same key. Refusals change nothing; an interrupted copy (kill -9) finishes when run again.
 */
const serverUrl = inject('postgresUrl');
const PASSPHRASE = 'pont des arches sur la meuse';
let dataDir: string;
let localKey: Buffer;
let tables: CopiedTable[];
const databases: TestDatabase[] = [];

async function newDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase(serverUrl, { fromTemplate: false });
  databases.push(database);
  return database;
}

function copy(database: TestDatabase, options: Partial<CopyOptions> = {}): ReturnType<typeof copyLocalToServer> {
  return copyLocalToServer({ dataDir, databaseUrl: database.url, keySource: { kind: 'dataDir' }, logger: createMemoryLogger(), batchSize: 100, ...options });
}

async function withPostgres<T>(database: TestDatabase, work: (db: Knex) => Promise<T>): Promise<T> {
  const db = await openPostgres(database.url, { poolMax: 1 });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

async function withLocal<T>(work: (db: Knex) => Promise<T>): Promise<T> {
  const db = openDatabase(join(dataDir, DATABASE_FILE_NAME));
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** Every public table and its row count: what a refusal must leave as it was. */
async function snapshot(database: TestDatabase): Promise<Record<string, number>> {
  return withPostgres(database, async (db) => {
    const names = ((await db.raw(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`)) as { rows: { table_name: string }[] }).rows;
    const counts: Record<string, number> = {};
    for (const { table_name: name } of names) counts[name] = Number((await db(name).count({ n: '*' }).first())?.n);
    return counts;
  });
}

/** Row counts and checksums of every copied table, computed here on both sides. */
async function bothSides(database: TestDatabase): Promise<{ local: Record<string, string>; copied: Record<string, string> }> {
  const describe = async (db: Knex) => {
    const out: Record<string, string> = {};
    for (const table of tables) {
      const summary = await summarise(db, table, 1000);
      out[table.name] = `${summary.rows} ${summary.checksum}`;
    }
    return out;
  };
  return { local: await withLocal(describe), copied: await withPostgres(database, describe) };
}

async function signInDemo(core: Core, username: string): Promise<ReturnType<typeof apiFor>> {
  const api = apiFor(core, newCaller());
  ok(await api.auth.login({ username, password: DEMO_PASSWORD }));
  return api;
}

async function schoolNames(core: Core): Promise<string[]> {
  const api = await signInDemo(core, 'coordination');
  return ok(await api.schools.list({ limit: 500, sortBy: 'name' })).rows.map((school) => `${school.id} ${school.name}`);
}

async function expectRefused(promise: Promise<unknown>, code: string): Promise<CopyRefusedError> {
  const error = await promise.then(
    () => expect.fail('the copy should have been refused'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CopyRefusedError);
  expect((error as CopyRefusedError).code).toBe(code);
  return error as CopyRefusedError;
}

beforeAll(async () => {
  dataDir = tempDir('copy-local');
  // As `npm run demo` makes it, smaller: browser mode's plain key file, people's names encrypted with it.
  const core = await createCore({
    dataDir,
    clock: createFakeClock(),
    logger: createMemoryLogger(),
    passwordCost: TEST_SCRYPT_COST,
    fieldKey: { wrapper: plainKeyWrapper },
    program: 'demo',
  });
  try {
    await generateDemo(core.db, { seed: 15, years: 1, today: new Date('2026-11-28T09:00:00Z'), fieldCipher: core.fieldCipher, passwordCost: TEST_SCRYPT_COST });
  } finally {
    await core.close();
  }
  localKey = (await readFieldKey(dataDir, plainKeyWrapper))!;
  tables = await withLocal(localTables);
}, 120_000);

afterEach(async () => {
  while (databases.length > 0) await databases.pop()!.drop();
});

describe('copying a PC to the team server', () => {
  it('copies every table with its ids, verifies each, and the server reads the same people and schools with the same key', async () => {
    const database = await newDatabase();
    const keyFile = join(tempDir('copy-key'), 'field-key');
    const progress: string[] = [];
    const logger = createMemoryLogger();
    const report = await copy(database, { writeKeyFile: keyFile, logger, onProgress: (step) => progress.push(`${step.table}:${step.state}`) });

    // All tables, the audit logs and identity included; no bookkeeping of either engine.
    const names = tables.map((table) => table.name);
    for (const name of ['audit_events', 'housing_audit_log', 'installation', 'settings', 'users', 'schools', 'housing_people']) expect(names).toContain(name);
    for (const name of ['knex_migrations', 'knex_migrations_lock', 'server_sessions', 'login_throttle']) expect(names).not.toContain(name);
    expect(report.tables.map((table) => table.table)).toEqual(names);
    expect(progress).toEqual(names.map((name) => `${name}:copied`));
    // Foreign-key order: users before the audit rows that name them, schools before classes.
    expect(names.indexOf('users')).toBeLessThan(names.indexOf('audit_events'));
    expect(names.indexOf('schools')).toBeLessThan(names.indexOf('school_classes'));
    expect(names.at(-1)).toBe('installation');

    const { local, copied } = await bothSides(database);
    expect(copied).toEqual(local);
    for (const table of report.tables) expect(`${table.rows} ${table.checksum}`).toBe(local[table.table]);
    expect(Number(local.housing_people!.split(' ')[0])).toBeGreaterThan(0);
    expect(Number(local.audit_events!.split(' ')[0])).toBeGreaterThan(0);
    const after = await snapshot(database);
    expect(after).not.toHaveProperty(PROGRESS_TABLE);

    // The server's key file: the PC's key, mode 600, in the format the server reads.
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readServerFieldKey({ file: keyFile }).equals(localKey)).toBe(true);

    const localCore = await createCore({ dataDir, clock: createFakeClock(), logger: createMemoryLogger(), passwordCost: TEST_SCRYPT_COST, fieldKey: { wrapper: plainKeyWrapper } });
    let localPeople: string[];
    let localSchools: string[];
    try {
      localPeople = await readPeopleWith(await signInDemo(localCore, 'cpas'));
      localSchools = await schoolNames(localCore);
    } finally {
      await localCore.close();
    }
    const server = await createServerCore({ databaseUrl: database.url, fieldKey: readServerFieldKey({ file: keyFile }), logger: createMemoryLogger(), clock: createFakeClock(), passwordCost: TEST_SCRYPT_COST });
    try {
      expect(localPeople.length).toBeGreaterThan(0);
      // The copy's log names tables and counts, never a person (nor the key).
      const logged = JSON.stringify(logger.entries);
      expect(logger.entries.some((entry) => entry.event === 'copy.verified')).toBe(true);
      for (const name of localPeople.flatMap((person) => person.split(' ')).filter((word) => word.length >= 3)) expect(logged).not.toContain(name);
      expect(logged).not.toContain(localKey.toString('base64'));
      expect(await readPeopleWith(await signInDemo(server, 'cpas'))).toEqual(localPeople);
      expect(await schoolNames(server)).toEqual(localSchools);
      // The id sequences were moved past the copied ids: a new school gets a new id.
      const coordinator = await signInDemo(server, 'coordination');
      const created = ok(await coordinator.schools.create(schoolInput({ name: 'École de la copie' })));
      expect(created.id).toBeGreaterThan(Math.max(...localSchools.map((line) => Number(line.split(' ')[0]))));
    } finally {
      await server.close();
    }
  }, 90_000);

  it('takes the key from the recovery kit and passphrase (the desktop’s wrapped key), and refuses a wrong passphrase or another key, changing nothing', async () => {
    const installation = (await withLocal(readInstallation))!;
    const kitDir = tempDir('copy-kit');
    const kit = join(kitDir, 'kit.txt');
    writeFileSync(kit, (await createRecoveryKit({ key: localKey, installationId: installation.installationId, passphrase: PASSPHRASE, createdAt: new Date() })).file);
    const otherKit = join(kitDir, 'other.txt');
    writeFileSync(otherKit, (await createRecoveryKit({ key: randomBytes(32), installationId: installation.installationId, passphrase: PASSPHRASE, createdAt: new Date() })).file);

    const database = await newDatabase();
    const empty = await snapshot(database);
    expect(empty).toEqual({});
    const wrong = await expectRefused(copy(database, { keySource: { kind: 'recoveryKit', kitFile: kit, passphrase: 'pas la bonne phrase du tout' } }), 'kitWrongPassphrase');
    expect(wrong.message).not.toContain('pas la bonne phrase');
    await expectRefused(copy(database, { keySource: { kind: 'recoveryKit', kitFile: otherKit, passphrase: PASSPHRASE } }), 'keyMismatch');
    expect(await snapshot(database)).toEqual(empty);

    await copy(database, { keySource: { kind: 'recoveryKit', kitFile: kit, passphrase: PASSPHRASE } });
    const { local, copied } = await bothSides(database);
    expect(copied).toEqual(local);
  }, 90_000);

  it('refuses a database that already holds other records, naming the table, and changes nothing', async () => {
    const database = await newDatabase();
    await withPostgres(database, async (db) => {
      await migrateToLatest(db);
      const at = '2026-12-01T10:00:00.000Z';
      await db('users').insert({ username: 'deja.la', display_name: 'Déjà là', password_hash: 'x', created_at: at, updated_at: at });
    });
    const before = await snapshot(database);
    const refusal = await expectRefused(copy(database), 'targetHoldsRecords');
    expect(refusal.table).toBe('users');
    expect(refusal.fr).toContain('« users »');
    expect(await snapshot(database)).toEqual(before);
  });

  it('refuses a second copy once the first is finished, and a key file that holds another key', async () => {
    const database = await newDatabase();
    await copy(database);
    const before = await snapshot(database);
    await expectRefused(copy(database), 'targetHoldsRecords');
    expect(await snapshot(database)).toEqual(before);

    const other = await newDatabase();
    const keyFile = join(tempDir('copy-key'), 'field-key');
    writeFileSync(keyFile, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    const kept = readFileSync(keyFile, 'utf8');
    await expectRefused(copy(other, { writeKeyFile: keyFile }), 'keyFileExists');
    expect(readFileSync(keyFile, 'utf8')).toBe(kept);
    expect(await snapshot(other)).toEqual({});
  });

  it('refuses a damaged local file and one whose migrations are behind this version, changing nothing', async () => {
    const database = await newDatabase();
    const damagedDir = tempDir('copy-damaged');
    cpSync(dataDir, damagedDir, { recursive: true });
    const file = join(damagedDir, DATABASE_FILE_NAME);
    expect(existsSync(`${file}-wal`)).toBe(false);
    const header = readFileSync(file).subarray(0, 100);
    const pageSize = header.readUInt16BE(16) === 1 ? 65_536 : header.readUInt16BE(16);
    const pages = statSync(file).size / pageSize;
    expect(pages).toBeGreaterThan(20);
    const fd = openSync(file, 'r+');
    try {
      for (const at of [0.3, 0.5, 0.7]) writeSync(fd, randomBytes(pageSize), 0, pageSize, Math.floor(pages * at) * pageSize);
    } finally {
      closeSync(fd);
    }
    const probe = openDatabase(file);
    expect(await quickCheck(probe)).toBe(false);
    await probe.destroy();
    await expectRefused(copy(database, { dataDir: damagedDir }), 'databaseDamaged');

    const olderDir = tempDir('copy-older');
    cpSync(dataDir, olderDir, { recursive: true });
    const older = openDatabase(join(olderDir, DATABASE_FILE_NAME));
    try {
      const lastId = (await older('knex_migrations').max({ id: 'id' }).first())!.id as number;
      await older('knex_migrations').where({ id: lastId }).del();
    } finally {
      await older.destroy();
    }
    const refusal = await expectRefused(copy(database, { dataDir: olderDir }), 'migrationsDiffer');
    expect(refusal.fr).toContain('Démarrez une fois Passerelle');
    expect(await snapshot(database)).toEqual({});
  });

  it('resumes in the same process after a failure, and refuses to mark the copy done when a copied table changed on the PC in between', async () => {
    const changedDir = tempDir('copy-changed');
    cpSync(dataDir, changedDir, { recursive: true });
    const database = await newDatabase();
    let batches = 0;
    const interrupted = new Error('interrupted for the test');
    await expect(
      copy(database, {
        dataDir: changedDir,
        afterBatch: async () => {
          batches += 1;
          if (batches === 5) throw interrupted;
        },
      }),
    ).rejects.toBe(interrupted);
    const done = await withPostgres(database, async (db) => (await db(PROGRESS_TABLE).whereNot('table_name', '*').pluck('table_name')) as string[]);
    expect(done).toContain('schools');

    // The app ran on the PC between the two runs and renamed a school already copied.
    const local = openDatabase(join(changedDir, DATABASE_FILE_NAME));
    try {
      const first = (await local('schools').orderBy('id').first('id'))!.id as number;
      await local('schools').where({ id: first }).update({ name: 'École renommée entre-temps' });
    } finally {
      await local.destroy();
    }
    const refusal = await expectRefused(copy(database, { dataDir: changedDir }), 'verifyFailed');
    expect(refusal.table).toBe('schools');
    expect(refusal.fr).toContain('« schools »');
    expect(refusal.fr).toContain('n’est PAS marquée comme terminée');
    expect(refusal.message).not.toContain('renommée');
    // Not marked done: the progress table is still there, so no server is told the copy is finished.
    expect(await snapshot(database)).toHaveProperty(PROGRESS_TABLE);
  }, 90_000);

  it('keeps a team server from starting on the database before the copy ended, then finishes', async () => {
    const database = await newDatabase();
    let batches = 0;
    const interrupted = new Error('interrupted for the test');
    await expect(
      copy(database, {
        afterBatch: async () => {
          if (++batches === 5) throw interrupted;
        },
      }),
    ).rejects.toBe(interrupted);
    // Too early: the server refuses half-copied records rather than serve them (or record an identity of its own).
    await expect(
      createServerCore({ databaseUrl: database.url, fieldKey: localKey, logger: createMemoryLogger(), passwordCost: TEST_SCRYPT_COST }),
    ).rejects.toBeInstanceOf(CopyInProgressError);
    expect(await snapshot(database)).toHaveProperty(PROGRESS_TABLE);
    await copy(database);
    const server = await createServerCore({ databaseUrl: database.url, fieldKey: localKey, logger: createMemoryLogger(), passwordCost: TEST_SCRYPT_COST });
    await server.close();
  }, 90_000);

  it('refuses while the app holds the data directory, changing nothing', async () => {
    const database = await newDatabase();
    const lock = lockDataDir(dataDir, 'desktop');
    try {
      const refusal = await expectRefused(copy(database), 'dataDirLocked');
      expect(refusal.fr).toContain(`le processus ${process.pid} (application de bureau)`);
      expect(refusal.fr).toContain('Fermez Passerelle');
    } finally {
      lock.release();
    }
    expect(await snapshot(database)).toEqual({});
  });
});

describe('an interrupted copy', () => {
  let cli: string;
  beforeAll(() => {
    // Bundled as scripts/build.mjs does (no TypeScript runner is installed); the app's packages stay external.
    // Outside the repository, `import('pg')` would not find node_modules (ESM ignores NODE_PATH): as require.
    cli = join(tempDir('copy-cli'), 'copy-to-server.cjs');
    buildSync({
      entryPoints: [join(ROOT, 'main/server/copy-cli.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron', 'knex', 'sqlite3', 'pg', 'jspdf', 'jspdf-autotable'],
      supported: { 'dynamic-import': false },
      outfile: cli,
      logLevel: 'silent',
    });
  });

  function run(databaseUrl: string, env: Record<string, string> = {}, args: string[] = []) {
    return spawn(process.execPath, [cli, '--data-dir', dataDir, '--database-url', databaseUrl, ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  async function finish(child: ReturnType<typeof run>): Promise<{ code: number | null; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { code, stdout, stderr };
  }

  it('reads the passphrase from the environment variable it is told, never from the command line, and says a wrong one plainly', async () => {
    const installation = (await withLocal(readInstallation))!;
    const kit = join(tempDir('copy-cli-kit'), 'kit.txt');
    writeFileSync(kit, (await createRecoveryKit({ key: localKey, installationId: installation.installationId, passphrase: PASSPHRASE, createdAt: new Date() })).file);
    const database = await newDatabase();
    const wrong = await finish(run(database.url, { KIT_PHRASE: 'une autre phrase de passe' }, ['--recovery-kit', kit, '--passphrase-env', 'KIT_PHRASE']));
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toContain('La phrase de passe ne correspond pas à ce kit');
    expect(wrong.stderr).toContain('The passphrase does not open this recovery kit');
    expect(wrong.stderr + wrong.stdout).not.toContain('une autre phrase');
    expect(await snapshot(database)).toEqual({});

    const right = await finish(run(database.url, { KIT_PHRASE: PASSPHRASE }, ['--recovery-kit', kit, '--passphrase-env', 'KIT_PHRASE']));
    expect(right.stderr).toBe('');
    expect(right.code).toBe(0);
    expect(right.stdout).toMatch(/^ {2}housing_people +\d+ {2}vérifié$/m);
    const { local, copied } = await bothSides(database);
    expect(copied).toEqual(local);
  }, 90_000);

  it('after kill -9 in the middle, running it again copies what is missing, never half a table, and verifies everything', async () => {
    const database = await newDatabase();
    // Slowed down (for tests only) so the kill lands while a table's batches are being written.
    const first = run(database.url, { PASSERELLE_COPY_TEST_BATCH_DELAY_MS: '150' });
    let output = '';
    let firstErrors = '';
    first.stderr.on('data', (chunk: Buffer) => (firstErrors += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      first.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if ((output.match(/^\[\d+\/\d+\]/gm) ?? []).length >= 3) {
          first.kill('SIGKILL');
          resolve();
        }
      });
      first.on('exit', (code) => reject(new Error(`the copy ended (${code}) before it could be interrupted:\n${output}\n${firstErrors}`)));
    });
    await new Promise((resolve) => first.once('close', resolve));
    expect(output).not.toContain('vérifié');

    // In between: some tables done and recorded, the rest empty (a table's copy is one transaction).
    const done = await withPostgres(database, async (db) => (await db(PROGRESS_TABLE).whereNot('table_name', '*').pluck('table_name')) as string[]);
    expect(done.length).toBeGreaterThanOrEqual(3);
    expect(done.length).toBeLessThan(tables.length);
    const counts = await snapshot(database);
    const { local } = await bothSides(database);
    for (const table of tables) {
      if (done.includes(table.name)) expect(counts[table.name]).toBe(Number(local[table.name]!.split(' ')[0]));
      else expect(counts[table.name]).toBe(0);
    }

    const second = run(database.url);
    let again = '';
    let errors = '';
    second.stdout.on('data', (chunk: Buffer) => (again += chunk.toString()));
    second.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const code = await new Promise((resolve) => second.on('close', resolve));
    expect(errors).toBe('');
    expect(code).toBe(0);
    for (const name of done) expect(again).toMatch(new RegExp(`\\] ${name} : \\d+ ligne\\(s\\) déjà copiée\\(s\\) \\(reprise\\)`));
    expect(again).toContain('Copie terminée et vérifiée');
    for (const table of tables) expect(again).toMatch(new RegExp(`^  ${table.name} +\\d+  vérifié$`, 'm'));
    const { local: finalLocal, copied } = await bothSides(database);
    expect(copied).toEqual(finalLocal);
    expect(await snapshot(database)).not.toHaveProperty(PROGRESS_TABLE);
  }, 90_000);
});

afterAll(async () => {
  while (databases.length > 0) await databases.pop()!.drop();
});
