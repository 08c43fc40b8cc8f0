/*
 * A second process for tests/api/privacy-erasure-ledger.test.ts, bundled with esbuild by tests/helpers/startup.ts.
 *
 *   <dataDir> <personId> <userId> <at>   opens the records as browser mode does (plain key file), runs a
 *                                        person's erasure in one transaction as dispatch runs a writing call,
 *                                        prints `committed` once it has committed, then waits: the test kills it
 *                                        with SIGKILL before any after-commit work (the ledger's append) runs.
 */
import { createCore } from '../../../main/core';
import { belgianDate } from '../../../main/clock';
import { plainKeyWrapper } from '../../../main/crypto/key-store';
import { createMemoryLogger } from '../../../main/log';
import { erasePerson } from '../../../main/services/housing/people';

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function main(): Promise<void> {
  const [dataDir = '', personId = '', userId = '', at = ''] = process.argv.slice(2);
  const now = new Date(at);
  const core = await createCore({
    dataDir,
    clock: { now: () => new Date(now) },
    logger: createMemoryLogger(),
    // The tests' scrypt cost (tests/helpers/core.ts is not bundled: it imports vitest).
    passwordCost: { N: 1024, r: 8, p: 1 },
    fieldKey: { wrapper: plainKeyWrapper },
  });
  await core.db.transaction((trx) =>
    erasePerson({ db: trx, userId: Number(userId), now, today: belgianDate(now), cipher: core.fieldCipher }, Number(personId)),
  );
  say('committed');
  // Stays alive, records open, until killed.
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  say(`failed ${error instanceof Error ? error.name : typeof error}`);
  process.exit(1);
});
