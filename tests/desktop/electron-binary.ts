import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root: the smoke test starts the app from here, as `npm start` does (`electron .`). */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const ELECTRON_PACKAGE = join(REPO_ROOT, 'node_modules', 'electron');

/**
 * Where the Electron binary is, or why there is none — found without `require('electron')`, which on a
 * machine without the binary starts a download (these machines cannot reach GitHub) and then throws.
 * `PASSERELLE_ELECTRON` names a binary explicitly (an Electron 45 unpacked elsewhere); otherwise the one
 * `npm install` puts in node_modules/electron/dist, as electron's own index.js finds it.
 */
export function findElectron(env: NodeJS.ProcessEnv = process.env): { found: true; path: string; explicit: boolean } | { found: false; why: string } {
  const explicit = env.PASSERELLE_ELECTRON;
  if (explicit) {
    return isExecutable(explicit)
      ? { found: true, path: explicit, explicit: true }
      : { found: false, why: `PASSERELLE_ELECTRON=${explicit} is not an executable file.` };
  }
  const pathFile = join(ELECTRON_PACKAGE, 'path.txt');
  if (!existsSync(pathFile)) {
    return { found: false, why: `${pathFile} does not exist: Electron's binary was never downloaded on this machine.` };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH ?? join(ELECTRON_PACKAGE, 'dist');
  const binary = join(dist, relative);
  return isExecutable(binary) ? { found: true, path: binary, explicit: false } : { found: false, why: `${binary} is missing or not executable.` };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** What `npm run test:desktop` prints when it cannot run: what is missing and the one command that fixes it. */
export function electronMissingMessage(why: string): string {
  return [
    '',
    'The desktop smoke test (npm run test:desktop) needs the Electron binary, and it is not here:',
    `  ${why}`,
    'Electron downloads its binary from GitHub the first time it is used; this machine cannot reach it.',
    'On a machine with internet access:',
    '  node node_modules/electron/install.js     (or `npm start` once), then  npm run test:desktop',
    'or point PASSERELLE_ELECTRON at an Electron 45 binary:',
    '  PASSERELLE_ELECTRON=/path/to/electron npm run test:desktop',
    'On Linux without a display, run it under Xvfb:  xvfb-run npm run test:desktop',
    'The desktop shell itself is covered here by the mocked tests: npx vitest run tests/electron',
    '',
  ].join('\n');
}
