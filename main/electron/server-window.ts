import { BrowserWindow } from 'electron';
import { originOf } from './app-origin';
import { connectionActionOf, unreachablePage } from './connection-pages';
import { MAIN_WINDOW_OPTIONS, NO_BRIDGE_WEB_PREFERENCES, showWhenReady } from './window';
import type { WindowPlacement } from './window-state';

// Chromium's code for a load replaced or cancelled (another navigation, a stopped page): not a failure.
const ERR_ABORTED = -3;

function load(window: BrowserWindow, url: string): void {
  window.loadURL(url).catch(() => {
    // did-fail-load reports the failure and shows the local page; the rejection itself says nothing more.
  });
}

/**
 * The main window when the app is connected to a team server: the server's own page, signed in with its
 * session cookie (renderer/api/http-transport.ts), with no preload so that a remote page never gets
 * `window.passerelle`. Certificates are Chromium's to judge: the app never handles `certificate-error`, so
 * an untrusted certificate stops the load; the City's internal CA must be installed in Windows' certificate
 * store (Chromium trusts what Windows trusts). When the page cannot load, a local page says so and offers
 * Réessayer / Changer de connexion; only that page's buttons are obeyed, never the server's page.
 */
export function createServerWindow(origin: string, onChangeConnection: () => void, placement: WindowPlacement = {}): BrowserWindow {
  const window = new BrowserWindow({ ...MAIN_WINDOW_OPTIONS, ...placement.bounds, webPreferences: { ...NO_BRIDGE_WEB_PREFERENCES } });
  const contents = window.webContents;
  const entry = `${origin}/`;
  const showUnreachable = (): void => {
    load(window, unreachablePage(origin));
    window.show();
  };
  showWhenReady(window, placement);

  contents.on('did-fail-load', (_event, errorCode: number, _description: string, validatedUrl: string, isMainFrame: boolean) => {
    if (!isMainFrame || errorCode === ERR_ABORTED || originOf(validatedUrl) !== origin) return;
    showUnreachable();
  });
  // A proxy in front of a stopped server answers 502/503 with a page of its own: that is "not answering" too.
  contents.on('did-navigate', (_event, url: string, httpResponseCode: number) => {
    if (originOf(url) === origin && httpResponseCode >= 500) showUnreachable();
  });
  contents.on('will-navigate', (event) => {
    const action = connectionActionOf(event.url);
    if (!action) return;
    event.preventDefault();
    if (!contents.getURL().startsWith('data:')) return;
    if (action.kind === 'retry') load(window, entry);
    else if (action.kind === 'change') onChangeConnection();
  });
  load(window, entry);
  return window;
}
