import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalCore } from '../core';
import type { Dispatch } from '../dispatch';
import { clockFromEnvironment, systemClock } from '../clock';
import { defaultUserDataDir, resolveDataDir } from '../data-dir';
import { lockDataDir } from '../startup/data-dir-lock';
import { classifyStartupError } from '../startup/failures';
import { startupFailureText } from '../startup/messages';
import { startHttpBridge } from './http-bridge';
import { resolvePort } from './options';

/**
 * `npm run serve`: browser mode. Same data directory rules as the desktop app, the same core and dispatch,
 * served on 127.0.0.1 only with a fresh random token each launch.
 */
const USAGE = `Usage : npm run serve -- [--data-dir DOSSIER] [--port N]
  Sert Passerelle sur http://127.0.0.1 (mode navigateur) ; ouvrez l'adresse affichée, clé comprise.
  --data-dir  dossier de données (sinon PASSERELLE_DATA_DIR, sinon le dossier de l'application)
  --port      port d'écoute (sinon PASSERELLE_PORT, sinon 4710 ; 0 = un port libre)`;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const dataDir = resolveDataDir(argv, process.env, defaultUserDataDir());
  const port = resolvePort(argv, process.env);
  const clock = clockFromEnvironment(process.env);
  // Issue 19: the address is printed as soon as the port listens, and the records open behind it. The folder's
  // lock comes first, so that a second process is still refused before it prints anything; the core's code (knex,
  // SQLite, the contract, the PDF kit) is loaded only then, in `openCore`.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lock = lockDataDir(dataDir, 'browser', clock.now());
  // Started once the address is out (or by the first call, whichever comes first): loading the core's modules
  // takes the main thread, and the port must be listening before.
  let opening: Promise<LocalCore> | null = null;
  const open = (): Promise<LocalCore> => (opening ??= openCore(dataDir, clock, lock));
  // A call that arrives before the records are open waits for them (the page loads meanwhile).
  const dispatch: Dispatch = async (caller, channel, input) => (await open()).dispatch(caller, channel, input);
  const bridge = await startHttpBridge({
    dispatch,
    // dist/main/serve.cjs sits beside dist/renderer/.
    staticRoot: join(__dirname, '..', 'renderer'),
    port,
    token: randomBytes(32).toString('base64url'),
  });

  // Ctrl+C while the records are still opening lets them open, then closes them (and gives the folder back).
  const stop = async (): Promise<void> => {
    await bridge.close();
    const opened = await open().catch(() => null);
    await opened?.close();
    process.exit(0);
  };
  // Before the address is printed: a stop sent the moment it appears must find these in place. Without them,
  // SIGTERM's default ends the process at once and leaves the folder's lock behind (a parent reading the address
  // can signal before this process runs its next line; tests/api/serve-start.test.ts did, on a busy machine).
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  console.log(`Passerelle — mode navigateur`);
  console.log(`  Données : ${dataDir}`);
  console.log(`  Ouvrez  : ${bridge.url}`);
  console.log(`  (Ctrl+C pour arrêter)`);
  if (clock !== systemClock) console.log(`  Horloge de test : démarrée le ${clock.now().toISOString()} (PASSERELLE_CLOCK_START)`);
  const core = open();
  // Handled here too, so that a failure ends in the plain sentence of main's catch below, not an unhandled rejection.
  core.catch(() => undefined);

  const { problem } = await core;
  if (problem) {
    console.log(`  ⚠ Mode récupération (${problem}) : ouvrez l'adresse ci-dessus pour restaurer une sauvegarde ou importer la clé.`);
    console.log(`    Recovery mode (${problem}): open the address above to restore a backup or import the key.`);
  }
}

/** The core, loaded on demand (see main): its modules are most of what a start reads and compiles. */
async function openCore(dataDir: string, clock: ReturnType<typeof clockFromEnvironment>, lock: ReturnType<typeof lockDataDir>): Promise<LocalCore> {
  const [{ createCore }, { plainKeyWrapper }] = await Promise.all([import('../core'), import('../crypto/key-store')]);
  return createCore({ dataDir, clock, fieldKey: { wrapper: plainKeyWrapper }, program: 'browser', automaticBackups: true, checkInBackground: true, lock });
}

main().catch((error: unknown) => {
  if ((error as NodeJS.ErrnoException)?.code === 'EADDRINUSE') {
    console.error('Ce port est déjà utilisé. Choisissez-en un autre avec --port <numéro> (0 = un port libre).');
  } else {
    // Plain sentences naming the folder, never the driver's text (which may quote data or mislead).
    console.error(startupFailureText(classifyStartupError(error), resolveDataDir(process.argv.slice(2), process.env, defaultUserDataDir())));
  }
  process.exit(1);
});
