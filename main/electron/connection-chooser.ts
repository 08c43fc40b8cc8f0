import { BrowserWindow } from 'electron';
import { parseServerAddress, writeConnection, type Connection } from './connection';
import { ADDRESS_ISSUES, CHECK_FAILURES } from './connection-messages';
import { chooserPage, connectionActionOf } from './connection-pages';
import { checkServer } from './server-health';
import { NO_BRIDGE_WEB_PREFERENCES } from './window';

export interface ChooserOptions {
  /** The folder of connection.json (Electron's userData, moved by --data-dir). */
  userData: string;
  /** Called once the choice is saved; main.ts restarts the app in the new mode. */
  onChosen: (connection: Connection) => void;
}

function load(window: BrowserWindow, url: string): void {
  window.loadURL(url).catch(() => {
    // A data: page does not fail to load; should it, the user can still close the window.
  });
}

/**
 * The small window where the administrator chooses "Base locale sur ce PC" or "Serveur partagé". Its page
 * has no preload and no script: its two forms navigate to app://passerelle/connexion/…, which is read
 * here and never followed. A server address is saved only once it answers as a Passerelle server; until
 * then connection.json keeps the previous choice.
 */
export function openConnectionChooser(options: ChooserOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Connexion — Passerelle',
    width: 720,
    height: 640,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...NO_BRIDGE_WEB_PREFERENCES },
  });
  window.once('ready-to-show', () => window.show());
  let checking = false;

  async function useServer(address: string): Promise<void> {
    const parsed = parseServerAddress(address);
    if (!parsed.ok) {
      load(window, chooserPage({ address, error: ADDRESS_ISSUES[parsed.issue] }));
      return;
    }
    load(window, chooserPage({ address, checking: true }));
    const check = await checkServer(parsed.url);
    if (!check.ok) {
      load(window, chooserPage({ address, error: CHECK_FAILURES[check.failure] }));
      return;
    }
    choose({ mode: 'server', url: parsed.url });
  }

  function choose(connection: Connection): void {
    writeConnection(options.userData, connection);
    options.onChosen(connection);
  }

  window.webContents.on('will-navigate', (event) => {
    // The chooser never goes anywhere: its buttons are read, not followed.
    event.preventDefault();
    const action = connectionActionOf(event.url);
    // A second click while the server is being asked is ignored: one answer, one save.
    if (!action || checking) return;
    if (action.kind === 'local') {
      choose({ mode: 'local' });
    } else if (action.kind === 'server') {
      checking = true;
      useServer(action.address)
        .catch(() => load(window, chooserPage({ address: action.address, error: CHECK_FAILURES.unreachable })))
        .finally(() => {
          checking = false;
        });
    }
  });
  load(window, chooserPage());
  return window;
}
