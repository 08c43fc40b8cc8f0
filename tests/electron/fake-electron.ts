import { EventEmitter } from 'node:events';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module, which cannot load on these machines (no Electron binary). It
 * records what the app asks of Electron, in order, and lets a test play Electron's part: emit app and
 * web contents events, call the registered IPC handlers and window-open handler.
 *
 * Each test file builds one with `vi.hoisted` and returns `fake.module` from `vi.mock('electron', …)`, so
 * the module and the test share the same objects even across `vi.resetModules()`.
 */

export interface FakeEvent {
  preventDefault: ReturnType<typeof vi.fn>;
  url?: string;
}

export function fakeEvent(url?: string): FakeEvent {
  return { preventDefault: vi.fn(), ...(url === undefined ? {} : { url }) };
}

export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string) => boolean;
type DevicePermissionHandler = (details: unknown) => boolean;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  devicePermissionHandler: DevicePermissionHandler | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: DevicePermissionHandler): void {
    this.devicePermissionHandler = handler;
  }
}

type WindowOpenHandler = (details: { url: string }) => { action: string };

let nextWebContentsId = 101;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly session: FakeSession;
  readonly mainFrame = new FakeFrame('app://passerelle/index.html');
  windowOpenHandler: WindowOpenHandler | null = null;
  /** The last URL its window loaded, as `getURL()` reports the page being shown. */
  url = '';
  getURL(): string {
    return this.url;
  }
  constructor(session: FakeSession) {
    super();
    this.session = session;
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  // Crash recovery (crash-recovery.ts): a reload keeps this object, hence its id and its IPC session.
  readonly reload = vi.fn();
  readonly forcefullyCrashRenderer = vi.fn();
  destroyed = false;
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/** A display as `screen.getAllDisplays()` lists it (only what window-state.ts reads). */
export interface FakeDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
}

export function fakeDisplay(id: number, x: number, y: number, width: number, height: number): FakeDisplay {
  return { id, bounds: { x, y, width, height }, workArea: { x, y, width, height: height - 40 } };
}

export type IpcListener = (event: unknown, input: unknown) => unknown;

export function createFakeElectron() {
  const order: string[] = [];
  const defaultSession = new FakeSession();
  const windows: FakeBrowserWindow[] = [];

  const app = Object.assign(new EventEmitter(), {
    lockGranted: true,
    isPackaged: false,
    userData: '/fake/userData/Passerelle',
    requestSingleInstanceLock: vi.fn((): boolean => {
      order.push('requestSingleInstanceLock');
      return app.lockGranted;
    }),
    /** Paths other than userData, once the app set them (crashDumps). */
    paths: new Map<string, string>(),
    getPath: vi.fn((name: string): string => {
      if (name === 'userData') return app.userData;
      const set = app.paths.get(name);
      if (set === undefined) throw new Error(`unexpected getPath(${name})`);
      return set;
    }),
    setPath: vi.fn((name: string, value: string): void => {
      order.push(`setPath:${name}`);
      if (name === 'userData') app.userData = value;
      else app.paths.set(name, value);
    }),
    whenReady: vi.fn(async (): Promise<void> => {
      order.push('whenReady');
    }),
    enableSandbox: vi.fn((): void => {
      order.push('enableSandbox');
    }),
    quit: vi.fn((): void => {
      order.push('quit');
    }),
    exit: vi.fn((code?: number): void => {
      order.push(`exit:${code ?? 0}`);
    }),
    relaunch: vi.fn((): void => {
      order.push('relaunch');
    }),
  });

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents(defaultSession);
    readonly loadURL = vi.fn(async (url: string): Promise<void> => {
      this.webContents.url = url;
    });
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    minimized = false;
    readonly isMinimized = vi.fn(() => this.minimized);
    // Size and position (window-state.ts): the normal bounds are what the window returns to when unmaximised.
    bounds = { x: 0, y: 0, width: 800, height: 600 };
    maximized = false;
    destroyed = false;
    readonly getNormalBounds = vi.fn(() => ({ ...this.bounds }));
    readonly getBounds = vi.fn(() => ({ ...this.bounds }));
    readonly isMaximized = vi.fn(() => this.maximized);
    readonly maximize = vi.fn(() => {
      this.maximized = true;
    });
    readonly isDestroyed = vi.fn(() => this.destroyed);
    readonly close = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      this.bounds = {
        x: Number(options.x ?? 0),
        y: Number(options.y ?? 0),
        width: Number(options.width ?? 800),
        height: Number(options.height ?? 600),
      };
      order.push('new BrowserWindow');
      windows.push(this);
      // As in Electron: a new window's web contents is announced to the app.
      app.emit('web-contents-created', fakeEvent(), this.webContents);
    }
  }

  const ipcMain = {
    handle: vi.fn((channel: string, _listener: IpcListener): void => {
      order.push(`ipcMain.handle:${channel}`);
    }),
  };
  const protocol = {
    registerSchemesAsPrivileged: vi.fn((_schemes: unknown[]): void => {
      order.push('registerSchemesAsPrivileged');
    }),
    handle: vi.fn((scheme: string, _handler: (request: Request) => Promise<Response>): void => {
      order.push(`protocol.handle:${scheme}`);
    }),
  };
  const shell = {
    openExternal: vi.fn(async (_url: string): Promise<void> => {}),
    // Electron answers an error message, or '' when the folder opened.
    openPath: vi.fn(async (_path: string): Promise<string> => ''),
  };
  const dialog = {
    showErrorBox: vi.fn((_title: string, _content: string): void => {
      order.push('showErrorBox');
    }),
    // The user's answer is the index of a button: a test sets it with mockReturnValue / mockResolvedValue.
    showMessageBox: vi.fn(async (..._args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> => ({ response: 0, checkboxChecked: false })),
    showMessageBoxSync: vi.fn((..._args: unknown[]): number => 0),
  };
  const crashReporter = {
    start: vi.fn((_options: Record<string, unknown>): void => {
      order.push('crashReporter.start');
    }),
  };
  const screen = {
    displays: [fakeDisplay(1, 0, 0, 1920, 1080)] as FakeDisplay[],
    getAllDisplays: vi.fn((): FakeDisplay[] => screen.displays),
  };
  const Menu = {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn((_menu: unknown): void => {}),
  };
  const contextBridge = { exposeInMainWorld: vi.fn((_key: string, _api: unknown): void => {}) };
  const ipcRenderer = { invoke: vi.fn(async (_channel: string, _input: unknown): Promise<unknown> => ({ ok: true, data: null })) };
  const session = { defaultSession };
  // Electron's fetch through Chromium's network stack; a test sets what the "server" answers.
  const net = { fetch: vi.fn(async (_url: string, _init?: RequestInit): Promise<Response> => new Response('ok', { status: 200 })) };

  const electron = { app, BrowserWindow: FakeBrowserWindow, ipcMain, protocol, shell, dialog, Menu, contextBridge, ipcRenderer, session, net, crashReporter, screen };
  const module = { ...electron, default: electron };

  /** The listener `ipcMain.handle` received for a channel. */
  function ipcListener(channel: string): IpcListener {
    const call = ipcMain.handle.mock.calls.find(([name]) => name === channel);
    if (!call) throw new Error(`no IPC handler for ${channel}`);
    return call[1];
  }

  /** A web contents as Electron would announce it (not tied to a window). */
  function createWebContents(): FakeWebContents {
    const contents = new FakeWebContents(new FakeSession());
    app.emit('web-contents-created', fakeEvent(), contents);
    return contents;
  }

  function reset(): void {
    order.length = 0;
    windows.length = 0;
    app.removeAllListeners();
    app.lockGranted = true;
    app.isPackaged = false;
    app.userData = '/fake/userData/Passerelle';
    app.paths.clear();
    screen.displays = [fakeDisplay(1, 0, 0, 1920, 1080)];
    for (const spy of [
      app.requestSingleInstanceLock,
      app.getPath,
      app.setPath,
      app.whenReady,
      app.enableSandbox,
      app.quit,
      app.exit,
      app.relaunch,
      ipcMain.handle,
      protocol.registerSchemesAsPrivileged,
      protocol.handle,
      shell.openExternal,
      dialog.showErrorBox,
      Menu.buildFromTemplate,
      Menu.setApplicationMenu,
      contextBridge.exposeInMainWorld,
      ipcRenderer.invoke,
      crashReporter.start,
      screen.getAllDisplays,
    ]) {
      spy.mockClear();
    }
    // Answers a test may have changed go back to Electron's defaults.
    for (const spy of [shell.openPath, dialog.showMessageBox, dialog.showMessageBoxSync]) spy.mockReset();
    shell.openPath.mockImplementation(async () => '');
    dialog.showMessageBox.mockImplementation(async () => ({ response: 0, checkboxChecked: false }));
    dialog.showMessageBoxSync.mockImplementation(() => 0);
    net.fetch.mockReset();
    net.fetch.mockImplementation(async () => new Response('ok', { status: 200 }));
  }

  return { module, ...electron, order, windows, ipcListener, createWebContents, reset };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** What `safeStorage.getSelectedStorageBackend()` answers in Electron 45 (Linux). */
export type FakeStorageBackend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';

/**
 * `safeStorage` as Electron 45 documents it, asynchronous API only: its deprecated synchronous calls throw, so
 * a test notices if the app still uses them. Kept apart from `createFakeElectron` (a test file adds it to the
 * mocked module: `{ ...electron.module, safeStorage: fake.safeStorage }`). A test plays the system with `state`:
 *
 * - `available`: what `isAsyncEncryptionAvailable()` resolves (false: no keyring, a headless session);
 * - `account`: the OS account whose secret encrypts (DPAPI, Keychain, libsecret): another account cannot decrypt;
 * - `backend`: `getSelectedStorageBackend()`. On `basic_text`, Chromium encrypts with a password written in its
 *   source (prefix `v10`), the same for every account: a copy of the data opens anywhere;
 * - `generation`: the store's current key (prefix `v2<generation>`). Data of an older generation still decrypts,
 *   with `shouldReEncrypt: true` (a rotated key), and so does `basic_text` data once a real store is selected
 *   (a key "that provides a different security level").
 */
export function createFakeSafeStorage() {
  const state = { available: true, account: 'account-A', backend: 'gnome_libsecret' as FakeStorageBackend, generation: 1 };
  const OBFUSCATION_PASSWORD = 'peanuts';
  const secretOf = (seed: string) => createHash('sha256').update(seed).digest();

  function seal(plain: string, prefix: string, secret: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', secret, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from(prefix, 'latin1'), iv, body, cipher.getAuthTag()]);
  }
  function open(encrypted: Buffer, secret: Buffer): string {
    // Authenticated, so another account's secret always fails (as DPAPI or the Keychain would).
    const decipher = createDecipheriv('aes-256-gcm', secret, encrypted.subarray(3, 15));
    decipher.setAuthTag(encrypted.subarray(encrypted.length - 16));
    return Buffer.concat([decipher.update(encrypted.subarray(15, encrypted.length - 16)), decipher.final()]).toString('utf8');
  }
  const deprecated = (name: string) => () => {
    throw new Error(`safeStorage.${name} is deprecated in Electron 45 (removed in 46): use the asynchronous API`);
  };

  const safeStorage = {
    isAsyncEncryptionAvailable: vi.fn(async (): Promise<boolean> => state.available),
    getSelectedStorageBackend: vi.fn((): FakeStorageBackend => state.backend),
    encryptStringAsync: vi.fn(async (plain: string): Promise<Buffer> => {
      if (!state.available) throw new Error('Encryption is not available.');
      if (state.backend === 'basic_text') return seal(plain, 'v10', secretOf(OBFUSCATION_PASSWORD));
      return seal(plain, `v2${state.generation}`, secretOf(`${state.account}:${state.generation}`));
    }),
    decryptStringAsync: vi.fn(async (encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> => {
      if (!state.available) throw new Error('Encryption is not available.');
      const prefix = encrypted.subarray(0, 3).toString('latin1');
      if (prefix === 'v10') return { result: open(encrypted, secretOf(OBFUSCATION_PASSWORD)), shouldReEncrypt: state.backend !== 'basic_text' };
      const generation = /^v2(\d)$/.exec(prefix)?.[1];
      // basic_text has no way to reach the keyring's secret.
      if (generation === undefined || state.backend === 'basic_text') throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return { result: open(encrypted, secretOf(`${state.account}:${generation}`)), shouldReEncrypt: Number(generation) !== state.generation };
    }),
    isEncryptionAvailable: vi.fn(deprecated('isEncryptionAvailable')),
    encryptString: vi.fn(deprecated('encryptString')),
    decryptString: vi.fn(deprecated('decryptString')),
  };

  function reset(): void {
    Object.assign(state, { available: true, account: 'account-A', backend: 'gnome_libsecret', generation: 1 });
    for (const spy of Object.values(safeStorage)) spy.mockClear();
  }

  return { safeStorage, state, reset };
}

export type FakeSafeStorage = ReturnType<typeof createFakeSafeStorage>;
