import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { isAbsolute } from 'node:path';
import { z } from 'zod';

/**
 * A team server's configuration (issue 15): a JSON file (`--config`), then environment variables, which win
 * (secrets are better given there, or in files only the service can read). Checked as a whole before anything
 * starts: a server that would listen beyond this machine without TLS, or trust a proxy it was not told about,
 * does not start. docs/deployment.md lists every key.
 */
export interface ServerConfig {
  listen: { host: string; port: number };
  /**
   * The address people open (scheme, host, port): sessions and origin checks are tied to it. Null only on
   * loopback: then `localhost` at the port listened on.
   */
  publicUrl: URL | null;
  /** TLS from these certificate files; null when a reverse proxy terminates TLS, or on this machine only. */
  tls: { certFile: string; keyFile: string } | null;
  /** A reverse proxy in front terminates TLS (said explicitly, never guessed from headers). */
  behindProxy: boolean;
  /** libpq URL of the PostgreSQL database (may hold a password: never logged). */
  databaseUrl: string;
  /** Where the housing field key is: a file readable by the service only, or a variable. */
  fieldKey: { file: string } | { base64: string };
  /** The server's log file; null: the standard output (systemd's journal). */
  logFile: string | null;
  /**
   * The erasure ledger (issue 20): a file on the server, outside the database and its dumps, where each erasure
   * is appended (ids only); at every start, the erasures it names whose records are back (a dump from before
   * them, restored) are done again. Null: erasures are kept in the database only.
   */
  erasureLedgerFile: string | null;
}

const fileSchema = z.strictObject({
  listen: z.strictObject({ host: z.string().min(1), port: z.number().int().min(0).max(65535) }).optional(),
  publicUrl: z.string().url().optional(),
  tls: z.strictObject({ certFile: z.string().min(1), keyFile: z.string().min(1) }).optional(),
  behindProxy: z.boolean().optional(),
  databaseUrl: z.string().min(1).optional(),
  fieldKeyFile: z.string().min(1).optional(),
  logFile: z.string().min(1).optional(),
  erasureLedgerFile: z.string().min(1).optional(),
});
type FileConfig = z.infer<typeof fileSchema>;

/** A configuration that cannot start a server; the message says which key and what to do. */
export class ServerConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServerConfigError';
  }
}

export const DEFAULT_LISTEN = { host: '127.0.0.1', port: 8443 };

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

function readConfigFile(path: string): FileConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ServerConfigError(`Cannot read the configuration file ${path}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ServerConfigError(`The configuration file ${path} is not valid JSON.`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(root)');
    throw new ServerConfigError(`The configuration file ${path} has a wrong or unknown key: ${key} (${issue.message}).`);
  }
  return parsed.data;
}

function parseListen(text: string): { host: string; port: number } {
  const match = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(text);
  const port = match ? Number(match[2]) : NaN;
  if (!match || port > 65535) throw new ServerConfigError(`PASSERELLE_LISTEN must be host:port (for example 0.0.0.0:8443), not "${text}".`);
  return { host: match[1]!.replace(/^\[|\]$/g, ''), port };
}

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  if (['1', 'true', 'yes'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(value.toLowerCase())) return false;
  throw new ServerConfigError(`PASSERELLE_BEHIND_PROXY must be true or false, not "${value}".`);
}

/** The ledger's path as given, absolute: the service's working folder is not a place to keep it. */
function erasureLedgerFile(path: string | undefined): string | null {
  if (path === undefined || path === '') return null;
  if (!isAbsolute(path)) throw new ServerConfigError(`erasureLedgerFile (PASSERELLE_ERASURE_LEDGER_FILE) must be an absolute path, not "${path}".`);
  return path;
}

/** Reads `--config <file>` (if given) and the environment, and checks the whole. */
export function loadServerConfig(configFile: string | null, env: NodeJS.ProcessEnv): ServerConfig {
  const file: FileConfig = configFile ? readConfigFile(configFile) : {};
  const listen = env.PASSERELLE_LISTEN ? parseListen(env.PASSERELLE_LISTEN) : (file.listen ?? DEFAULT_LISTEN);
  const certFile = env.PASSERELLE_TLS_CERT ?? file.tls?.certFile;
  const keyFile = env.PASSERELLE_TLS_KEY ?? file.tls?.keyFile;
  if (Boolean(certFile) !== Boolean(keyFile)) {
    throw new ServerConfigError('TLS needs both files: tls.certFile and tls.keyFile (or PASSERELLE_TLS_CERT and PASSERELLE_TLS_KEY).');
  }
  const tls = certFile && keyFile ? { certFile, keyFile } : null;
  const behindProxy = flag(env.PASSERELLE_BEHIND_PROXY) ?? file.behindProxy ?? false;
  if (tls && behindProxy) {
    throw new ServerConfigError('Choose one: TLS certificate files, or behindProxy (a reverse proxy terminates TLS), not both.');
  }
  if (!tls && !behindProxy && !isLoopback(listen.host)) {
    throw new ServerConfigError(
      `Refusing to listen on ${listen.host} without TLS: give tls.certFile and tls.keyFile, or set behindProxy to true ` +
        'when a reverse proxy in front terminates TLS. Without either, listen on 127.0.0.1 only.',
    );
  }

  const publicText = env.PASSERELLE_PUBLIC_URL ?? file.publicUrl;
  if (!publicText && !isLoopback(listen.host)) {
    throw new ServerConfigError(
      'Say the address people open: publicUrl (or PASSERELLE_PUBLIC_URL), e.g. https://passerelle.liege.be — sessions and origin checks are tied to it.',
    );
  }
  let publicUrl: URL | null = null;
  if (publicText) {
    try {
      publicUrl = new URL(publicText);
    } catch {
      throw new ServerConfigError(`publicUrl is not an address: "${publicText}".`);
    }
    if (publicUrl.protocol !== 'https:' && !(publicUrl.protocol === 'http:' && isLoopback(publicUrl.hostname) && !behindProxy && !tls)) {
      throw new ServerConfigError('publicUrl must start with https:// (http:// only for an address on this machine, without TLS).');
    }
    if (publicUrl.pathname !== '/' || publicUrl.search || publicUrl.hash) {
      throw new ServerConfigError('publicUrl is an origin only (scheme, host and port), without a path: Passerelle is served at the root.');
    }
  }

  const databaseUrl = env.PASSERELLE_DATABASE_URL ?? file.databaseUrl;
  if (!databaseUrl) {
    throw new ServerConfigError('No database: set PASSERELLE_DATABASE_URL (postgres://user:password@host:5432/passerelle) or databaseUrl.');
  }
  const keyBase64 = env.PASSERELLE_FIELD_KEY;
  const fieldKeyFile = env.PASSERELLE_FIELD_KEY_FILE ?? file.fieldKeyFile;
  if (!keyBase64 && !fieldKeyFile) {
    throw new ServerConfigError(
      'No field key: set PASSERELLE_FIELD_KEY_FILE (a file only the service can read; make one with `npm run server -- --new-field-key FILE`) or fieldKeyFile.',
    );
  }
  return {
    listen,
    publicUrl,
    tls,
    behindProxy,
    databaseUrl,
    fieldKey: keyBase64 ? { base64: keyBase64 } : { file: fieldKeyFile! },
    logFile: env.PASSERELLE_LOG_FILE ?? file.logFile ?? null,
    erasureLedgerFile: erasureLedgerFile(env.PASSERELLE_ERASURE_LEDGER_FILE ?? file.erasureLedgerFile),
  };
}
