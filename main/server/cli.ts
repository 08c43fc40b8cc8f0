import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { createConsoleLogger, createFileLogger, type Logger } from '../log';
import { clockFromEnvironment, systemClock, type Clock } from '../clock';
import { buildApi } from '../../shared/api/contract';
import { createServerCore } from './core';
import { loadServerConfig, ServerConfigError, type ServerConfig } from './config';
import { readServerFieldKey, writeNewServerFieldKey } from './field-key';
import { CopyInProgressError, ServerKeyMismatchError } from './open-records';
import { startTeamServer } from './https-transport';
import { DatabaseTooNewError } from '../db/migrate';

/**
 * `npm run server`: a team server (issue 15) on PostgreSQL, for browsers and desktop apps of the team.
 * docs/deployment.md explains every option; the README's "Travailler en équipe" says what users see.
 */
const USAGE = `Usage : npm run server -- [--config FICHIER]
         npm run server -- --new-field-key FICHIER
         npm run server -- [--config FICHIER] --create-admin IDENTIFIANT
  Sert Passerelle à une équipe, sur PostgreSQL (docs/deployment.md).
  --config         fichier JSON de configuration (les variables PASSERELLE_* priment)
  --new-field-key  crée la clé de chiffrement des données logement (mode 600 ; jamais remplacée)
  --create-admin   crée le premier compte administrateur (mot de passe : PASSERELLE_ADMIN_PASSWORD, sinon demandé)`;

function argValue(argv: readonly string[], name: string): string | null {
  const index = argv.indexOf(name);
  if (index === -1) return null;
  const value = argv[index + 1];
  if (!value || value.startsWith('--')) throw new ServerConfigError(`${name} needs a value (npm run server -- --help).`);
  return value;
}

function loggerFor(config: ServerConfig): Logger {
  return config.logFile ? createFileLogger(config.logFile, systemClock) : createConsoleLogger(systemClock);
}

async function askPassword(): Promise<string> {
  if (process.env.PASSERELLE_ADMIN_PASSWORD) return process.env.PASSERELLE_ADMIN_PASSWORD;
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await prompt.question('Mot de passe du compte administrateur / administrator password: ');
  } finally {
    prompt.close();
  }
}

/**
 * The first account is made here, on the server, never from a browser: a new server reachable on the network
 * must not be claimable by whoever opens it first. It goes through the same channel and rules as the desktop's
 * first start (password strength included).
 */
async function createAdmin(config: ServerConfig, username: string): Promise<void> {
  const core = await createServerCore({ databaseUrl: config.databaseUrl, fieldKey: readServerFieldKey(config.fieldKey), logger: loggerFor(config) });
  try {
    const api = buildApi((channel, input) => core.dispatch({ sessionKey: 'cli:create-admin' }, channel, input));
    const result = await api.auth.setup({ username, displayName: username, password: await askPassword() });
    if (!result.ok) {
      const fields = result.error.fields?.map((field) => `${field.path}: ${field.issue}`).join(', ');
      const passwordRefused = result.error.fields?.some((field) => field.path === 'password');
      throw new ServerConfigError(
        `Le compte n'a pas été créé / The account was not created (${fields || result.error.reason || result.error.code}).` +
          (passwordRefused
            ? '\nLe mot de passe doit compter au moins 10 caractères et ne pas être facile à deviner (ni courant, ni fait du nom). / ' +
              'The password needs 10 characters or more and must not be easy to guess (not common, not made of the username).'
            : ''),
      );
    }
    console.log(`Compte administrateur « ${username} » créé. / Administrator account created.`);
  } finally {
    await core.close();
  }
}

async function serve(config: ServerConfig, clock: Clock): Promise<void> {
  const logger = loggerFor(config);
  const core = await createServerCore({
    databaseUrl: config.databaseUrl,
    fieldKey: readServerFieldKey(config.fieldKey),
    logger,
    clock,
    erasureLedgerFile: config.erasureLedgerFile,
  });
  const tls = config.tls ? { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) } : null;
  const server = await startTeamServer({
    dispatch: core.dispatch,
    endSession: core.endSession,
    databaseAnswers: async () => {
      await core.db.raw('SELECT 1');
      return true;
    },
    // dist/main/server.cjs sits beside dist/renderer/.
    staticRoot: join(__dirname, '..', 'renderer'),
    listen: config.listen,
    publicUrl: config.publicUrl,
    tls,
    behindProxy: config.behindProxy,
  });
  const stop = async (): Promise<void> => {
    await server.close();
    await core.close();
    process.exit(0);
  };
  // Before the address is printed: a stop sent the moment it appears must find these in place (SIGTERM's
  // default would end the process without closing the database's connections).
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  logger.info('server.started', { port: server.port, tls: tls !== null, behindProxy: config.behindProxy });
  console.log('Passerelle — serveur d\u2019équipe / team server');
  console.log(`  Adresse : ${server.url}`);
  console.log(`  Écoute  : ${config.listen.host}:${server.port}${tls ? ' (TLS)' : config.behindProxy ? ' (derrière un proxy TLS)' : ''}`);
  if (clock !== systemClock) console.log(`  Horloge de test : démarrée le ${clock.now().toISOString()} (PASSERELLE_CLOCK_START)`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const newKey = argValue(argv, '--new-field-key');
  if (newKey) {
    writeNewServerFieldKey(newKey);
    console.log(`Clé créée : ${newKey} (mode 600). Gardez-en une copie hors du serveur. / Key created: keep a copy off the server.`);
    return;
  }
  const config = loadServerConfig(argValue(argv, '--config'), process.env);
  const admin = argValue(argv, '--create-admin');
  if (admin) await createAdmin(config, admin);
  // PASSERELLE_CLOCK_START: the end-to-end tests' fixed "today", as in browser mode (main/clock.ts).
  else await serve(config, clockFromEnvironment(process.env));
}

main().catch((error: unknown) => {
  // Plain sentences; never the driver's text, which may quote the database URL or data.
  if (error instanceof ServerConfigError || error instanceof ServerKeyMismatchError || error instanceof CopyInProgressError || error instanceof DatabaseTooNewError) {
    console.error(error.message);
  } else if ((error as NodeJS.ErrnoException)?.code === 'EADDRINUSE') {
    console.error('This address and port are already in use: choose another listen.port (or PASSERELLE_LISTEN).');
  } else if ((error as NodeJS.ErrnoException)?.code === 'EACCES') {
    console.error('This port needs privileges: choose a port above 1024, or let the reverse proxy listen on 443.');
  } else {
    const code = (error as { code?: unknown })?.code;
    console.error(`Passerelle could not start${typeof code === 'string' ? ` (${code})` : ''}: check that PostgreSQL answers at the configured address and that the account may connect (docs/deployment.md).`);
  }
  process.exit(1);
});
