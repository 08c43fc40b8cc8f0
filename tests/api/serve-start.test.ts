import { existsSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME } from '../../main/startup/data-dir-lock';
import { signInAs, TEST_PASSWORD } from '../helpers/core';
import { bundle, ended, runNode, spawnNode, startCore, tempDir, waitForLine } from '../helpers/startup';
import type { ApiResult } from '../../shared/api/result';
import { CHANNELS } from '../../shared/api/contract';

/*
 * Issue 19: `npm run serve` prints its address as soon as the port listens and opens the records behind it. The
 * address must be usable at once: a call that arrives before the records are open waits for them, never fails;
 * a second process on the same folder is still refused before it prints anything; Ctrl+C while the records
 * open gives the folder back. The real CLI, bundled as scripts/build.mjs bundles it, in a child process.
 */

const CLI = 'main/serve/cli.ts';
const folders: string[] = [];
const children: ReturnType<typeof spawnNode>[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await ended(child);
  }
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A data directory with one administrator (made by a core as the app makes it, then closed). */
async function dataDirectory(): Promise<{ dataDir: string; username: string }> {
  const dataDir = tempDir('serve-start');
  folders.push(dataDir);
  const core = await startCore(dataDir);
  const { username } = await signInAs(core, ['admin']);
  await core.close();
  return { dataDir, username };
}

/** The channel's wire name, from the contract (tests never spell it). */
const channel = (domain: string, action: string) => CHANNELS.find((entry) => entry.domain === domain && entry.action === action)!.name;

function post(address: { port: number; token: string }, channel: string, input: unknown): Promise<ApiResult<unknown>> {
  const body = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const call = request(
      {
        host: '127.0.0.1',
        port: address.port,
        method: 'POST',
        path: `/api/${channel}`,
        headers: { Authorization: `Bearer ${address.token}`, 'X-Passerelle-Client': 'serve-start-test-tab', 'Content-Type': 'application/json' },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve(JSON.parse(text) as ApiResult<unknown>));
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}

async function serve(dataDir: string): Promise<{ child: ReturnType<typeof spawnNode>; port: number; token: string }> {
  const child = spawnNode(bundle(CLI), ['--data-dir', dataDir, '--port', '0']);
  children.push(child);
  child.stdin.end();
  const line = await waitForLine(child, ['  Ouvrez']);
  const match = /http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]+)/.exec(line);
  if (!match) throw new Error(`no address in ${line}`);
  return { child, port: Number(match[1]), token: match[2]! };
}

describe('browser mode’s start', () => {
  it('answers the calls sent the moment the address is printed: they wait for the records', async () => {
    const { dataDir, username } = await dataDirectory();
    const running = await serve(dataDir);
    // Sent together, at once: the status (what the sign-in page asks first) and a sign-in (which also waits for
    // the quick check running beside the app).
    const [status, login] = await Promise.all([post(running, channel('auth', 'status'), {}), post(running, channel('auth', 'login'), { username, password: TEST_PASSWORD })]);
    expect(status).toMatchObject({ ok: true, data: { user: null } });
    expect(login).toMatchObject({ ok: true, data: { username } });
    expect(await post(running, channel('auth', 'status'), {})).toMatchObject({ ok: true, data: { user: { username } } });
    running.child.kill('SIGTERM');
    expect(await ended(running.child)).toMatchObject({ code: 0 });
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
  });

  it('refuses a second process on the same folder before it prints an address', async () => {
    const { dataDir } = await dataDirectory();
    const first = await serve(dataDir);
    const second = await runNode(bundle(CLI), ['--data-dir', dataDir, '--port', '0']);
    expect(second.code).toBe(1);
    expect(second.stdout).not.toContain('Ouvrez');
    expect(second.stderr).toContain(dataDir);
    // The first is untouched.
    expect(await post(first, channel('auth', 'status'), {})).toMatchObject({ ok: true });
  });

  it('stopped right after printing its address, closes the records it was opening and gives the folder back', async () => {
    const { dataDir } = await dataDirectory();
    const first = await serve(dataDir);
    first.child.kill('SIGTERM');
    expect(await ended(first.child)).toMatchObject({ code: 0 });
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
    const again = await serve(dataDir);
    expect(await post(again, channel('auth', 'status'), {})).toMatchObject({ ok: true });
  });
});
