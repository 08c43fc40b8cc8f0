import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as SettingsModule from '../../main/electron/updates/settings';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

// The start-up wiring of updates, end to end in main.ts: IT's file is a temporary one, the updater a fake.
const updates = await vi.hoisted(async () => {
  const { FakeUpdater } = await import('./update-fakes');
  return { settingsFile: '', updater: new FakeUpdater(), FakeUpdater };
});
vi.mock('../../main/electron/updates/settings', async (importOriginal) => ({
  ...(await importOriginal<typeof SettingsModule>()),
  updateSettingsPath: () => updates.settingsFile,
}));
const loadAutoUpdater = vi.hoisted(() => vi.fn(() => updates.updater));
vi.mock('../../main/electron/updates/load-updater', () => ({ loadAutoUpdater }));

const core = vi.hoisted(() => ({ close: vi.fn(async () => {}), dispatch: vi.fn(), endSession: vi.fn() }));
vi.mock('../../main/core', () => ({ createCore: vi.fn(async () => core) }));
vi.mock('../../main/electron/field-key', () => ({ desktopFieldKey: vi.fn(() => ({ wrapper: { kind: 'safeStorage' } })) }));

const { fakeEvent } = await import('./fake-electron');

const showMessageBox = vi.fn(async (..._args: unknown[]): Promise<{ response: number }> => ({ response: 1 }));
Object.assign(fake.dialog, { showMessageBox });

let root: string;
let userData: string;

interface MenuItem {
  label?: string;
  click?: () => void;
  submenu?: MenuItem[];
}

function menuLabels(): string[] {
  const menu = fake.Menu.setApplicationMenu.mock.lastCall![0] as { template: MenuItem[] };
  return menu.template.flatMap((top) => [top.label ?? '', ...(top.submenu ?? []).map((item) => item.label ?? '')]);
}

async function launch(connection: object | null, settings: object | null): Promise<void> {
  mkdirSync(userData, { recursive: true });
  if (connection) writeFileSync(join(userData, 'connection.json'), JSON.stringify(connection));
  if (settings) writeFileSync(updates.settingsFile, JSON.stringify(settings));
  vi.resetModules();
  await import('../../main/electron/main');
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
}

/** The window's extras the flow uses, which the recording fake does not have. */
function mainWindow() {
  return Object.assign(fake.windows[0]!, { setProgressBar: vi.fn((_progress: number) => {}), isDestroyed: () => false });
}

function settle(): Promise<void> {
  return new Promise((done) => setTimeout(done, 20));
}

describe('updates in the desktop app’s start-up', () => {
  beforeEach(() => {
    fake.reset();
    showMessageBox.mockReset();
    showMessageBox.mockResolvedValue({ response: 1 });
    core.close.mockClear();
    loadAutoUpdater.mockClear();
    updates.updater = new updates.FakeUpdater();
    vi.stubEnv('PASSERELLE_DATA_DIR', '');
    root = mkdtempSync(join(tmpdir(), 'passerelle-main-updates-'));
    userData = join(root, 'userData');
    fake.app.userData = userData;
    updates.settingsFile = join(root, 'update.json');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
  });

  it('without IT’s file: no Aide item, no updater, no request, even once the window shows', async () => {
    await launch({ mode: 'local' }, null);
    expect(menuLabels()).not.toContain('Rechercher des mises à jour…');
    fake.windows[0]!.emit('show');
    await settle();
    expect(loadAutoUpdater).not.toHaveBeenCalled();
  });

  it('with the switch off: the same', async () => {
    await launch({ mode: 'local' }, { check: false });
    expect(menuLabels()).not.toContain('Rechercher des mises à jour…');
    fake.windows[0]!.emit('show');
    await settle();
    expect(loadAutoUpdater).not.toHaveBeenCalled();
  });

  it('configured, local database: checks after the window shows; the installer runs only after the database is closed', async () => {
    await launch({ mode: 'local' }, { check: true, url: 'https://maj.liege.be/passerelle/' });
    expect(menuLabels()).toEqual(expect.arrayContaining(['Aide', 'Rechercher des mises à jour…']));
    await settle();
    // Nothing before the window is on screen: the start is never delayed by the network.
    expect(updates.updater.checkForUpdates).not.toHaveBeenCalled();
    const window = mainWindow();
    showMessageBox.mockResolvedValueOnce({ response: 0 }).mockResolvedValueOnce({ response: 0 });
    window.emit('show');
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledTimes(1));
    expect(updates.updater.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: 'https://maj.liege.be/passerelle/' });
    expect(showMessageBox.mock.calls[0]![0]).toBe(window);
    expect(window.setProgressBar.mock.calls.at(-1)).toEqual([-1]);
    // Electron's quit sequence: will-quit is held while the database closes, then quit.
    const willQuit = fakeEvent();
    fake.app.emit('will-quit', willQuit);
    expect(willQuit.preventDefault).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(core.close).toHaveBeenCalledTimes(1));
    expect(updates.updater.quitAndInstall).not.toHaveBeenCalled();
    fake.app.emit('quit', fakeEvent(), 0);
    expect(updates.updater.quitAndInstall).toHaveBeenCalledExactlyOnceWith(true, true);
  });

  it('configured, team server: the desktop shell is updated too', async () => {
    await launch({ mode: 'server', url: 'https://passerelle.liege.be' }, { check: true, url: 'https://maj.liege.be/passerelle/' });
    expect(menuLabels()).toContain('Rechercher des mises à jour…');
    mainWindow().emit('show');
    await vi.waitFor(() => expect(updates.updater.checkForUpdates).toHaveBeenCalledTimes(1));
    // « Plus tard » (the dialog's default answer here): nothing downloaded.
    await vi.waitFor(() => expect(showMessageBox).toHaveBeenCalledTimes(1));
    await settle();
    expect(updates.updater.downloadUpdate).not.toHaveBeenCalled();
  });

  it('at first start, while the connection is being chosen: no check', async () => {
    await launch(null, { check: true, url: 'https://maj.liege.be/passerelle/' });
    fake.windows[0]!.emit('show');
    await settle();
    expect(loadAutoUpdater).not.toHaveBeenCalled();
    expect(menuLabels()).not.toContain('Rechercher des mises à jour…');
  });
});
