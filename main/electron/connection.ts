import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { DATABASE_FILE_NAME } from '../data-dir';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * Where this desktop app gets its data: its own database on this PC ("local"), or a team server whose page
 * it shows ("server"). The choice lives in `<userData>/connection.json`, beside Chromium's profile, so that
 * `--data-dir` moves it with everything else.
 */
export type Connection = { mode: 'local' } | { mode: 'server'; url: string };

export const CONNECTION_FILE = 'connection.json';

/** Why an address typed for the server is refused; each has a sentence in connection-messages.ts. */
export type ServerAddressIssue = 'notUrl' | 'notHttps' | 'credentials' | 'notOrigin';

/**
 * The server's origin (`https://host[:port]`), or why the address is refused. Only https: the session
 * cookie and the passwords cross the network. Origin only: the app shows the server's own entry page, and
 * a path would be a second, unchecked place to go. No `user@`: it is a phishing disguise, never a need.
 */
export function parseServerAddress(text: string): { ok: true; url: string } | { ok: false; issue: ServerAddressIssue } {
  let parsed: URL;
  try {
    parsed = new URL(text.trim());
  } catch {
    return { ok: false, issue: 'notUrl' };
  }
  if (parsed.protocol !== 'https:') return { ok: false, issue: 'notHttps' };
  if (parsed.username !== '' || parsed.password !== '') return { ok: false, issue: 'credentials' };
  if (parsed.pathname !== '/' || parsed.search !== '' || parsed.hash !== '') return { ok: false, issue: 'notOrigin' };
  return { ok: true, url: parsed.origin };
}

const serverUrl = z.string().refine((text) => {
  const parsed = parseServerAddress(text);
  // Stored exactly as its origin: a hand-edited `https://host/` or `HTTPS://Host` is rewritten by saving again.
  return parsed.ok && parsed.url === text;
}, 'an https origin without path or credentials');

const connectionSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('local') }),
  z.strictObject({ mode: z.literal('server'), url: serverUrl }),
]);

/**
 * `missing` is a first start: ask. `broken` is a file that exists but cannot be trusted: ask again too, never
 * fall back to the local database, since a file that meant "server" would otherwise silently create an empty
 * local database and the user would type records nobody else sees.
 */
export type ConnectionReading = { kind: 'chosen'; connection: Connection } | { kind: 'missing' } | { kind: 'broken'; path: string };

export function connectionPath(userData: string): string {
  return join(userData, CONNECTION_FILE);
}

export function readConnection(userData: string): ConnectionReading {
  const path = connectionPath(userData);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      // An installation from before the choice existed keeps its local records, without a question at upgrade.
      return existsSync(join(userData, DATABASE_FILE_NAME)) ? { kind: 'chosen', connection: { mode: 'local' } } : { kind: 'missing' };
    }
    return { kind: 'broken', path };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'broken', path };
  }
  const parsed = connectionSchema.safeParse(json);
  return parsed.success ? { kind: 'chosen', connection: parsed.data } : { kind: 'broken', path };
}

/** Written to a temporary file then renamed, so a crash mid-write never leaves half a file (which would read as broken). */
export function writeConnection(userData: string, connection: Connection): void {
  const checked = connectionSchema.parse(connection);
  mkdirSync(userData, { recursive: true });
  const path = connectionPath(userData);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(checked, null, 2)}\n`, { encoding: 'utf8', mode: 0o600 });
  renameSync(temporary, path);
}
