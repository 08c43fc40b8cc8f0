import { app, type BrowserWindow } from 'electron';

/**
 * One running app per data directory: a second process writing the same database would race the first
 * (sessions, backups, migrations). Chromium keys the lock on `userData`, which is why the data directory is
 * chosen before this runs. Returns false when another instance holds the lock; that instance is then told
 * and brings its window forward.
 */
export function claimSingleInstance(currentWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = currentWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
