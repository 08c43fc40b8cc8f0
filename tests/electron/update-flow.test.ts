import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../main/log';
import { createUpdateFlow } from '../../main/electron/updates/update-flow';
import { FakeUpdater, fakeUpdateShell } from './update-fakes';

const URL_OF_IT = 'https://maj.liege.be/passerelle/';

function setUp(answers: (0 | 1)[] = []) {
  const updater = new FakeUpdater();
  const { shell, emitQuit, quitHandlers } = fakeUpdateShell(answers);
  const logger = createMemoryLogger();
  const flow = createUpdateFlow({ updater, url: URL_OF_IT, shell, logger, currentVersion: '1.1.0' });
  return { updater, shell, emitQuit, quitHandlers, logger, flow };
}

/** An error as the network layer gives it: the message quotes a path under the user's profile. */
function offline(): Error {
  return new Error('net::ERR_INTERNET_DISCONNECTED at C:\\Users\\jean.dupont\\AppData\\Local\\passerelle-updater');
}

describe('the update flow', () => {
  it('turns off electron-updater’s automatic download and install, and its own log, and points it at IT’s folder', () => {
    const { updater } = setUp();
    expect(updater.autoDownload).toBe(false);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(updater.disableWebInstaller).toBe(true);
    expect(updater.logger).toBeNull();
    expect(updater.setFeedURL).toHaveBeenCalledExactlyOnceWith({ provider: 'generic', url: URL_OF_IT });
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
  });

  it('asks in plain French when a version is available', async () => {
    const { flow, shell } = setUp([1]);
    await flow.check('start');
    expect(shell.ask).toHaveBeenCalledTimes(1);
    const question = shell.ask.mock.calls[0]![0];
    expect(question.message).toBe('Une nouvelle version de Passerelle (1.2.0) est disponible.');
    expect(question.buttons).toEqual(['Télécharger et installer', 'Plus tard']);
  });

  it('downloads nothing after « Plus tard »', async () => {
    const { flow, updater, shell, emitQuit, logger } = setUp([1]);
    expect(await flow.check('start')).toBe('postponed');
    expect(updater.downloadUpdate).not.toHaveBeenCalled();
    expect(shell.progress).not.toHaveBeenCalled();
    expect(shell.onQuit).not.toHaveBeenCalled();
    emitQuit(0);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    expect(logger.entries.map((entry) => entry.event)).toEqual(['updates.available', 'updates.postponed']);
  });

  it('with consent: downloads, shows the progress on the window, then asks to restart', async () => {
    const { flow, updater, shell } = setUp([0, 1]);
    expect(await flow.check('start')).toBe('installAtQuit');
    expect(updater.downloadUpdate).toHaveBeenCalledTimes(1);
    expect(shell.progress.mock.calls.map(([fraction]) => fraction)).toEqual([0, 0, 0.375, 1, null]);
    expect(shell.ask).toHaveBeenCalledTimes(2);
    const restart = shell.ask.mock.calls[1]![0];
    expect(restart.message).toBe('La version 1.2.0 de Passerelle est téléchargée.');
    expect(restart.buttons).toEqual(['Redémarrer maintenant', 'À la fermeture']);
    // The restart question comes after the download, never before.
    expect(updater.downloadUpdate.mock.invocationCallOrder[0]).toBeLessThan(shell.ask.mock.invocationCallOrder[1]!);
  });

  it('« Redémarrer maintenant » quits the ordinary way and starts the installer only when the app really quits', async () => {
    const { flow, updater, shell, emitQuit, logger } = setUp([0, 0]);
    expect(await flow.check('start')).toBe('installNow');
    expect(shell.quit).toHaveBeenCalledTimes(1);
    // Not yet: the windows' close guards and the database's closing come first (lifecycle.ts).
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    emitQuit(0);
    expect(updater.quitAndInstall).toHaveBeenCalledExactlyOnceWith(true, true);
    expect(logger.entries.at(-1)).toMatchObject({ event: 'updates.installing', version: '1.2.0', restart: true });
  });

  it('« À la fermeture » installs at the next quit, without starting Passerelle again', async () => {
    const { flow, updater, shell, emitQuit } = setUp([0, 1]);
    await flow.check('start');
    expect(shell.quit).not.toHaveBeenCalled();
    emitQuit(0);
    expect(updater.quitAndInstall).toHaveBeenCalledExactlyOnceWith(true, false);
  });

  it('installs nothing when the app exits on a failure', async () => {
    const { flow, updater, emitQuit } = setUp([0, 1]);
    await flow.check('start');
    emitQuit(1);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
  });

  it('logs a failed check at start-up without personal data, and shows nothing', async () => {
    const { flow, updater, shell, logger } = setUp();
    const error = Object.assign(offline(), { code: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' });
    updater.checkForUpdates.mockRejectedValueOnce(error);
    expect(await flow.check('start')).toBe('failed');
    expect(shell.ask).not.toHaveBeenCalled();
    expect(shell.tell).not.toHaveBeenCalled();
    expect(logger.entries).toEqual([
      { level: 'info', event: 'updates.checkFailed', origin: 'start', errorClass: 'Error', errorCode: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND', netError: 'ERR_INTERNET_DISCONNECTED' },
    ]);
    expect(JSON.stringify(logger.entries)).not.toContain('jean.dupont');
  });

  it('keeps an HTTP status, never the server’s answer', async () => {
    const { flow, updater, logger } = setUp();
    updater.checkForUpdates.mockRejectedValueOnce(Object.assign(new Error('HttpError: 503 "Service Unavailable" body: <html>…'), { name: 'HttpError', statusCode: 503 }));
    await flow.check('start');
    expect(logger.entries).toEqual([{ level: 'info', event: 'updates.checkFailed', origin: 'start', errorClass: 'HttpError', httpStatus: 503 }]);
  });

  it('says nothing at start-up when Passerelle is up to date', async () => {
    const { flow, updater, shell } = setUp();
    updater.checkForUpdates.mockResolvedValueOnce({ isUpdateAvailable: false, updateInfo: { version: '1.1.0' } });
    expect(await flow.check('start')).toBe('upToDate');
    expect(shell.ask).not.toHaveBeenCalled();
    expect(shell.tell).not.toHaveBeenCalled();
  });

  it('answers the menu’s check: up to date, unreachable, or not an installed app', async () => {
    const { flow, updater, shell } = setUp();
    updater.checkForUpdates.mockResolvedValueOnce({ isUpdateAvailable: false, updateInfo: { version: '1.1.0' } });
    expect(await flow.check('menu')).toBe('upToDate');
    expect(shell.tell.mock.lastCall).toEqual([{ message: 'Passerelle est à jour (version 1.1.0).', detail: '' }, 'info']);
    updater.checkForUpdates.mockRejectedValueOnce(offline());
    expect(await flow.check('menu')).toBe('failed');
    expect(shell.tell.mock.lastCall![0].message).toBe('Le serveur des mises à jour ne répond pas.');
    expect(shell.tell.mock.lastCall![1]).toBe('warning');
    updater.checkForUpdates.mockResolvedValueOnce(null);
    expect(await flow.check('menu')).toBe('inactive');
    expect(shell.tell.mock.lastCall![0].message).toBe('Les mises à jour ne se cherchent que dans l’application installée.');
    expect(shell.ask).not.toHaveBeenCalled();
  });

  it('tells a user who said yes that the download failed, removes the bar and installs nothing', async () => {
    const { flow, updater, shell, emitQuit, logger } = setUp([0]);
    updater.downloadUpdate.mockRejectedValueOnce(offline());
    expect(await flow.check('start')).toBe('downloadFailed');
    expect(shell.progress.mock.lastCall).toEqual([null]);
    expect(shell.tell).toHaveBeenCalledTimes(1);
    expect(shell.tell.mock.lastCall![0].message).toBe('Le téléchargement de la mise à jour n’a pas abouti.');
    expect(shell.ask).toHaveBeenCalledTimes(1);
    emitQuit(0);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    expect(logger.entries.at(-1)).toEqual({ level: 'info', event: 'updates.downloadFailed', version: '1.2.0', errorClass: 'Error', netError: 'ERR_INTERNET_DISCONNECTED' });
  });

  it('does not start a second check while one is under way', async () => {
    const { flow, updater, shell } = setUp();
    let answer: (value: { isUpdateAvailable: boolean; updateInfo: { version: string } }) => void = () => {};
    updater.checkForUpdates.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const first = flow.check('start');
    expect(await flow.check('menu')).toBe('busy');
    expect(shell.tell.mock.lastCall![0].message).toBe('Une recherche ou un téléchargement de mise à jour est déjà en cours.');
    answer({ isUpdateAvailable: false, updateInfo: { version: '1.1.0' } });
    expect(await first).toBe('upToDate');
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
  });

  it('once downloaded, the menu offers the restart again instead of checking; one installer at the quit', async () => {
    const { flow, updater, shell, emitQuit, quitHandlers } = setUp([0, 1, 0]);
    await flow.check('start');
    expect(await flow.check('menu')).toBe('installNow');
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    expect(shell.ask.mock.lastCall![0].buttons).toEqual(['Redémarrer maintenant', 'À la fermeture']);
    expect(quitHandlers).toHaveLength(1);
    emitQuit(0);
    expect(updater.quitAndInstall).toHaveBeenCalledExactlyOnceWith(true, true);
  });
});
