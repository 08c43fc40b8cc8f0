import { app, dialog, Menu, type BrowserWindow } from 'electron';
import { createCore } from '../core';
import { describeError } from '../log';
import { desktopFieldKey } from './field-key';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { chooseDataDir } from './data-location';
import { registerIpc } from './ipc';
import { closeCoreOnQuit, quitWhenAllWindowsClose } from './lifecycle';
import { buildAppMenu } from './menu';
import { STARTUP_FAILURE_TITLE, startupFailureMessage } from './messages';
import { RENDERER_ROOT } from './paths';
import { installSecurityGuards } from './security';
import { claimSingleInstance } from './single-instance';
import { createMainWindow } from './window';

/**
 * The desktop app's entry. Order matters: everything before `start()` must happen before Electron is
 * ready, and the single-instance lock must be held before the database is opened.
 */
let mainWindow: BrowserWindow | null = null;

registerAppScheme();
app.enableSandbox();
installSecurityGuards();
const dataDir = chooseDataDir();

async function start(): Promise<void> {
  await app.whenReady();
  const core = await createCore({ dataDir, fieldKey: desktopFieldKey(dataDir), program: 'desktop', automaticBackups: true });
  closeCoreOnQuit(core);
  serveRenderer(RENDERER_ROOT);
  registerIpc(core);
  Menu.setApplicationMenu(buildAppMenu());
  quitWhenAllWindowsClose();
  mainWindow = createMainWindow();
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

if (claimSingleInstance(() => mainWindow)) {
  start().catch(failToStart);
} else {
  // Another Passerelle already has this data directory; it has been asked to show its window.
  app.quit();
}
