import type { AppUpdater } from 'electron-updater';
import type { UpdaterPort } from './updater-port';

/**
 * The real updater, loaded only once a check is configured: reading `autoUpdater` builds the platform's updater,
 * which requires `electron`, and an app that checks nothing has no reason to. It stays outside the bundle
 * (scripts/build.mjs `external`): electron-builder ships it in node_modules as a production dependency.
 *
 * `require`, not `import()`: electron-updater is CommonJS and defines `autoUpdater` with an arrow getter, which
 * Node's ESM loader does not detect as a named export (`(await import('electron-updater')).autoUpdater` is
 * undefined; checked with Node 20).
 */
export function loadAutoUpdater(): UpdaterPort {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: the CommonJS getter needs require
  return (require('electron-updater') as { autoUpdater: AppUpdater }).autoUpdater;
}
