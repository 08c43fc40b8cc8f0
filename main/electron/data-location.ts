import { app } from 'electron';
import { resolveDataDir } from '../data-dir';

/**
 * The data directory: `--data-dir`, else `PASSERELLE_DATA_DIR`, else Electron's userData (the folder
 * browser mode also defaults to). A chosen directory becomes userData as well, before the app is ready, so
 * Chromium's profile and the single-instance lock live with the database they protect.
 */
export function chooseDataDir(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): string {
  const userData = app.getPath('userData');
  const dataDir = resolveDataDir(argv, env, userData);
  if (dataDir !== userData) app.setPath('userData', dataDir);
  return dataDir;
}
