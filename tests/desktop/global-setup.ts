import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { electronMissingMessage, findElectron, REPO_ROOT } from './electron-binary';

/**
 * Refuses to start without what the smoke test needs, with a message saying how to get it — never a skip,
 * and never Playwright's own attempt, which would call `require('electron')` and start a download.
 */
export default function requireElectron(): void {
  const electron = findElectron();
  if (!electron.found) throw new Error(electronMissingMessage(electron.why));
  const entry = join(REPO_ROOT, 'dist', 'main', 'electron.cjs');
  if (!existsSync(entry)) throw new Error(`\n${entry} is missing: run \`npm run build\` first (npm run test:desktop does).\n`);
}
