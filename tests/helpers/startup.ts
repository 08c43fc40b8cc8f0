import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { createCore, type Core } from '../../main/core';
import { plainKeyWrapper } from '../../main/crypto/key-store';
import { createMemoryLogger } from '../../main/log';
import type { Clock } from '../../main/clock';
import type { PasserelleApi } from '../../shared/api/contract';
import { ok, signedIn } from './api';
import { TEST_SCRYPT_COST } from './core';
import { createFakeClock } from './clock';
import { personInput } from './housing';

/*
 * Start-up tests (issue 13, "a safe start"): real data directories in the temporary folder, cores started as the
 * shells start them (key file with the plain wrapper, database file at its default place), and real child
 * processes bundled with esbuild (no TypeScript runner is installed).
 */

export const ROOT = resolve(import.meta.dirname, '../..');

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `passerelle-${label}-`));
}

/** A core on `dataDir` as browser mode starts it (plain key file made or read in `keys/`), with a test logger. */
export function startCore(dataDir: string, options: { clock?: Clock } = {}): Promise<Core> {
  return createCore({
    dataDir,
    clock: options.clock ?? createFakeClock(),
    logger: createMemoryLogger(),
    passwordCost: TEST_SCRYPT_COST,
    fieldKey: { wrapper: plainKeyWrapper },
  });
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The people created by `seedHousing`, as "first last", sorted. */
export const SEEDED_PEOPLE = ['Amina Diallo', 'Fatou Diallo', 'Nadia Haddad', 'Samir Haddad', 'Youssef Haddad'].sort();

/** Two households with five named people, through the typed API as a housing user. */
export async function seedHousing(core: Core): Promise<void> {
  const { api } = await signedIn(core, ['housing']);
  ok(
    await api.housing.createHousehold({
      size: 3,
      notes: 'Arrivée en novembre',
      people: [personInput({ firstName: 'Amina', lastName: 'Diallo' }), personInput({ firstName: 'Fatou', lastName: 'Diallo' })],
    }),
  );
  ok(
    await api.housing.createHousehold({
      size: 4,
      notes: 'Famille Haddad',
      people: [
        personInput({ firstName: 'Samir', lastName: 'Haddad' }),
        personInput({ firstName: 'Nadia', lastName: 'Haddad' }),
        personInput({ firstName: 'Youssef', lastName: 'Haddad' }),
      ],
    }),
  );
}

/** Every household's people, decrypted through the API by a newly signed-in housing user, as "first last", sorted. */
export async function readPeople(core: Core): Promise<string[]> {
  const { api } = await signedIn(core, ['housing']);
  return readPeopleWith(api);
}

export async function readPeopleWith(api: PasserelleApi): Promise<string[]> {
  const names: string[] = [];
  for (const summary of ok(await api.housing.households({}))) {
    const household = ok(await api.housing.household({ id: summary.id }));
    for (const person of household.people) names.push(`${person.firstName} ${person.lastName}`);
  }
  return names.sort();
}

const bundles = new Map<string, string>();

/**
 * An entry bundled into a temporary CommonJS file. The packages the app keeps in node_modules stay external
 * (as scripts/build.mjs does); `runNode` points NODE_PATH at the repository's node_modules for them.
 */
export function bundle(entry: string): string {
  const known = bundles.get(entry);
  if (known) return known;
  const outfile = join(tempDir('bundle'), 'entry.cjs');
  buildSync({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron', 'knex', 'sqlite3', 'jspdf', 'jspdf-autotable'],
    outfile,
    logLevel: 'silent',
  });
  bundles.set(entry, outfile);
  return outfile;
}

export interface NodeRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Spawns `node script args` with stdin a pipe (not a TTY), closed at once unless `input` is given. */
export function spawnNode(script: string, args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [script, ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

export function runNode(script: string, args: string[], options: { input?: string } = {}): Promise<NodeRun> {
  const child = spawnNode(script, args);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(options.input ?? '');
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise({ code, signal, stdout, stderr }));
  });
}

/** Resolves with the first stdout line of `child` that starts with one of `prefixes`. */
export function waitForLine(child: ChildProcessWithoutNullStreams, prefixes: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let buffer = '';
    let stderr = '';
    const onData = (chunk: Buffer): void => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (prefixes.some((prefix) => line.startsWith(prefix))) {
          child.stdout.off('data', onData);
          resolvePromise(line);
          return;
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => reject(new Error(`child ended (${code}) before printing ${prefixes.join('|')}: ${buffer} ${stderr}`)));
  });
}

/** Resolves once `child` has ended. */
export function ended(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolvePromise) => child.on('close', (code, signal) => resolvePromise({ code, signal })));
}
