import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { systemClock } from '../../clock';
import { createFileLogger, type Logger } from '../../log';
import { APP_VERSION } from '../../version';
import { electronUpdateShell } from './electron-shell';
import { loadAutoUpdater } from './load-updater';
import { readUpdateSettings, updateSettingsPath } from './settings';
import { createUpdateFlow, type UpdateFlow, type UpdateShell } from './update-flow';
import { updateErrorFacts, type UpdaterPort } from './updater-port';

export interface Updates {
  /** Aide → Rechercher des mises à jour… */
  checkFromMenu(): void;
  /** The check at start-up, once the window is on screen, so that it never delays the start. */
  checkWhenShown(window: BrowserWindow): void;
}

export interface UpdatesOptions {
  dataDir: string;
  /** The window that carries the dialogs and the progress bar, when one is open. */
  window: () => BrowserWindow | null;
  logger?: Logger;
  settingsFile?: string;
  loadUpdater?: () => UpdaterPort;
  shell?: UpdateShell;
}

/**
 * Reads IT's update settings (settings.ts) once, at start. Null when nothing is to be checked (no file, the
 * switch off, or a file that cannot be trusted): then no menu item, no updater loaded, no request made.
 */
export function prepareUpdates(options: UpdatesOptions): Updates | null {
  const logger = options.logger ?? createFileLogger(join(options.dataDir, 'logs', 'passerelle.log'), systemClock);
  const settings = readUpdateSettings(options.settingsFile ?? updateSettingsPath());
  if (settings.kind === 'broken') {
    // The file's path and content are IT's to look at; the log says which of three things is wrong.
    logger.info('updates.settingsRefused', { issue: settings.issue });
    return null;
  }
  if (settings.kind === 'off') {
    logger.info('updates.off', { why: settings.why });
    return null;
  }
  const { url } = settings;
  let flow: Promise<UpdateFlow> | null = null;
  const getFlow = (): Promise<UpdateFlow> =>
    (flow ??= Promise.resolve()
      .then(() => (options.loadUpdater ?? loadAutoUpdater)())
      .then((updater) => createUpdateFlow({ updater, url, shell: options.shell ?? electronUpdateShell(options.window), logger, currentVersion: APP_VERSION }))
      .catch((error: unknown) => {
        // The next check tries to load it again.
        flow = null;
        throw error;
      }));
  const check = (origin: 'start' | 'menu'): void => {
    getFlow()
      .then((ready) => ready.check(origin))
      .catch((error: unknown) => {
        // Loading the updater or showing a dialog failed: the app carries on, IT finds the line in the log.
        logger.info('updates.failed', { origin, ...updateErrorFacts(error) });
      });
  };
  return {
    checkFromMenu: () => check('menu'),
    checkWhenShown(window) {
      // The windows are created hidden and shown at their first paint (window.ts, server-window.ts).
      window.once('show', () => check('start'));
    },
  };
}
