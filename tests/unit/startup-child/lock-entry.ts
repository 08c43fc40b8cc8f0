/*
 * A second process for tests/unit/data-dir-lock.test.ts, bundled with esbuild by tests/helpers/startup.ts.
 *
 *   hold <dataDir>  takes the lock, prints `locked <holder JSON>`, then waits; a line "release" on stdin releases
 *                   it (prints `released`) and exits. Killed with SIGKILL, it leaves its lock file behind.
 *   try <dataDir>   tries once: prints `locked <holder JSON>` (and releases at once) or `refused <holder JSON>`.
 */
import { readFileSync } from 'node:fs';
import { DataDirLockedError, lockDataDir } from '../../../main/startup/data-dir-lock';

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const [command = '', dataDir = ''] = process.argv.slice(2);

function attempt(): ReturnType<typeof lockDataDir> | null {
  try {
    const lock = lockDataDir(dataDir, 'browser');
    say(`locked ${readFileSync(lock.file, 'utf8')}`);
    return lock;
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      say(`refused ${JSON.stringify(error.holder)}`);
      return null;
    }
    throw error;
  }
}

if (command === 'hold') {
  const lock = attempt();
  if (!lock) process.exit(3);
  // Stays alive until told to release (or killed).
  const keepAlive = setInterval(() => undefined, 60_000);
  let buffered = '';
  process.stdin.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    if (buffered.includes('release\n')) {
      lock.release();
      say('released');
      clearInterval(keepAlive);
      process.exit(0);
    }
  });
} else if (command === 'try') {
  const lock = attempt();
  lock?.release();
  process.exit(lock ? 0 : 3);
} else {
  say(`unknown command ${command}`);
  process.exit(2);
}
