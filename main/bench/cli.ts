import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../core';
import { createMemoryLogger } from '../log';
import { hashPassword } from '../auth/password';
import { createUser } from '../services/users';
import { CHANNELS } from '../../shared/api/contract';

/**
 * `npm run bench`: measures what users feel, on a temporary database, and prints medians and 95th
 * percentiles. Targets are read here, never asserted in tests. Later features add their own measurements.
 */
async function measure(label: string, runs: number, action: () => Promise<unknown>): Promise<void> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await action();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): string => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  console.log(`${label.padEnd(44)} median ${at(0.5).padStart(8)} ms   p95 ${at(0.95).padStart(8)} ms   (${runs} runs)`);
}

function channel(domain: string, action: string): string {
  const entry = CHANNELS.find((candidate) => candidate.domain === domain && candidate.action === action);
  if (!entry) throw new Error(`no channel ${domain}/${action}`);
  return entry.name;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
  const core = await createCore({ dataDir, logger: createMemoryLogger() });
  try {
    const passwordHash = await hashPassword('mot-de-passe-bench');
    await core.db.transaction(async (trx) => {
      for (let index = 0; index < 2000; index += 1) {
        await createUser(trx, { username: `user${index}`, displayName: `Personne ${index}`, passwordHash, roles: ['teacher'], mustChangePassword: false }, new Date());
      }
      await createUser(trx, { username: 'admin', displayName: 'Admin', passwordHash, roles: ['admin'], mustChangePassword: false }, new Date());
    });
    const caller = { sessionKey: 'bench' };
    const login = channel('auth', 'login');
    const status = channel('auth', 'status');
    const users = channel('users', 'list');
    await measure(`${login} (scrypt N=2^15)`, 10, () => core.dispatch(caller, login, { username: 'admin', password: 'mot-de-passe-bench' }));
    await measure(status, 500, () => core.dispatch(caller, status, {}));
    await measure(`${users} (2001 users)`, 50, () => core.dispatch(caller, users, {}));
    await measure(`${users} search (2001 users)`, 200, () => core.dispatch(caller, users, { search: 'Personne 19' }));
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
