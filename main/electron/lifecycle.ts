import { app } from 'electron';
import type { Core } from '../core';

/** Windows and Linux are the targets: closing the window ends the app, on macOS too, for one rule everywhere. */
export function quitWhenAllWindowsClose(): void {
  app.on('window-all-closed', () => app.quit());
}

/**
 * Holds the quit until the database is closed, so SQLite checkpoints its WAL into the main file and the
 * data directory is left as one clean file.
 */
export function closeCoreOnQuit(core: Pick<Core, 'close'>): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    core
      .close()
      .catch(() => {
        // Quitting anyway: SQLite recovers from the WAL at the next start.
      })
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}
