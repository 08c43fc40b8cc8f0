import { app, dialog, Menu, type BrowserWindow } from 'electron';
import { createCore } from '../core';
import { describeError } from '../log';
import { desktopFieldKey } from './field-key';
import { APP_ORIGIN } from './app-origin';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { readConnection } from './connection';
import { openConnectionChooser } from './connection-chooser';
import { BROKEN_FILE_TITLE, brokenFileMessage } from './connection-messages';
import { chooseDataDir } from './data-location';
import { registerIpc } from './ipc';
import { closeCoreOnQuit, quitWhenAllWindowsClose } from './lifecycle';
import { buildAppMenu } from './menu';
import { STARTUP_FAILURE_TITLE, startupFailureMessage } from './messages';
import { RENDERER_ROOT } from './paths';
import { installSecurityGuards } from './security';
import { createServerWindow } from './server-window';
import { claimSingleInstance } from './single-instance';
import { createMainWindow } from './window';

/**
 * The desktop app's entry. Order matters: everything before `start()` must happen before Electron is
 * ready, and the single-instance lock must be held before the database is opened. The connection choice
 * (connection.ts) is read before the guards, which allow one origin: app://passerelle for the local
 * database, the team server's origin when connected to one.
 */
let mainWindow: BrowserWindow | null = null;
let chooserWindow: BrowserWindow | null = null;

registerAppScheme();
app.enableSandbox();
const dataDir = chooseDataDir();
const connection = readConnection(dataDir);
const server = connection.kind === 'chosen' && connection.connection.mode === 'server' ? connection.connection.url : null;
installSecurityGuards(server ?? APP_ORIGIN);

/** A new choice takes effect by restarting: the guards' origin and the local core belong to one mode. */
function restartInNewMode(): void {
  app.relaunch();
  // quit, not exit: in local mode the database is closed first (closeCoreOnQuit).
  app.quit();
}

function chooseConnection(): void {
  if (chooserWindow) {
    chooserWindow.focus();
    return;
  }
  chooserWindow = openConnectionChooser({ userData: dataDir, onChosen: restartInNewMode });
  chooserWindow.on('closed', () => {
    chooserWindow = null;
  });
}

async function startLocal(): Promise<BrowserWindow> {
  const core = await createCore({ dataDir, fieldKey: await desktopFieldKey(dataDir), program: 'desktop', automaticBackups: true });
  closeCoreOnQuit(core);
  serveRenderer(RENDERER_ROOT);
  registerIpc(core);
  Menu.setApplicationMenu(buildAppMenu(app.isPackaged, chooseConnection));
  quitWhenAllWindowsClose();
  return createMainWindow();
}

async function start(): Promise<void> {
  await app.whenReady();
  if (connection.kind !== 'chosen') {
    // First start, or a file that cannot be trusted: ask, and open nothing local until the answer.
    if (connection.kind === 'broken') dialog.showErrorBox(BROKEN_FILE_TITLE, brokenFileMessage(connection.path));
    Menu.setApplicationMenu(buildAppMenu(app.isPackaged));
    quitWhenAllWindowsClose();
    chooseConnection();
    return;
  }
  if (server) {
    // Connected to a team server: no core, no database, no field key, no IPC; the server holds everything.
    Menu.setApplicationMenu(buildAppMenu(app.isPackaged, chooseConnection));
    quitWhenAllWindowsClose();
    mainWindow = createServerWindow(server, chooseConnection);
  } else {
    mainWindow = await startLocal();
  }
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function failToStart(error: unknown): void {
  // stderr gets the class, code and stack frames only, as the file log would (no personal data).
  console.error('Passerelle: startup failed', JSON.stringify(describeError(error)));
  dialog.showErrorBox(STARTUP_FAILURE_TITLE, startupFailureMessage(error, dataDir));
  // exit, not quit: nothing is open that needs closing, and a non-zero status tells a launcher it failed.
  app.exit(1);
}

if (claimSingleInstance(() => mainWindow ?? chooserWindow)) {
  start().catch(failToStart);
} else {
  // Another Passerelle already has this data directory; it has been asked to show its window.
  app.quit();
}
