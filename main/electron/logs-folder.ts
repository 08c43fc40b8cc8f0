import { mkdirSync } from 'node:fs';
import { dialog, shell } from 'electron';
import { logsFolder } from '../log';

/**
 * *Aide → Ouvrir le dossier des journaux*: opens `<data directory>/logs` (passerelle.log, its rotated copies
 * and crash-dumps/) in the file manager, for the user to send to the City's support. Created first, so the
 * item works before anything was logged. If the system cannot open it, the path is shown to copy instead.
 */
export async function openLogsFolder(dataDir: string): Promise<void> {
  const folder = logsFolder(dataDir);
  let failure: string;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    failure = await shell.openPath(folder);
  } catch {
    failure = 'unavailable';
  }
  if (failure !== '') {
    dialog.showErrorBox('Dossier des journaux', `Passerelle n’a pas pu ouvrir le dossier des journaux. Il se trouve ici :\n\n${folder}`);
  }
}
