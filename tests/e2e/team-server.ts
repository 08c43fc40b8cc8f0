import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request, type APIRequestContext } from '@playwright/test';
import { startTestCluster, type TestCluster } from '../postgres/cluster';
import { createTestDatabase, type TestDatabase } from '../postgres/databases';
import { makeTestCertificate, type TestCertificate } from '../helpers/test-certificate';
import { buildApi, type ChannelName, type PasserelleApi } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { seedApiOver, type SeedApi } from './fixtures';

/**
 * A team server as IT runs it (issue 15): the built `dist/main/server.cjs` on a throwaway PostgreSQL cluster,
 * with its own field key file (made by `--new-field-key`), a certificate made for the test, and its first
 * administrator made on the server (`--create-admin`).
 */
export interface RunningTeamServer {
  /** The public address printed by the (first) server process (https://localhost:PORT). */
  url: string;
  /** Every process's address, when several serve the same database. */
  urls: string[];
  certificate: TestCertificate;
  /** A signed-in API session over HTTPS with its own cookie jar, typed by the contract, on process `index`. */
  session(user: { username: string; password: string }, index?: number): Promise<SeedApi>;
  /** The same, answering each call's ApiResult as it is (refusals included), for the concurrency tests. */
  rawSession(user: { username: string; password: string }, index?: number): Promise<PasserelleApi>;
  stop(): Promise<void>;
}

export const ADMIN = { username: 'admin', password: 'phrase-de-passe-du-serveur' };

/** `POST /api/<channel>` with the context's cookie and Origin; the answer as the server gave it. */
function sendOver(context: APIRequestContext): (channel: ChannelName, input: unknown) => Promise<ApiResult<unknown>> {
  return async (channel, input) => (await (await context.post(`/api/${channel}`, { data: input ?? {} })).json()) as ApiResult<unknown>;
}

/** Starts one server process on the database; resolves with the address it prints. */
function startProcess(env: NodeJS.ProcessEnv, children: ChildProcess[]): Promise<string> {
  const child = spawn(process.execPath, ['dist/main/server.cjs'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the team server did not print its address:\n${output}`)), 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const found = /Adresse : (https:\/\/localhost:\d+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the team server exited with ${code}:\n${output}`)));
  });
}

/** `processes`: how many server processes serve the same database (each on its own port). */
export async function startTeamServer(options: { clockStart: Date; processes?: number }): Promise<RunningTeamServer> {
  const cluster: TestCluster = await startTestCluster();
  let database: TestDatabase | null = null;
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-team-'));
  const certificate = makeTestCertificate();
  const contexts: APIRequestContext[] = [];
  const children: ChildProcess[] = [];
  const stop = async (): Promise<void> => {
    for (const context of contexts) await context.dispose();
    for (const child of children) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await database?.drop().catch(() => undefined);
    cluster.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(certificate.dir, { recursive: true, force: true });
  };
  try {
    database = await createTestDatabase(cluster.url, { fromTemplate: false });
    const keyFile = join(dir, 'field-key');
    execFileSync(process.execPath, ['dist/main/server.cjs', '--new-field-key', keyFile], { stdio: 'ignore' });
    const env = {
      ...process.env,
      PASSERELLE_DATABASE_URL: database.url,
      PASSERELLE_FIELD_KEY_FILE: keyFile,
      PASSERELLE_TLS_CERT: certificate.certFile,
      PASSERELLE_TLS_KEY: certificate.keyFile,
      PASSERELLE_LISTEN: '127.0.0.1:0',
      PASSERELLE_CLOCK_START: options.clockStart.toISOString(),
    };
    execFileSync(process.execPath, ['dist/main/server.cjs', '--create-admin', ADMIN.username], {
      env: { ...env, PASSERELLE_ADMIN_PASSWORD: ADMIN.password },
      stdio: 'ignore',
    });
    // Started together, as systemd starts them: one migrates, the others wait for it.
    const urls = await Promise.all(Array.from({ length: options.processes ?? 1 }, () => startProcess(env, children)));
    const url = urls[0]!;
    // The page's own origin, as a browser sends it; the context keeps the session cookie.
    const signedInContext = async (user: { username: string; password: string }, index: number): Promise<APIRequestContext> => {
      const base = urls[index]!;
      const context = await request.newContext({ baseURL: base, ignoreHTTPSErrors: true, extraHTTPHeaders: { Origin: base } });
      contexts.push(context);
      await seedApiOver(sendOver(context)).auth.login({ username: user.username, password: user.password });
      return context;
    };
    return {
      url,
      urls,
      certificate,
      async session(user, index = 0) {
        return seedApiOver(sendOver(await signedInContext(user, index)));
      },
      async rawSession(user, index = 0) {
        return buildApi(sendOver(await signedInContext(user, index)));
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
