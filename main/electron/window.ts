import { BrowserWindow, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { PRELOAD_PATH } from './paths';
import type { WindowPlacement } from './window-state';

/**
 * The renderer's privileges, for every window the app opens. The page gets no Node, runs in Chromium's
 * sandbox, and reaches the main process only through the preload's `window.passerelle`, in an isolated
 * world. Spellcheck is off because Chromium would download its dictionaries from Google's servers.
 */
export const WEB_PREFERENCES = Object.freeze({
  preload: PRELOAD_PATH,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} satisfies WebPreferences);

/**
 * The same policy without the preload, for pages that must never reach the main process: a team server's
 * page (remote: `window.passerelle` there would hand the local API to whoever controls that server or its
 * network path) and the app's own connection pages (plain HTML, no script).
 */
export const NO_BRIDGE_WEB_PREFERENCES: Omit<typeof WEB_PREFERENCES, 'preload'> = Object.freeze(
  Object.fromEntries(Object.entries(WEB_PREFERENCES).filter(([key]) => key !== 'preload')) as Omit<typeof WEB_PREFERENCES, 'preload'>,
);

export const MAIN_WINDOW_OPTIONS = Object.freeze({
  title: 'Passerelle',
  width: 1280,
  height: 820,
  minWidth: 960,
  minHeight: 640,
  // Hidden until the first paint, on the renderer's own background, so the user never sees a white flash.
  show: false,
  backgroundColor: '#ffffff',
} satisfies BrowserWindowConstructorOptions);

/**
 * Shows a window at its first paint, maximised first if it was when last closed (window-state.ts), so the user
 * never sees it jump. Without a saved position Electron centres it.
 */
export function showWhenReady(window: BrowserWindow, placement: WindowPlacement): void {
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
}

/** The app's only window factory. */
export function createMainWindow(placement: WindowPlacement = {}): BrowserWindow {
  // Copies: Electron must never be able to alter the shared policy objects.
  const window = new BrowserWindow({ ...MAIN_WINDOW_OPTIONS, ...placement.bounds, webPreferences: { ...WEB_PREFERENCES } });
  showWhenReady(window, placement);
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    // A failed load leaves an empty window the user can close; crashing on the rejection would be worse.
    console.error('Passerelle: the renderer did not load', error instanceof Error ? error.message : error);
  });
  return window;
}
