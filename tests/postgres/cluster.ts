import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The PostgreSQL server the PostgreSQL tests use: the one `PASSERELLE_TEST_PG` names (a connection URL), or
 * else a throwaway cluster made with Debian's PostgreSQL in a temporary folder, on a free local port, stopped
 * and removed after the run. Run as root (CI), the cluster belongs to `nobody`: PostgreSQL refuses to run as
 * root. Without either, the run stops and says how to get one: a PostgreSQL suite is never skipped silently.
 */

export const HOW_TO_GET_POSTGRES =
  'The PostgreSQL tests need a PostgreSQL server. Install it (Debian: `sudo apt-get install postgresql`, 15 or later: ' +
  'the tests start a throwaway cluster by themselves), or point PASSERELLE_TEST_PG at one: ' +
  'PASSERELLE_TEST_PG=postgres://user:password@host:5432/database (its tables are dropped).';

export interface TestCluster {
  url: string;
  stop(): void;
}

export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && Number(name) >= 15 && existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs a PostgreSQL program, as `nobody` when this process is root. */
function runAsOwner(program: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? 'runuser' : program;
  const fullArgs = asRoot ? ['-u', 'nobody', '--', program, ...args] : args;
  const result = spawnSync(command, fullArgs, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout}`);
}

/**
 * A throwaway cluster the test can stop and start again (same port, same data): for the tests of a database
 * lost and back (tests/postgres/lost-connection.test.ts). Always its own cluster, never PASSERELLE_TEST_PG's.
 */
export interface RestartableTestCluster extends TestCluster {
  /** Stops the server: `fast` ends every connection with 57P01 first, `immediate` drops them unannounced. */
  pause(mode?: 'fast' | 'immediate'): void;
  /** Starts it again on the same port and data, and returns once it accepts connections. */
  resume(): void;
}

export async function startTestCluster(): Promise<TestCluster>;
export async function startTestCluster(options: { restartable: true }): Promise<RestartableTestCluster>;
export async function startTestCluster(options: { restartable?: boolean } = {}): Promise<TestCluster | RestartableTestCluster> {
  if (process.env.PASSERELLE_TEST_PG && !options.restartable) return { url: process.env.PASSERELLE_TEST_PG, stop: () => undefined };
  const bin = postgresBin();
  if (!bin) throw new Error(HOW_TO_GET_POSTGRES);
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-pg-'));
  chmodSync(dir, 0o777); // the cluster's owner (nobody, when run as root) writes here
  const data = join(dir, 'data');
  const port = await freePort();
  const pgCtl = join(bin, 'pg_ctl');
  // A throwaway cluster needs no durability against a power cut (nothing synced, the least WAL: database copies
  // by file, quicker), but commits stay synchronous: the lost-connection test stops it 'immediate' and must find
  // every committed row after the restart.
  const start = (): void =>
    runAsOwner(pgCtl, [
      '-D', data, '-l', join(dir, 'server.log'), '-w', 'start',
      '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c wal_level=minimal -c max_wal_senders=0`,
    ]);
  runAsOwner(join(bin, 'initdb'), ['-D', data, '-U', 'passerelle', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  start();
  let running = true;
  return {
    url: `postgres://passerelle@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        if (running) runAsOwner(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        running = false;
        rmSync(dir, { recursive: true, force: true });
      }
    },
    pause(mode = 'fast') {
      runAsOwner(pgCtl, ['-D', data, '-m', mode, '-w', 'stop']);
      running = false;
    },
    resume() {
      start();
      running = true;
    },
  };
}
