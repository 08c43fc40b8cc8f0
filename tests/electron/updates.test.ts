import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { prepareUpdates } = await import('../../main/electron/updates');
const { electronUpdateShell } = await import('../../main/electron/updates/electron-shell');
const { createUpdateFlow } = await import('../../main/electron/updates/update-flow');
const { closeCoreOnQuit } = await import('../../main/electron/lifecycle');
const { createMemoryLogger } = await import('../../main/log');
const { FakeUpdater, fakeUpdateShell } = await import('./update-fakes');
const { fakeEvent } = await import('./fake-electron');

// The fake electron has no message boxes: these tests add Electron's `dialog.showMessageBox`.
const showMessageBox = vi.fn(async (..._args: unknown[]): Promise<{ response: number }> => ({ response: 1 }));
Object.assign(fake.dialog, { showMessageBox });

/** A window as the flow uses it: events, the taskbar progress bar, and whether it is gone. */
function window() {
  const win = new fake.BrowserWindow({});
  return Object.assign(win, { setProgressBar: vi.fn((_progress: number) => {}), isDestroyed: vi.fn(() => false) });
}

let root: string;
let settings: string;

function settingsFile(content: string | object): void {
  writeFileSync(settings, typeof content === 'string' ? content : JSON.stringify(content));
}

/** Lets the promise chains started by a check run to their end. */
function settle(): Promise<void> {
  return new Promise((done) => setTimeout(done, 20));
}

describe('prepareUpdates: what IT configured decides whether anything is checked', () => {
  beforeEach(() => {
    fake.reset();
    root = mkdtempSync(join(tmpdir(), 'passerelle-updates-'));
    settings = join(root, 'update.json');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function prepare() {
    const logger = createMemoryLogger();
    const updater = new FakeUpdater();
    const loadUpdater = vi.fn(() => updater);
    const { shell } = fakeUpdateShell([1]);
    const updates = prepareUpdates({ dataDir: root, window: () => null, logger, settingsFile: settings, loadUpdater, shell });
    return { logger, updater, loadUpdater, shell, updates };
  }

  it('without a settings file: no check, not even the updater loaded', async () => {
    const { updates, loadUpdater, logger } = prepare();
    expect(updates).toBeNull();
    expect(loadUpdater).not.toHaveBeenCalled();
    expect(logger.entries).toEqual([{ level: 'info', event: 'updates.off', why: 'notConfigured' }]);
  });

  it('with the switch off: no check', () => {
    settingsFile({ check: false, url: 'https://maj.liege.be/passerelle/' });
    const { updates, loadUpdater, logger } = prepare();
    expect(updates).toBeNull();
    expect(loadUpdater).not.toHaveBeenCalled();
    expect(logger.entries).toEqual([{ level: 'info', event: 'updates.off', why: 'switchedOff' }]);
  });

  it('with a broken file: no check, and a log line that quotes nothing of the file', () => {
    settingsFile({ check: true, url: 'http://serveur-de-jean.dupont.example/passerelle/' });
    const { updates, loadUpdater, logger } = prepare();
    expect(updates).toBeNull();
    expect(loadUpdater).not.toHaveBeenCalled();
    expect(logger.entries).toEqual([{ level: 'info', event: 'updates.settingsRefused', issue: 'invalid' }]);
    expect(JSON.stringify(logger.entries)).not.toContain('dupont');
  });

  it('checks once the window is shown, never before, and asks', async () => {
    settingsFile({ check: true, url: 'https://maj.liege.be/passerelle' });
    const { updates, loadUpdater, updater, shell } = prepare();
    const win = window();
    updates!.checkWhenShown(win as unknown as BrowserWindow);
    await settle();
    expect(loadUpdater).not.toHaveBeenCalled();
    win.emit('show');
    await settle();
    expect(updater.setFeedURL).toHaveBeenCalledExactlyOnceWith({ provider: 'generic', url: 'https://maj.liege.be/passerelle/' });
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    expect(shell.ask).toHaveBeenCalledTimes(1);
    // A later show (the window restored) checks nothing more.
    win.emit('show');
    await settle();
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
  });

  it('the menu checks too, with the same updater', async () => {
    settingsFile({ check: true, url: 'https://maj.liege.be/passerelle/' });
    const { updates, loadUpdater, updater, shell } = prepare();
    updater.checkForUpdates.mockResolvedValue({ isUpdateAvailable: false, updateInfo: { version: '0.1.0' } });
    updates!.checkFromMenu();
    await settle();
    updates!.checkFromMenu();
    await settle();
    expect(loadUpdater).toHaveBeenCalledTimes(1);
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(2);
    expect(shell.tell).toHaveBeenCalledTimes(2);
  });

  it('an updater that fails to load is logged, and the app carries on', async () => {
    settingsFile({ check: true, url: 'https://maj.liege.be/passerelle/' });
    const logger = createMemoryLogger();
    const loadUpdater = vi.fn(() => {
      throw Object.assign(new Error('Cannot find module C:\\Users\\jean.dupont\\x'), { code: 'MODULE_NOT_FOUND' });
    });
    const updates = prepareUpdates({ dataDir: root, window: () => null, logger, settingsFile: settings, loadUpdater, shell: fakeUpdateShell().shell });
    updates!.checkFromMenu();
    await settle();
    expect(logger.entries).toEqual([{ level: 'info', event: 'updates.failed', origin: 'menu', errorClass: 'Error', errorCode: 'MODULE_NOT_FOUND' }]);
  });

  it('writes to the data directory’s log when no logger is given', () => {
    settingsFile('not json');
    expect(prepareUpdates({ dataDir: root, window: () => null, settingsFile: settings, loadUpdater: () => new FakeUpdater() })).toBeNull();
    const line = JSON.parse(readFileSync(join(root, 'logs', 'passerelle.log'), 'utf8').trim()) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'info', event: 'updates.settingsRefused', issue: 'notJson' });
  });
});

describe('the Electron side of the update flow', () => {
  beforeEach(() => {
    fake.reset();
    showMessageBox.mockReset();
    showMessageBox.mockResolvedValue({ response: 1 });
  });

  it('asks on the main window; Escape or closing the dialog means « Plus tard »', async () => {
    const win = window();
    const shell = electronUpdateShell(() => win as unknown as BrowserWindow);
    showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(await shell.ask({ message: 'Une question ?', detail: 'Un détail.', buttons: ['Oui', 'Non'] })).toBe(0);
    const [parent, options] = showMessageBox.mock.lastCall!;
    expect(parent).toBe(win);
    expect(options).toMatchObject({ type: 'question', title: 'Mise à jour de Passerelle', message: 'Une question ?', buttons: ['Oui', 'Non'], defaultId: 0, cancelId: 1 });
    showMessageBox.mockResolvedValueOnce({ response: 1 });
    expect(await shell.ask({ message: 'Une question ?', detail: '', buttons: ['Oui', 'Non'] })).toBe(1);
  });

  it('without a window (closed, or destroyed), the dialog still shows on its own', async () => {
    const gone = window();
    gone.isDestroyed.mockReturnValue(true);
    const shell = electronUpdateShell(() => gone as unknown as BrowserWindow);
    await shell.tell({ message: 'Info', detail: '' }, 'warning');
    expect(showMessageBox.mock.lastCall).toEqual([expect.objectContaining({ type: 'warning', message: 'Info' })]);
    shell.progress(0.5);
    expect(gone.setProgressBar).not.toHaveBeenCalled();
  });

  it('shows the download on the window’s progress bar and removes it after', () => {
    const win = window();
    const shell = electronUpdateShell(() => win as unknown as BrowserWindow);
    shell.progress(0.25);
    shell.progress(null);
    expect(win.setProgressBar.mock.calls).toEqual([[0.25], [-1]]);
  });

  it('quits through app.quit and hears Electron’s quit event with its exit code', () => {
    const shell = electronUpdateShell(() => null);
    const heard = vi.fn();
    shell.onQuit(heard);
    shell.quit();
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    fake.app.emit('quit', fakeEvent(), 0);
    expect(heard).toHaveBeenCalledExactlyOnceWith(0);
  });

  it('the installer starts only after the database is closed (closeCoreOnQuit holds will-quit)', async () => {
    let closeDatabase: () => void = () => {};
    const core = { close: vi.fn(() => new Promise<void>((done) => (closeDatabase = done))) };
    closeCoreOnQuit(core);
    const updater = new FakeUpdater();
    const win = window();
    // « Télécharger et installer », then « Redémarrer maintenant ».
    showMessageBox.mockResolvedValueOnce({ response: 0 }).mockResolvedValueOnce({ response: 0 });
    const flow = createUpdateFlow({ updater, url: 'https://maj.liege.be/passerelle/', shell: electronUpdateShell(() => win as unknown as BrowserWindow), logger: createMemoryLogger(), currentVersion: '0.1.0' });
    expect(await flow.check('start')).toBe('installNow');
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    // Electron then emits will-quit: the database starts closing, the quit is held.
    const willQuit = fakeEvent();
    fake.app.emit('will-quit', willQuit);
    expect(willQuit.preventDefault).toHaveBeenCalled();
    expect(core.close).toHaveBeenCalledTimes(1);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    closeDatabase();
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledTimes(2));
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    // The second quit goes through will-quit and reaches quit: now the installer starts, once.
    const again = fakeEvent();
    fake.app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    fake.app.emit('quit', fakeEvent(), 0);
    expect(updater.quitAndInstall).toHaveBeenCalledExactlyOnceWith(true, true);
    expect(win.setProgressBar.mock.calls.at(-1)).toEqual([-1]);
  });
});
