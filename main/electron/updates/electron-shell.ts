import { app, dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { UPDATE_DIALOG_TITLE } from './update-messages';
import type { UpdateShell } from './update-flow';

/**
 * The update flow's dialogs and progress bar, on the app's main window when there is one (a dialog attached to
 * the window stays in front of it and blocks nothing else).
 */
export function electronUpdateShell(currentWindow: () => BrowserWindow | null): UpdateShell {
  const open = (): BrowserWindow | null => {
    const window = currentWindow();
    return window && !window.isDestroyed() ? window : null;
  };
  const showMessageBox = (options: MessageBoxOptions) => {
    const window = open();
    return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
  };
  return {
    async ask({ message, detail, buttons }) {
      // cancelId 1: Escape or closing the dialog is "Plus tard", never a yes.
      const { response } = await showMessageBox({ type: 'question', title: UPDATE_DIALOG_TITLE, message, detail, buttons: [...buttons], defaultId: 0, cancelId: 1, noLink: true });
      return response === 0 ? 0 : 1;
    },
    async tell({ message, detail }, kind) {
      await showMessageBox({ type: kind, title: UPDATE_DIALOG_TITLE, message, detail, buttons: ['OK'], defaultId: 0, noLink: true });
    },
    progress(fraction) {
      // -1 removes the bar (Electron's convention).
      open()?.setProgressBar(fraction ?? -1);
    },
    quit() {
      app.quit();
    },
    onQuit(handler) {
      app.once('quit', (_event, exitCode) => handler(exitCode));
    },
  };
}
