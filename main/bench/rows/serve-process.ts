import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import sqlite3 from 'sqlite3';
import type { ApiResult } from '../../../shared/api/result';
import { DATABASE_FILE_NAME } from '../../data-dir';

/**
 * What the startup and memory rows share (issue 19): a copy of the full-scale data directory (a serve process
 * locks its folder and writes to it), `dist/main/serve.cjs` started on it as a user starts browser mode, and
 * calls through its HTTP API as the page makes them (token, client id, POST JSON).
 */

/** A copy of the records and their key (not the backups nor the logs: a start does not read them). */
export function copyDataDir(dataDir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'passerelle-bench-serve-'));
  for (const name of [DATABASE_FILE_NAME, `${DATABASE_FILE_NAME}-wal`]) {
    if (existsSync(join(dataDir, name))) cpSync(join(dataDir, name), join(copy, name));
  }
  cpSync(join(dataDir, 'keys'), join(copy, 'keys'), { recursive: true });
  mkdirSync(join(copy, 'backups'), { recursive: true, mode: 0o700 });
  return copy;
}

export function removeCopy(copy: string): void {
  rmSync(copy, { recursive: true, force: true });
}

/** "77 MB, 1,488,393 answers" — what the start had to open. */
export async function describeRecords(dataDir: string): Promise<string> {
  const file = join(dataDir, DATABASE_FILE_NAME);
  const megabytes = statSync(file).size / 1_048_576;
  const answers = await new Promise<number>((resolve) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (openError) => {
      if (openError) return resolve(0);
      db.get('SELECT count(*) AS n FROM questionnaire_answers', (error: Error | null, row?: { n: number }) => {
        db.close(() => resolve(error ? 0 : (row?.n ?? 0)));
      });
    });
  });
  return `${megabytes.toFixed(0)} MB, ${answers.toLocaleString('en-GB')} answers`;
}

export interface ServeProcess {
  child: ChildProcess;
  port: number;
  token: string;
  /** From spawning `node serve.cjs` to the line `Ouvrez  : http://…` on its output. */
  msToUrl: number;
  /** When the process was spawned (performance.now()), to time what follows from the same origin. */
  spawnedAt: number;
  stop(): Promise<void>;
}

/** Starts `node dist/main/serve.cjs --data-dir <dataDir> --port 0` and resolves when it prints its address. */
export function startServe(root: string, dataDir: string): Promise<ServeProcess> {
  const serve = join(root, 'dist/main/serve.cjs');
  if (!existsSync(serve)) return Promise.reject(new Error(`${serve} is missing: run \`node scripts/build.mjs\` first`));
  return new Promise((resolve, reject) => {
    const spawnedAt = performance.now();
    const child = spawn(process.execPath, [serve, '--data-dir', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let settled = false;
    const ended = new Promise<void>((done) => child.once('exit', () => done()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Ouvrez\s*:\s*http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]+)/.exec(output);
      if (!match || settled) return;
      settled = true;
      resolve({
        child,
        port: Number(match[1]),
        token: match[2]!,
        msToUrl: performance.now() - spawnedAt,
        spawnedAt,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await ended;
        },
      });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`serve.cjs ended (${code}) before printing its address: ${output.slice(0, 500)}`));
    });
  });
}

/** A browser tab's identity toward the bridge (its session key). */
export function newClientId(): string {
  return randomBytes(16).toString('base64url');
}

/** `POST /api/<channel>` as the page sends it. */
export function callApi(serve: ServeProcess, clientId: string, channel: string, input: unknown): Promise<ApiResult<unknown>> {
  const body = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const call = request(
      {
        host: '127.0.0.1',
        port: serve.port,
        method: 'POST',
        path: `/api/${channel}`,
        headers: {
          Authorization: `Bearer ${serve.token}`,
          'X-Passerelle-Client': clientId,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as ApiResult<unknown>);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}

/** A field of /proc/<pid>/status in MB (VmRSS, VmHWM), or null where there is no /proc (not Linux). */
export function procStatusMegabytes(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}
