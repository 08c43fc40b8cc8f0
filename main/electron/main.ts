import { app, dialog, Menu, type BrowserWindow } from 'electron';
import { createCore } from '../core';
import { systemClock } from '../clock';
import { createConsoleLogger, createFileLogger, describeError, logFileOf, type Logger } from '../log';
import { desktopFieldKey } from './field-key';
import { APP_ORIGIN } from './app-origin';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { readConnection } from './connection';
import { openConnectionChooser } from './connection-chooser';
import { BROKEN_FILE_TITLE, brokenFileMessage } from './connection-messages';
import { askBeforeClosingUnsaved } from './close-guard';
import { recoverFromCrashes } from './crash-recovery';
import { keepCrashDumpsLocally } from './crash-reports';
import { chooseDataDir } from './data-location';
import { registerIpc } from './ipc';
import { closeCoreOnQuit, quitWhenAllWindowsClose } from './lifecycle';
import { openLogsFolder } from './logs-folder';
import { buildAppMenu } from './menu';
import { STARTUP_FAILURE_TITLE, startupFailureMessage } from './messages';
import { RENDERER_ROOT } from './paths';
import { installSecurityGuards } from './security';
import { createServerWindow } from './server-window';
import { claimSingleInstance } from './single-instance';
import { logUncaughtErrors } from './uncaught-errors';
import { prepareUpdates } from './updates';
import { createMainWindow } from './window';
import { rememberWindowState, restoreWindowPlacement } from './window-state';

/**
 * The desktop app's entry. Order matters: everything before `start()` must happen before Electron is
 * ready, and the single-instance lock must be held before the database is opened. The connection choice
 * (connection.ts) is read before the guards, which allow one origin: app://passerelle for the local
 * database, the team server's origin when connected to one. The log, the handler of uncaught errors and the
 * crash reporter start as soon as the data directory is known (they live in its logs/ folder), before ready,
 * so that nothing that fails later, in any mode, goes unrecorded.
 */
let mainWindow: BrowserWindow | null = null;
let chooserWindow: BrowserWindow | null = null;

registerAppScheme();
app.enableSandbox();
const dataDir = chooseDataDir();
/**
 * One log for the whole process: the core writes to it too (class, code and frames only; rotated by size).
 * A data directory where nothing can be written must still reach the French start-up dialog, not crash here:
 * the log then goes to the standard output.
 */
function openLog(): Logger {
  try {
    return createFileLogger(logFileOf(dataDir), systemClock);
  } catch {
    return createConsoleLogger(systemClock);
  }
}
const logger = openLog();
logUncaughtErrors(logger);
keepCrashDumpsLocally(dataDir);
const connection = readConnection(dataDir);
const server = connection.kind === 'chosen' && connection.connection.mode === 'server' ? connection.connection.url : null;
installSecurityGuards(server ?? APP_ORIGIN);

/** A new choice takes effect by restarting: the guards' origin and the local core belong to one mode. */
function restartInNewMode(): void {
  app.relaunch();
  // quit, not exit: in local mode the database is closed first (closeCoreOnQuit).
  app.quit();
}

function openLogs(): void {
  void openLogsFolder(dataDir);
}

function appMenu(onChooseConnection?: () => void, onCheckForUpdates?: () => void) {
  return buildAppMenu(app.isPackaged, onChooseConnection, openLogs, onCheckForUpdates);
}

/** What the main window does in either mode: opens where it was left, survives its page's failures, asks before losing typing. */
function watchMainWindow(window: BrowserWindow): BrowserWindow {
  rememberWindowState(window, app.getPath('userData'));
  recoverFromCrashes(window, { logger });
  askBeforeClosingUnsaved(window);
  return window;
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

async function startLocal(onCheckForUpdates?: () => void): Promise<BrowserWindow> {
  const core = await createCore({ dataDir, fieldKey: await desktopFieldKey(dataDir), program: 'desktop', automaticBackups: true, logger });
  closeCoreOnQuit(core);
  serveRenderer(RENDERER_ROOT);
  registerIpc(core);
  Menu.setApplicationMenu(appMenu(chooseConnection, onCheckForUpdates));
  quitWhenAllWindowsClose();
  return watchMainWindow(createMainWindow(restoreWindowPlacement(app.getPath('userData'))));
}

async function start(): Promise<void> {
  await app.whenReady();
  if (connection.kind !== 'chosen') {
    // First start, or a file that cannot be trusted: ask, and open nothing local until the answer.
    if (connection.kind === 'broken') dialog.showErrorBox(BROKEN_FILE_TITLE, brokenFileMessage(connection.path));
    Menu.setApplicationMenu(appMenu());
    quitWhenAllWindowsClose();
    chooseConnection();
    return;
  }
  // IT's update settings (updates/settings.ts), read once the lock is ours; null when nothing is to be checked.
  const updates = prepareUpdates({ dataDir, window: () => mainWindow, logger });
  if (server) {
    // Connected to a team server: no core, no database, no field key, no IPC; the server holds everything.
    Menu.setApplicationMenu(appMenu(chooseConnection, updates?.checkFromMenu));
    quitWhenAllWindowsClose();
    mainWindow = watchMainWindow(createServerWindow(server, chooseConnection, restoreWindowPlacement(app.getPath('userData'))));
  } else {
    mainWindow = await startLocal(updates?.checkFromMenu);
  }
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  updates?.checkWhenShown(mainWindow);
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
