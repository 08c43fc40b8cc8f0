import type { Logger } from '../../log';
import { updateMessages } from './update-messages';
import { updateErrorFacts, type UpdaterPort } from './updater-port';

/** The desktop's part: dialogs, the window's progress bar, quitting. electron-shell.ts plays it with Electron. */
export interface UpdateShell {
  /** Asks a two-button question; 0 is the first button. Closing the dialog answers 1 (the harmless choice). */
  ask(question: { message: string; detail: string; buttons: readonly [string, string] }): Promise<0 | 1>;
  tell(notice: { message: string; detail: string }, kind: 'info' | 'warning'): Promise<void>;
  /** 0…1 on the window's taskbar button; null removes the bar. */
  progress(fraction: number | null): void;
  /** Quits as File → Quitter does: the windows' close guards, then the database is closed (lifecycle.ts). */
  quit(): void;
  /** Runs when the app really quits (Electron's `quit` event, after `will-quit` let go of the database). */
  onQuit(handler: (exitCode: number) => void): void;
}

/** Who asked: the check at start-up never bothers the user with a failure; the menu's check answers. */
export type CheckOrigin = 'start' | 'menu';

export type CheckOutcome = 'busy' | 'failed' | 'inactive' | 'upToDate' | 'postponed' | 'downloadFailed' | 'installNow' | 'installAtQuit';

export interface UpdateFlow {
  check(origin: CheckOrigin): Promise<CheckOutcome>;
}

/**
 * Check, ask, download, ask again, install: nothing is downloaded nor installed without the user's yes.
 * electron-updater's automatic behaviours are off (`autoDownload`, `autoInstallOnAppQuit`): the installer is
 * started here, from the `quit` event, which Electron emits only once `will-quit` has let the database close
 * (lifecycle.ts closeCoreOnQuit). Starting it earlier (quitAndInstall from the dialog) would race the closing:
 * an update installer waits about a second, then kills the app, possibly in the middle of a WAL checkpoint or
 * of an automatic backup.
 */
export function createUpdateFlow(options: { updater: UpdaterPort; url: string; shell: UpdateShell; logger: Logger; currentVersion: string }): UpdateFlow {
  const { updater, shell, logger } = options;
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = false;
  updater.disableWebInstaller = true;
  updater.logger = null;
  updater.setFeedURL({ provider: 'generic', url: options.url });
  updater.on('download-progress', (progress) => {
    const fraction = Number.isFinite(progress.percent) ? Math.min(1, Math.max(0, progress.percent / 100)) : 0;
    shell.progress(fraction);
  });

  let busy = false;
  /** A downloaded version the user agreed to install, and whether Passerelle starts again afterwards. */
  let pending: { version: string; restart: boolean } | null = null;
  let quitHandlerAdded = false;

  function installWhenQuitting(version: string, restart: boolean): void {
    pending = { version, restart };
    if (quitHandlerAdded) return;
    quitHandlerAdded = true;
    shell.onQuit((exitCode) => {
      // A failing exit (app.exit(1)) is no moment to replace the program.
      if (pending === null || exitCode !== 0) return;
      logger.info('updates.installing', { version: pending.version, restart: pending.restart });
      // Silent: the installer's pages would ask again what the user already answered.
      updater.quitAndInstall(true, pending.restart);
    });
  }

  async function askToRestart(version: string): Promise<CheckOutcome> {
    const choice = await shell.ask(updateMessages.ready(version));
    installWhenQuitting(version, choice === 0);
    if (choice === 1) {
      logger.info('updates.installAtQuit', { version });
      return 'installAtQuit';
    }
    logger.info('updates.restartNow', { version });
    shell.quit();
    return 'installNow';
  }

  async function checkDownloadAndAsk(origin: CheckOrigin): Promise<CheckOutcome> {
    let result: Awaited<ReturnType<UpdaterPort['checkForUpdates']>>;
    try {
      result = await updater.checkForUpdates();
    } catch (error) {
      // Offline, server down, a missing latest.yml: logged for IT; said only to a user who asked.
      logger.info('updates.checkFailed', { origin, ...updateErrorFacts(error) });
      if (origin === 'menu') await shell.tell(updateMessages.unreachable, 'warning');
      return 'failed';
    }
    if (result === null) {
      logger.info('updates.inactive', { origin });
      if (origin === 'menu') await shell.tell(updateMessages.notInstalled, 'info');
      return 'inactive';
    }
    const version = result.updateInfo.version;
    if (!result.isUpdateAvailable) {
      logger.info('updates.upToDate', { origin, latest: version });
      if (origin === 'menu') await shell.tell(updateMessages.upToDate(options.currentVersion), 'info');
      return 'upToDate';
    }
    logger.info('updates.available', { origin, version });
    if ((await shell.ask(updateMessages.available(version))) === 1) {
      logger.info('updates.postponed', { version });
      return 'postponed';
    }
    shell.progress(0);
    try {
      await updater.downloadUpdate();
    } catch (error) {
      shell.progress(null);
      logger.info('updates.downloadFailed', { version, ...updateErrorFacts(error) });
      // The user said yes and watched the bar: they are told, once.
      await shell.tell(updateMessages.downloadFailed, 'warning');
      return 'downloadFailed';
    }
    shell.progress(null);
    logger.info('updates.downloaded', { version });
    return askToRestart(version);
  }

  return {
    async check(origin) {
      if (busy) {
        if (origin === 'menu') await shell.tell(updateMessages.busy, 'info');
        return 'busy';
      }
      // Already downloaded and waiting for the quit: the menu offers the restart again instead of a new check.
      if (pending !== null) return origin === 'menu' ? askToRestart(pending.version) : 'installAtQuit';
      busy = true;
      try {
        return await checkDownloadAndAsk(origin);
      } finally {
        busy = false;
      }
    },
  };
}
