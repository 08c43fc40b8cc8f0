import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createCore } from '../core';
import { plainKeyWrapper } from '../crypto/key-store';
import { clockFromEnvironment, systemClock } from '../clock';
import { defaultUserDataDir, resolveDataDir } from '../data-dir';
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
  const core = await createCore({ dataDir, clock, fieldKey: { wrapper: plainKeyWrapper }, program: 'browser', automaticBackups: true });
  const bridge = await startHttpBridge({
    dispatch: core.dispatch,
    // dist/main/serve.cjs sits beside dist/renderer/.
    staticRoot: join(__dirname, '..', 'renderer'),
    port,
    token: randomBytes(32).toString('base64url'),
  });

  console.log(`Passerelle — mode navigateur`);
  console.log(`  Données : ${dataDir}`);
  console.log(`  Ouvrez  : ${bridge.url}`);
  console.log(`  (Ctrl+C pour arrêter)`);
  if (core.problem) {
    console.log(`  ⚠ Mode récupération (${core.problem}) : ouvrez l'adresse ci-dessus pour restaurer une sauvegarde ou importer la clé.`);
    console.log(`    Recovery mode (${core.problem}): open the address above to restore a backup or import the key.`);
  }
  if (clock !== systemClock) console.log(`  Horloge de test : démarrée le ${clock.now().toISOString()} (PASSERELLE_CLOCK_START)`);

  const stop = async (): Promise<void> => {
    await bridge.close();
    await core.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
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
