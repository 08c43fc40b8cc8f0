import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app, crashReporter } from 'electron';
import { logsFolder } from '../log';

/**
 * Native crashes (a renderer, the GPU process, the main process itself) leave a minidump that the City's IT
 * or a developer can read, and nothing ever leaves the PC: `uploadToServer: false`, no `submitURL`. The dumps
 * are kept beside the log, in `<data directory>/logs/crash-dumps/` (instead of Electron's default
 * `<userData>/Crashpad`), so *Aide → Ouvrir le dossier des journaux* shows both. A dump is a snapshot of the
 * crashed process's memory and may hold what was on screen: it stays in the data directory, which only this
 * Windows account can read, and is never attached to anything automatically.
 *
 * Called before Electron is ready: processes started before `crashReporter.start` are not watched.
 */
export function crashDumpsFolder(dataDir: string): string {
  return join(logsFolder(dataDir), 'crash-dumps');
}

/** Starts the crash reporter, local only; returns the folder where the dumps go. */
export function keepCrashDumpsLocally(dataDir: string): string {
  try {
    // setPath throws for a folder that does not exist.
    mkdirSync(crashDumpsFolder(dataDir), { recursive: true, mode: 0o700 });
    app.setPath('crashDumps', crashDumpsFolder(dataDir));
  } catch {
    // A data directory where nothing can be written (the start-up dialog will say so): Electron's default
    // folder, <userData>/Crashpad, rather than no dumps at all.
  }
  crashReporter.start({ uploadToServer: false });
  return app.getPath('crashDumps');
}
