import { performance } from 'node:perf_hooks';
import type { BenchContext, BenchRow } from '../harness';
import { callApi, copyDataDir, describeRecords, newClientId, removeCopy, startServe } from './serve-process';
import { channelName } from '../session';

/**
 * Issue 19's start rows, browser mode on the full-scale records (a copy: a serve process locks and writes its
 * folder): `node dist/main/serve.cjs --data-dir <copy> --port 0` spawned as a user starts it.
 * - startup.browserMode: spawn → the address printed (`Ouvrez  : http://…/#token=…`);
 * - startup.firstAnswer: spawn → the first status call answered through the HTTP API (what the sign-in page
 *   asks first), so that printing the address early cannot hide a slow opening of the records.
 * One unmeasured warm-up start (the file's pages in the OS cache, as on a PC used daily), then `context.runs`
 * starts (at least 7), each stopped (SIGTERM) and waited for before the next.
 */
export async function benchStartup(context: BenchContext): Promise<BenchRow[]> {
  if (context.backend !== 'sqlite') return [];
  const runs = Math.max(7, context.runs);
  const copy = copyDataDir(context.dataDir);
  try {
    const records = await describeRecords(copy);
    const toUrl: number[] = [];
    const toAnswer: number[] = [];
    for (let run = 0; run <= runs; run += 1) {
      context.progress(`startup: start ${run === 0 ? 'warm-up' : `${run}/${runs}`}`);
      const serve = await startServe(context.root, copy);
      try {
        const status = await callApi(serve, newClientId(), channelName('auth', 'status'), {});
        const answeredAt = performance.now() - serve.spawnedAt;
        if (!status.ok) throw new Error(`the status call answered ${JSON.stringify(status.error)}`);
        if (run > 0) {
          toUrl.push(serve.msToUrl);
          toAnswer.push(answeredAt);
        }
      } finally {
        await serve.stop();
      }
    }
    return [
      {
        id: 'startup.browserMode',
        what: 'browser mode, start → URL printed',
        backend: 'sqlite',
        unit: 'ms',
        samples: toUrl,
        target: { median: 300 },
        detail: `${records}; the address is printed once the port listens, the records open behind it`,
      },
      {
        id: 'startup.firstAnswer',
        what: 'browser mode, start → first call answered',
        backend: 'sqlite',
        unit: 'ms',
        samples: toAnswer,
        target: {},
        detail: `${records}; the file's quick check runs beside the app (writes wait for it)`,
      },
    ];
  } finally {
    removeCopy(copy);
  }
}
