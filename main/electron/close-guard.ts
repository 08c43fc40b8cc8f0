import { dialog, type BrowserWindow } from 'electron';

export const LEAVE_UNSAVED_TEXT = Object.freeze({
  title: 'Passerelle',
  message: 'Quitter sans enregistrer ?',
  detail: 'Un formulaire ouvert contient une saisie qui n’est pas encore enregistrée. Si vous quittez maintenant, elle sera perdue.',
  // Index 0, the default and the answer to Échap: keep typing. Losing work takes a deliberate click.
  buttons: ['Continuer la saisie', 'Quitter sans enregistrer'],
});
const LEAVE = 1;

/**
 * Set when the app must close without asking: Windows ending the session (shutdown, restart, sign-out), or a
 * quit the app decides itself (installing an update the user accepted). A question then would only block it.
 */
let closingWithoutAsking = false;

/** For quits the user already agreed to, or that must not wait (an update being installed). */
export function closeWithoutAsking(): void {
  closingWithoutAsking = true;
}

/**
 * Closing the window (or reloading it) while a form holds unsaved typing asks first. The renderer's
 * LeaveGuard cancels `beforeunload` while a form is dirty (renderer/components/discard); Electron shows no
 * question of its own for that, it emits `will-prevent-unload`, and without this handler the window would
 * simply refuse to close. *Quitter sans enregistrer* calls `preventDefault()`, which in this event means
 * "ignore the page's refusal and unload". The idle sign-out never reaches here: it signs out without unloading,
 * and the signed-out page holds no form.
 */
export function askBeforeClosingUnsaved(window: BrowserWindow): void {
  // Windows is shutting down: once `session-end` fires nothing can stop it, so do not stand in its way.
  window.on('session-end', closeWithoutAsking);
  window.webContents.on('will-prevent-unload', (event) => {
    if (closingWithoutAsking) {
      event.preventDefault();
      return;
    }
    const answer = dialog.showMessageBoxSync(window, { type: 'question', noLink: true, defaultId: 0, cancelId: 0, ...LEAVE_UNSAVED_TEXT });
    if (answer === LEAVE) event.preventDefault();
  });
}
