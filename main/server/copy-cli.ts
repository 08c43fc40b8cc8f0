import { resolve } from 'node:path';
import { defaultUserDataDir, resolveDataDir } from '../data-dir';
import { createMemoryLogger } from '../log';
import { copyLocalToServer, CopyRefusedError, type KeySource } from './copy-local';

/**
 * `npm run copy-to-server`: a PC's records into the team's new PostgreSQL database (issue 15, point 7). Prints
 * each table as it is copied, then every table's rows and "vérifié". Nothing personal is printed: table
 * names and counts only, never a value, the key, the passphrase or the database URL (it may hold a password).
 */
const USAGE = `Usage : npm run copy-to-server -- --data-dir DOSSIER --database-url URL
         [--recovery-kit FICHIER --passphrase-env VARIABLE] [--write-key-file FICHIER]
  Copie les données d'un PC dans une base PostgreSQL NEUVE (créée vide) pour le serveur d'équipe, puis vérifie
  chaque table (nombre de lignes et somme de contrôle). Fermez Passerelle sur ce PC avant de copier.
  --data-dir        dossier de données du PC (sinon PASSERELLE_DATA_DIR, sinon le dossier de l'application)
  --database-url    adresse de la base (sinon PASSERELLE_DATABASE_URL), ex. postgresql://passerelle@serveur/passerelle
  --recovery-kit    kit de récupération du PC (obligatoire pour l'application de bureau, dont la clé est
                    protégée par le système) ; la phrase de passe est lue dans la variable d'environnement
                    nommée par --passphrase-env (jamais sur la ligne de commande)
  --write-key-file  écrit la clé pour le serveur dans ce fichier (droits 600), jamais par-dessus un autre
Interrompue, la copie reprend où elle s'était arrêtée : relancez simplement la même commande.`;

function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(`--${name}`);
  if (index >= 0) return argv[index + 1];
  return argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** For tests only: a pause after each batch, so that a test can kill the copy in the middle of a table. */
function testBatchDelay(): (() => Promise<void>) | undefined {
  const ms = Number(process.env.PASSERELLE_COPY_TEST_BATCH_DELAY_MS ?? '');
  if (!Number.isFinite(ms) || ms <= 0) return undefined;
  return () => new Promise((done) => setTimeout(done, ms));
}

function keySource(argv: readonly string[]): KeySource | string {
  const kit = option(argv, 'recovery-kit');
  const variable = option(argv, 'passphrase-env');
  if (!kit && !variable) return { kind: 'dataDir' };
  if (!kit || !variable) return '--recovery-kit et --passphrase-env vont ensemble. / --recovery-kit and --passphrase-env go together.';
  const passphrase = process.env[variable];
  if (passphrase === undefined || passphrase === '') {
    return `La variable d'environnement ${variable} est vide : mettez-y la phrase de passe du kit. / Environment variable ${variable} is empty: put the kit's passphrase in it.`;
  }
  return { kind: 'recoveryKit', kitFile: resolve(kit), passphrase };
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const databaseUrl = option(argv, 'database-url') ?? process.env.PASSERELLE_DATABASE_URL;
  if (!databaseUrl) {
    console.error(`Indiquez la base PostgreSQL : --database-url URL ou PASSERELLE_DATABASE_URL. / Give the PostgreSQL database.\n\n${USAGE}`);
    return 2;
  }
  const source = keySource(argv);
  if (typeof source === 'string') {
    console.error(source);
    return 2;
  }
  const dataDir = resolveDataDir(argv, process.env, defaultUserDataDir());
  const writeKeyFile = option(argv, 'write-key-file');
  console.log(`Copie de ${dataDir} vers la base PostgreSQL… / Copying to PostgreSQL…`);
  try {
    const report = await copyLocalToServer({
      dataDir,
      databaseUrl,
      keySource: source,
      writeKeyFile: writeKeyFile ? resolve(writeKeyFile) : undefined,
      logger: createMemoryLogger(),
      afterBatch: testBatchDelay(),
      onProgress: (progress) =>
        console.log(
          `[${progress.index}/${progress.total}] ${progress.table} : ${progress.rows} ligne(s) ${progress.state === 'copied' ? 'copiée(s)' : 'déjà copiée(s) (reprise)'}`,
        ),
    });
    const width = Math.max(...report.tables.map((table) => table.table.length));
    console.log('\nVérification (nombre de lignes et somme de contrôle SHA-256, des deux côtés) :');
    for (const table of report.tables) console.log(`  ${table.table.padEnd(width)}  ${String(table.rows).padStart(8)}  vérifié`);
    if (report.keyFileWritten && writeKeyFile) console.log(`\nClé du serveur écrite dans ${resolve(writeKeyFile)} (droits 600).`);
    console.log('\nCopie terminée et vérifiée. Démarrez le serveur sur cette base avec la clé de ce PC. / Copy finished and verified.');
    return 0;
  } catch (error) {
    if (error instanceof CopyRefusedError) {
      console.error(`\n${error.fr}\n${error.en}`);
      return 3;
    }
    // An unexpected error: its class and code only (a database error's message may quote a row's values).
    const code = (error as { code?: unknown }).code;
    console.error(
      `\nLa copie s'est arrêtée sur une erreur inattendue (${error instanceof Error ? error.name : 'erreur'}${typeof code === 'string' ? ` ${code}` : ''}). Relancez la même commande : elle reprend où elle s'était arrêtée.\nThe copy stopped on an unexpected error. Run the same command again: it resumes where it stopped.`,
    );
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  () => process.exit(1),
);
