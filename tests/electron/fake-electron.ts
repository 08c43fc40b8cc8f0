import { EventEmitter } from 'node:events';
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
    getPath: vi.fn((name: string): string => {
      if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
      return app.userData;
    }),
    setPath: vi.fn((name: string, value: string): void => {
      order.push(`setPath:${name}`);
      if (name === 'userData') app.userData = value;
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
    constructor(readonly options: Record<string, unknown>) {
      super();
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
  const shell = { openExternal: vi.fn(async (_url: string): Promise<void> => {}) };
  const dialog = {
    showErrorBox: vi.fn((_title: string, _content: string): void => {
      order.push('showErrorBox');
    }),
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

  const electron = { app, BrowserWindow: FakeBrowserWindow, ipcMain, protocol, shell, dialog, Menu, contextBridge, ipcRenderer, session, net };
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
    ]) {
      spy.mockClear();
    }
    net.fetch.mockReset();
    net.fetch.mockImplementation(async () => new Response('ok', { status: 200 }));
  }

  return { module, ...electron, order, windows, ipcListener, createWebContents, reset };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
