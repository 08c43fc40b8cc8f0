import { app, dialog, type BrowserWindow, type RenderProcessGoneDetails } from 'electron';
import type { Logger } from '../log';
import { CRASH_TEXT } from './crash-messages';

/** A second crash this soon after an automatic reload is a loop: ask instead of reloading again. */
export const CRASH_LOOP_MS = 60_000;
/** How long after killing a hung renderer its `render-process-gone` is expected (it is then ours, not a crash). */
const OWN_KILL_MS = 10_000;

export interface CrashRecoveryOptions {
  logger: Logger;
  /** Milliseconds; injected so tests move time instead of waiting. */
  now?: () => number;
  quit?: () => void;
}

/**
 * Keeps the window usable when its page fails. A crashed renderer (`render-process-gone`) is reloaded once by
 * itself, then the user is told; a second crash within a minute is not reloaded again but explained, with
 * *Recharger* / *Quitter Passerelle*. A hung page (`unresponsive`) asks *Recharger* or *Attendre*, and the
 * question goes away by itself if the page recovers (`responsive`).
 *
 * Reloading keeps the same web contents, so its id and the IPC session `ipc:<id>` (ipc.ts, ended only on
 * `destroyed`) survive: the user stays signed in and comes back to the same section (the address, hash
 * included, is kept). Only typing not yet saved is lost. Against a team server, its cookie survives the same way.
 * The log records what happened (reason and exit code), nothing of the page.
 */
export function recoverFromCrashes(window: BrowserWindow, options: CrashRecoveryOptions): void {
  const contents = window.webContents;
  const now = options.now ?? Date.now;
  const quit = options.quit ?? (() => app.quit());
  let lastAutomaticReload: number | null = null;
  let ownKillAt: number | null = null;
  let hangPrompt: AbortController | null = null;

  const gone = () => window.isDestroyed() || contents.isDestroyed();
  const dismissHangPrompt = () => {
    hangPrompt?.abort();
    hangPrompt = null;
  };
  const reload = () => {
    if (!gone()) contents.reload();
  };

  contents.on('render-process-gone', (_event: unknown, details: RenderProcessGoneDetails) => {
    // A clean exit is the page going away normally (the window closing), not a failure.
    if (details.reason === 'clean-exit' || gone()) return;
    options.logger.info('window.renderProcessGone', { reason: details.reason, exitCode: details.exitCode });
    dismissHangPrompt();
    if (ownKillAt !== null && now() - ownKillAt < OWN_KILL_MS) {
      // We ended a hung page on the user's request; its reload is already on its way.
      ownKillAt = null;
      return;
    }
    ownKillAt = null;
    if (lastAutomaticReload === null || now() - lastAutomaticReload > CRASH_LOOP_MS) {
      lastAutomaticReload = now();
      reload();
      void dialog.showMessageBox(window, { type: 'warning', noLink: true, ...CRASH_TEXT.reloaded });
      return;
    }
    void dialog
      .showMessageBox(window, { type: 'error', noLink: true, defaultId: 0, cancelId: 0, ...CRASH_TEXT.crashedAgain })
      .then(({ response }) => {
        if (response === 1) {
          quit();
          return;
        }
        // Reloaded by hand: a crash again within a minute asks again, never loops.
        lastAutomaticReload = now();
        reload();
      });
  });

  window.on('unresponsive', () => {
    if (hangPrompt || gone()) return;
    options.logger.info('window.unresponsive');
    const prompt = new AbortController();
    hangPrompt = prompt;
    void dialog
      .showMessageBox(window, { type: 'warning', noLink: true, defaultId: 1, cancelId: 1, signal: prompt.signal, ...CRASH_TEXT.hung })
      .then(({ response }) => {
        if (hangPrompt === prompt) hangPrompt = null;
        // Aborted: the page answered again (or crashed, handled above) while the question was open.
        if (prompt.signal.aborted || gone() || response !== 0) return;
        options.logger.info('window.reloadedWhileHung');
        // A hung renderer cannot run a reload itself: end its process, then reload in a new one (Electron's advice).
        ownKillAt = now();
        contents.forcefullyCrashRenderer();
        contents.reload();
      });
  });

  window.on('responsive', () => {
    if (!hangPrompt) return;
    options.logger.info('window.responsiveAgain');
    dismissHangPrompt();
  });
}
