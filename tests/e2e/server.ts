import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ChannelName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';

/** A running browser-mode server on a fresh data directory, started from the built app like a user would. */
export interface RunningServer {
  /** The printed address, token included. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /**
   * Calls a channel over HTTP as a separate "tab" (its own client id and session): the transport under the
   * fixtures' typed `seedApi`, which the specs call instead.
   */
  call(channel: ChannelName, input: unknown, clientId?: string): Promise<ApiResult<unknown>>;
  stop(): Promise<void>;
}

const URL_PATTERN = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)/;

/**
 * `clockStart`: the server's clock starts there (PASSERELLE_CLOCK_START), to match a page clock. `dataDir`: a
 * data directory the spec prepared (a lost database beside its backups…); the spec owns it, so `stop()` leaves
 * it for the next server or for the spec to remove. Without it, a fresh directory removed by `stop()`.
 */
export async function startServer(options: { clockStart?: Date; dataDir?: string } = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'passerelle-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['dist/main/serve.cjs', '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: options.clockStart ? { ...process.env, PASSERELLE_CLOCK_START: options.clockStart.toISOString() } : process.env,
  });
  let output = '';
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not print its URL:\n${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const found = output.match(URL_PATTERN);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  const [url, origin, token] = [match[0], match[1]!, match[2]!];
  const defaultClient = randomBytes(16).toString('hex');
  return {
    url,
    origin,
    token,
    dataDir,
    async call(channel, input, clientId = defaultClient) {
      const response = await fetch(`${origin}/api/${channel}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'x-passerelle-client': clientId, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as ApiResult<unknown>;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
