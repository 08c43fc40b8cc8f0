import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/** The database's file name in a data directory. */
export const DATABASE_FILE_NAME = 'passerelle.sqlite';

/** The product name Electron uses for its userData folder; browser mode uses the same folder. */
export const PRODUCT_NAME = 'Passerelle';

/**
 * Where Electron puts `userData` for this app on each platform, computed without Electron so that browser
 * mode and the demo generator open the same database as the desktop app.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  const configHome = env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(configHome, PRODUCT_NAME);
}

/** Reads `--data-dir <path>` or `--data-dir=<path>` from a command line. */
export function dataDirArgument(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--data-dir') return argv[index + 1];
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return undefined;
}

/** `--data-dir` wins over `PASSERELLE_DATA_DIR`, which wins over the platform default. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  const chosen = dataDirArgument(argv) ?? env.PASSERELLE_DATA_DIR;
  return chosen && chosen.trim() !== '' ? resolve(chosen) : fallback;
}
