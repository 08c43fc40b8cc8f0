import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { createMainWindow, WEB_PREFERENCES, NO_BRIDGE_WEB_PREFERENCES, MAIN_WINDOW_OPTIONS } = await import('../../main/electron/window');
const { PRELOAD_PATH } = await import('../../main/electron/paths');

describe('the main window factory', () => {
  beforeEach(() => fake.reset());

  it('pins the renderer policy: isolated, sandboxed, no Node, web security on', () => {
    expect(WEB_PREFERENCES.contextIsolation).toBe(true);
    expect(WEB_PREFERENCES.sandbox).toBe(true);
    expect(WEB_PREFERENCES.nodeIntegration).toBe(false);
    expect(WEB_PREFERENCES.nodeIntegrationInWorker).toBe(false);
    expect(WEB_PREFERENCES.nodeIntegrationInSubFrames).toBe(false);
    expect(WEB_PREFERENCES.webSecurity).toBe(true);
    expect(WEB_PREFERENCES.allowRunningInsecureContent).toBe(false);
    expect(WEB_PREFERENCES.webviewTag).toBe(false);
    expect(WEB_PREFERENCES.preload).toBe(PRELOAD_PATH);
    expect(PRELOAD_PATH.endsWith('preload.cjs')).toBe(true);
    expect(Object.isFrozen(WEB_PREFERENCES)).toBe(true);
  });

  it('has the same policy without the preload for pages that must not reach the main process', () => {
    expect(NO_BRIDGE_WEB_PREFERENCES).not.toHaveProperty('preload');
    const { preload: _preload, ...rest } = WEB_PREFERENCES;
    expect(NO_BRIDGE_WEB_PREFERENCES).toEqual(rest);
    expect(Object.isFrozen(NO_BRIDGE_WEB_PREFERENCES)).toBe(true);
  });

  it('creates the BrowserWindow with exactly that policy', () => {
    createMainWindow();
    expect(fake.windows).toHaveLength(1);
    const options = fake.windows[0]!.options;
    const webPreferences = options.webPreferences as Record<string, unknown>;
    expect(webPreferences).toEqual(WEB_PREFERENCES);
    // Asserted on what Electron received, not only on the constant.
    expect(webPreferences.contextIsolation).toBe(true);
    expect(webPreferences.sandbox).toBe(true);
    expect(webPreferences.nodeIntegration).toBe(false);
    expect(webPreferences.webSecurity).toBe(true);
    // A copy: Electron cannot change the shared constant through the window's options.
    expect(webPreferences).not.toBe(WEB_PREFERENCES);
  });

  it('titles and sizes the window, hidden until its first paint', () => {
    const window = createMainWindow();
    const options = fake.windows[0]!.options;
    expect(options).toMatchObject(MAIN_WINDOW_OPTIONS);
    expect(options.title).toBe('Passerelle');
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeLessThanOrEqual(options.width as number);
    expect(options.minHeight).toBeLessThanOrEqual(options.height as number);
    expect(typeof options.backgroundColor).toBe('string');

    const shown = fake.windows[0]!;
    expect(shown.show).not.toHaveBeenCalled();
    shown.emit('ready-to-show');
    expect(shown.show).toHaveBeenCalledTimes(1);
    expect(window).toBe(shown);
  });

  it('loads the renderer from app://passerelle, never from file://', () => {
    createMainWindow();
    expect(fake.windows[0]!.loadURL).toHaveBeenCalledWith('app://passerelle/index.html');
  });
});
