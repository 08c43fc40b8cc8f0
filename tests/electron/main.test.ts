import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/api/contract';
import type * as MigrateModule from '../../main/db/migrate';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

// The core is replaced: these tests are about the order of the app's start, not the database.
const core = vi.hoisted(() => ({
  failure: null as unknown,
  instance: {
    dispatch: vi.fn(async () => ({ ok: true as const, data: null })),
    endSession: vi.fn(),
    close: vi.fn(async () => {}),
  },
}));
vi.mock('../../main/core', () => ({
  createCore: vi.fn(async (options: { dataDir: string }) => {
    fake.order.push(`createCore:${options.dataDir}`);
    if (core.failure) throw core.failure;
    return core.instance;
  }),
}));

// The key wrapper's choice has its own tests; here it only has to be asked after ready, with the data directory.
vi.mock('../../main/electron/field-key', () => ({
  desktopFieldKey: vi.fn((dataDir: string) => {
    fake.order.push(`desktopFieldKey:${dataDir}`);
    return { wrapper: { kind: 'safeStorage' } };
  }),
}));

// The real one listens on this test process; here it only has to be handed the log, before ready.
vi.mock('../../main/electron/uncaught-errors', () => ({
  logUncaughtErrors: vi.fn((_logger: unknown) => {
    fake.order.push('logUncaughtErrors');
  }),
}));

const { createCore } = await import('../../main/core');
const { logUncaughtErrors } = await import('../../main/electron/uncaught-errors');
const { desktopFieldKey } = await import('../../main/electron/field-key');
const { fakeEvent } = await import('./fake-electron');

const SERVER = 'https://passerelle.liege.be';
/** A fresh userData per test, holding the connection file the test wants (or none). */
let root: string;
let userData: string;

function connectionFile(content: string | object | null, folder = userData): void {
  mkdirSync(folder, { recursive: true });
  if (content !== null) writeFileSync(join(folder, 'connection.json'), typeof content === 'string' ? content : JSON.stringify(content));
}

/**
 * Runs the entry module as Electron would, once per test. A failure is built from the fresh module graph
 * so that `instanceof` in the app sees the same error class as the one thrown.
 */
async function launch(failWith?: (migrate: typeof MigrateModule) => unknown): Promise<void> {
  vi.resetModules();
  if (failWith) core.failure = failWith(await import('../../main/db/migrate'));
  await import('../../main/electron/main');
}

/** Lets the pending start-up promises settle. */
function settle(): Promise<void> {
  return new Promise((done) => setTimeout(done, 20));
}

const openedDatabase = () => fake.order.filter((step) => step.startsWith('createCore'));

describe('starting the desktop app', () => {
  beforeEach(() => {
    fake.reset();
    core.failure = null;
    vi.mocked(createCore).mockClear();
    core.instance.close.mockClear();
    core.instance.endSession.mockClear();
    vi.mocked(desktopFieldKey).mockClear();
    vi.stubEnv('PASSERELLE_DATA_DIR', '');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    root = mkdtempSync(join(tmpdir(), 'passerelle-main-'));
    userData = join(root, 'userData');
    fake.app.userData = userData;
    // These tests are about the local database: the connection is chosen.
    connectionFile({ mode: 'local' });
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    rmSync(root, { recursive: true, force: true });
  });

  it('holds the single-instance lock before it opens the database', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const lock = fake.order.indexOf('requestSingleInstanceLock');
    const open = fake.order.findIndex((step) => step.startsWith('createCore'));
    expect(lock).toBeGreaterThanOrEqual(0);
    expect(open).toBeGreaterThan(lock);
    expect(createCore).toHaveBeenCalledExactlyOnceWith({ dataDir: userData, fieldKey: { wrapper: { kind: 'safeStorage' } }, program: 'desktop', automaticBackups: true, logger: expect.anything() });
    expect(fake.order.indexOf(`desktopFieldKey:${userData}`)).toBeGreaterThan(fake.order.indexOf('whenReady'));
  });

  it('quits without opening the database when another instance holds the lock', async () => {
    fake.app.lockGranted = false;
    await launch();
    await settle();
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    expect(createCore).not.toHaveBeenCalled();
    expect(openedDatabase()).toEqual([]);
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('registers the app:// scheme and the sandbox before the app is ready', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const ready = fake.order.indexOf('whenReady');
    expect(fake.order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(ready);
    expect(fake.order.indexOf('enableSandbox')).toBeLessThan(ready);
    expect(fake.order.indexOf('protocol.handle:app')).toBeGreaterThan(ready);
  });

  it('moves userData to a chosen data directory before taking the lock', async () => {
    const chosen = join(root, 'chosen-data');
    connectionFile({ mode: 'local' }, chosen);
    vi.stubEnv('PASSERELLE_DATA_DIR', chosen);
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', chosen);
    expect(fake.order.indexOf('setPath:userData')).toBeLessThan(fake.order.indexOf('requestSingleInstanceLock'));
    expect(createCore).toHaveBeenCalledExactlyOnceWith({ dataDir: chosen, fieldKey: { wrapper: { kind: 'safeStorage' } }, program: 'desktop', automaticBackups: true, logger: expect.anything() });
  });

  it('leaves userData alone when no data directory is chosen', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    expect(fake.app.setPath).not.toHaveBeenCalledWith('userData', expect.anything());
  });

  it('wires IPC, the renderer and guards before showing the one window', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    expect(fake.ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length);
    const window = fake.windows[0]!;
    expect(window.loadURL).toHaveBeenCalledWith('app://passerelle/index.html');
    // The window's web contents went through the guards and the IPC session bookkeeping.
    expect(window.webContents.windowOpenHandler).not.toBeNull();
    expect(window.webContents.session.permissionRequestHandler).not.toBeNull();
    window.webContents.emit('destroyed');
    expect(core.instance.endSession).toHaveBeenCalledExactlyOnceWith(`ipc:${window.webContents.id}`);
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });

  it('brings the window forward when a second instance starts', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const window = fake.windows[0]!;
    window.minimized = true;
    fake.app.emit('second-instance', {}, [], '/', {});
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
  });

  it('closes the database before the app quits', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const event = { preventDefault: vi.fn() };
    fake.app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledTimes(1));
    expect(core.instance.close).toHaveBeenCalledTimes(1);
    // The second will-quit, once closed, goes through.
    const again = { preventDefault: vi.fn() };
    fake.app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('explains a database from a newer version in French, then exits', async () => {
    await launch(({ DatabaseTooNewError }) => new DatabaseTooNewError(['29990101000000_future']));
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(1));
    expect(fake.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = fake.dialog.showErrorBox.mock.calls[0]!;
    expect(title).toContain('Passerelle ne peut pas démarrer');
    expect(message).toContain('version plus récente');
    expect(message).toContain('--data-dir');
    expect(message).toContain(userData);
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('explains any other start-up failure without quoting its message', async () => {
    await launch(() =>
      Object.assign(new Error('SQLITE_MISUSE: bad parameter /home/someone'), { code: 'SQLITE_MISUSE' }),
    );
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(1));
    const [, message] = fake.dialog.showErrorBox.mock.calls[0]!;
    expect(message).toContain('n’a pas pu ouvrir ses données');
    expect(message).toContain('SQLITE_MISUSE');
    expect(message).not.toContain('/home/someone');
    expect(fake.windows).toHaveLength(0);
  });

  it('says in plain words that the database is read-only, never knex’s advice to unlock migrations', async () => {
    await launch(() =>
      Object.assign(new Error('insert into knex_migrations_lock - SQLITE_READONLY: attempt to write a readonly database; run knex migrate:unlock'), {
        code: 'SQLITE_READONLY',
      }),
    );
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(1));
    const [, message] = fake.dialog.showErrorBox.mock.calls[0]!;
    expect(message).toContain('en lecture seule');
    expect(message).toContain('read-only');
    expect(message).not.toContain('migrate:unlock');
  });
});

describe('choosing where the data lives', () => {
  beforeEach(() => {
    fake.reset();
    core.failure = null;
    vi.mocked(createCore).mockClear();
    vi.mocked(desktopFieldKey).mockClear();
    core.instance.close.mockClear();
    vi.stubEnv('PASSERELLE_DATA_DIR', '');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    root = mkdtempSync(join(tmpdir(), 'passerelle-main-'));
    userData = join(root, 'userData');
    fake.app.userData = userData;
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    rmSync(root, { recursive: true, force: true });
  });

  const nothingLocal = () => {
    expect(createCore).not.toHaveBeenCalled();
    expect(desktopFieldKey).not.toHaveBeenCalled();
    expect(fake.ipcMain.handle).not.toHaveBeenCalled();
    expect(fake.protocol.handle).not.toHaveBeenCalled();
  };

  it('connected to a server: shows its page without preload and opens nothing local', async () => {
    connectionFile({ mode: 'server', url: SERVER });
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    await settle();
    nothingLocal();
    const window = fake.windows[0]!;
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith(`${SERVER}/`);
    expect(window.options.webPreferences).not.toHaveProperty('preload');
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    // The guards allow the server's origin, and nothing else (not even app://).
    for (const [url, allowed] of [
      [`${SERVER}/#/calendar`, true],
      ['https://evil.example/', false],
      ['app://passerelle/index.html', false],
    ] as const) {
      const event = fakeEvent(url);
      window.webContents.emit('will-navigate', event);
      expect(event.preventDefault.mock.calls.length, url).toBe(allowed ? 0 : 1);
    }
    // Quitting has no database to wait for.
    const quit = fakeEvent();
    fake.app.emit('will-quit', quit);
    expect(quit.preventDefault).not.toHaveBeenCalled();
  });

  it('connected to a server: a failed load shows the local page, whose button opens the chooser', async () => {
    connectionFile({ mode: 'server', url: SERVER });
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const window = fake.windows[0]!;
    window.webContents.emit('did-fail-load', fakeEvent(), -106, 'ERR_INTERNET_DISCONNECTED', `${SERVER}/`, true);
    expect(decodeURIComponent(String(window.loadURL.mock.lastCall![0]))).toContain('Le serveur Passerelle ne répond pas');
    window.webContents.emit('will-navigate', fakeEvent('app://passerelle/connexion/changer'));
    expect(fake.windows).toHaveLength(2);
    expect(decodeURIComponent(String(fake.windows[1]!.loadURL.mock.lastCall![0]))).toContain('Serveur partagé');
  });

  it('at first start: asks, opens nothing local, and restarts once local is chosen', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    await settle();
    nothingLocal();
    const chooser = fake.windows[0]!;
    expect(chooser.options.webPreferences).not.toHaveProperty('preload');
    expect(decodeURIComponent(String(chooser.loadURL.mock.lastCall![0]))).toContain('Base locale sur ce PC');
    chooser.webContents.emit('will-navigate', fakeEvent('app://passerelle/connexion/locale'));
    expect(JSON.parse(readFileSync(join(userData, 'connection.json'), 'utf8'))).toEqual({ mode: 'local' });
    expect(fake.order.slice(-2)).toEqual(['relaunch', 'quit']);
    nothingLocal();
  });

  it('at first start: saves a server that answers, then restarts', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    fake.windows[0]!.webContents.emit('will-navigate', fakeEvent(`app://passerelle/connexion/serveur?adresse=${encodeURIComponent(SERVER)}`));
    await vi.waitFor(() => expect(fake.app.relaunch).toHaveBeenCalledTimes(1));
    expect(JSON.parse(readFileSync(join(userData, 'connection.json'), 'utf8'))).toEqual({ mode: 'server', url: SERVER });
    nothingLocal();
  });

  it('with a broken file that meant a server: says so and asks again, never opening a local database', async () => {
    connectionFile('{"mode":"server","url":"http://passerelle.liege.be"}');
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    await settle();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [, message] = fake.dialog.showErrorBox.mock.calls[0]!;
    expect(message).toContain(join(userData, 'connection.json'));
    expect(message).toContain('Choisissez à nouveau');
    nothingLocal();
    expect(decodeURIComponent(String(fake.windows[0]!.loadURL.mock.lastCall![0]))).toContain('Serveur partagé');
    expect(fake.app.exit).not.toHaveBeenCalled();
  });

  it('from the menu in local mode: the chooser opens once, and a new choice closes the database before restarting', async () => {
    connectionFile({ mode: 'local' });
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const menu = fake.Menu.setApplicationMenu.mock.lastCall![0] as { template: { submenu?: { label?: string; click?: () => void }[] }[] };
    const item = menu.template[0]!.submenu!.find((entry) => entry.label === 'Connexion au serveur…')!;
    item.click!();
    item.click!();
    expect(fake.windows).toHaveLength(2);
    fake.windows[1]!.webContents.emit('will-navigate', fakeEvent(`app://passerelle/connexion/serveur?adresse=${encodeURIComponent(SERVER)}`));
    await vi.waitFor(() => expect(fake.app.relaunch).toHaveBeenCalledTimes(1));
    // app.quit then fires will-quit, which waits for the database.
    const quit = fakeEvent();
    fake.app.emit('will-quit', quit);
    expect(quit.preventDefault).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(core.instance.close).toHaveBeenCalledTimes(1));
  });
});

describe('surviving failures and behaving like a desktop app (issue 18)', () => {
  beforeEach(() => {
    fake.reset();
    core.failure = null;
    vi.mocked(createCore).mockClear();
    vi.mocked(desktopFieldKey).mockClear();
    vi.mocked(logUncaughtErrors).mockClear();
    core.instance.close.mockClear();
    core.instance.endSession.mockClear();
    vi.stubEnv('PASSERELLE_DATA_DIR', '');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    root = mkdtempSync(join(tmpdir(), 'passerelle-main-'));
    userData = join(root, 'userData');
    fake.app.userData = userData;
    connectionFile({ mode: 'local' });
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    rmSync(root, { recursive: true, force: true });
  });

  const logFile = () => join(userData, 'logs', 'passerelle.log');
  const logEntries = () =>
    readFileSync(logFile(), 'utf8')
      .trim()
      .split('\n')
      .map((row) => JSON.parse(row) as Record<string, unknown>);
  type MenuItem = { label?: string; click?: () => void; submenu?: MenuItem[] };
  const helpItem = () => {
    const menu = fake.Menu.setApplicationMenu.mock.lastCall![0] as { template: MenuItem[] };
    const help = menu.template.find((entry) => entry.label === 'Aide');
    return help?.submenu?.find((entry) => entry.label === 'Ouvrir le dossier des journaux');
  };

  it('keeps crash dumps in the logs folder, never uploaded, started before ready', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const dumps = join(userData, 'logs', 'crash-dumps');
    expect(fake.app.setPath).toHaveBeenCalledWith('crashDumps', dumps);
    expect(existsSync(dumps)).toBe(true);
    expect(fake.crashReporter.start).toHaveBeenCalledExactlyOnceWith({ uploadToServer: false });
    expect(fake.crashReporter.start.mock.calls[0]![0]).not.toHaveProperty('submitURL');
    expect(fake.order.indexOf('setPath:crashDumps')).toBeLessThan(fake.order.indexOf('crashReporter.start'));
    expect(fake.order.indexOf('crashReporter.start')).toBeLessThan(fake.order.indexOf('whenReady'));
  });

  it('hands the log to the uncaught-error handler before ready, and the core writes to the same log', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    expect(fake.order.indexOf('logUncaughtErrors')).toBeLessThan(fake.order.indexOf('whenReady'));
    const handed = vi.mocked(logUncaughtErrors).mock.calls[0]![0] as { internalError(event: string, error: unknown): string };
    expect(vi.mocked(createCore).mock.calls[0]![0].logger).toBe(handed);
    handed.internalError('main.uncaughtException', new RangeError('Dupont, 12 rue Féronstrée'));
    const entry = logEntries().find((line) => line.event === 'main.uncaughtException');
    expect(entry).toMatchObject({ level: 'error', event: 'main.uncaughtException', errorClass: 'RangeError' });
    expect(readFileSync(logFile(), 'utf8')).not.toContain('Dupont');
  });

  it('Aide → Ouvrir le dossier des journaux opens the data directory’s logs folder, in every mode', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    helpItem()!.click!();
    await vi.waitFor(() => expect(fake.shell.openPath).toHaveBeenCalledExactlyOnceWith(join(userData, 'logs')));
    // Connected to a server, and at the first start's choice, the item is there too.
    for (const content of [{ mode: 'server', url: SERVER }, null]) {
      fake.reset();
      rmSync(join(userData, 'connection.json'), { force: true });
      connectionFile(content);
      fake.app.userData = userData;
      await launch();
      await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
      expect(helpItem(), JSON.stringify(content)).toBeDefined();
    }
  });

  it('a crashed page is reloaded in the same web contents: the IPC session survives until the window is destroyed', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const window = fake.windows[0]!;
    window.webContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 139 });
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
    expect(fake.windows).toHaveLength(1);
    expect(core.instance.endSession).not.toHaveBeenCalled();
    // The reloaded page calls with the same sender id, hence the same session.
    const listener = fake.ipcListener(CHANNELS[0]!.name);
    await listener({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, {});
    expect(core.instance.dispatch).toHaveBeenLastCalledWith({ sessionKey: `ipc:${window.webContents.id}` }, CHANNELS[0]!.name, {});
    expect(logEntries()).toContainEqual(expect.objectContaining({ event: 'window.renderProcessGone', reason: 'crashed', exitCode: 139 }));
    window.webContents.emit('destroyed');
    expect(core.instance.endSession).toHaveBeenCalledExactlyOnceWith(`ipc:${window.webContents.id}`);
  });

  it('closing the window with unsaved typing asks in French; « Quitter sans enregistrer » lets it close', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const window = fake.windows[0]!;
    const stay = fakeEvent();
    window.webContents.emit('will-prevent-unload', stay);
    expect(fake.dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
    expect(fake.dialog.showMessageBoxSync.mock.calls[0]![1]).toMatchObject({ message: 'Quitter sans enregistrer ?' });
    expect(stay.preventDefault).not.toHaveBeenCalled();
    fake.dialog.showMessageBoxSync.mockReturnValue(1);
    const leave = fakeEvent();
    window.webContents.emit('will-prevent-unload', leave);
    expect(leave.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('opens the window where it was left, maximised before it is shown', async () => {
    writeFileSync(join(userData, 'window-state.json'), JSON.stringify({ x: 200, y: 100, width: 1100, height: 700, maximized: true }));
    await launch();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const window = fake.windows[0]!;
    expect(window.options).toMatchObject({ x: 200, y: 100, width: 1100, height: 700 });
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalledTimes(1);
    expect(window.maximize.mock.invocationCallOrder[0]!).toBeLessThan(window.show.mock.invocationCallOrder[0]!);
    // Closing writes where it is now.
    window.bounds = { x: 10, y: 20, width: 1000, height: 650 };
    window.maximized = false;
    window.emit('close', fakeEvent());
    expect(JSON.parse(readFileSync(join(userData, 'window-state.json'), 'utf8'))).toEqual({ x: 10, y: 20, width: 1000, height: 650, maximized: false });
  });
});
