import { readFileSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import { z } from 'zod';

/**
 * The update settings belong to the City's IT, never to the user: one machine-wide file, `update.json`, in a
 * folder only administrators write to. Not in the installation folder: every update runs the previous version's
 * uninstaller, which empties that folder (electron-builder's NSIS `RMDir /r $INSTDIR`), so a file IT put there
 * would vanish at the first update. Not in userData either: that is the user's.
 *
 * With no file, nothing is checked: the app never calls home to a place nobody chose.
 */
export const UPDATE_SETTINGS_FILE = 'update.json';

export function updateSettingsPath(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return win32.join(env.ProgramData || 'C:\\ProgramData', 'Passerelle', UPDATE_SETTINGS_FILE);
  if (platform === 'darwin') return posix.join('/Library/Application Support/Passerelle', UPDATE_SETTINGS_FILE);
  // Not /etc/passerelle: a team server keeps its secrets there, in a folder only its service account reads.
  return posix.join('/etc/passerelle-desktop', UPDATE_SETTINGS_FILE);
}

/**
 * The folder where new versions are published (electron-updater's `generic` provider). https only:
 * electron-updater fetches through Electron's `net.request`, which takes `http:` and `https:` and nothing else,
 * so a `file://` URL or a UNC path (`\\serveur\partage`) cannot work; and plain http would let anyone on the
 * network path offer an "update". No credentials in the address (they would sit in a readable file and in
 * proxies' logs), no query or fragment: electron-updater appends the file names to the folder.
 */
export function parseUpdateUrl(text: string): { ok: true; url: string } | { ok: false } {
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return { ok: false };
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return { ok: false };
  if (parsed.search !== '' || parsed.hash !== '' || text.includes('?') || text.includes('#')) return { ok: false };
  // A folder: electron-updater resolves `latest.yml` against it, which drops a last segment without a slash.
  return { ok: true, url: parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/` };
}

const updateUrl = z.string().refine((text) => parseUpdateUrl(text).ok, 'an https folder address without credentials, query or fragment');

/**
 * `{ "check": true, "url": "https://…/passerelle/" }` turns the check on; `{ "check": false }` is the switch
 * for deployments where IT pushes versions itself (the address may stay in the file, unused). Anything else
 * (an unknown key, http, a share path) is refused as a whole.
 */
const settingsSchema = z.discriminatedUnion('check', [
  z.strictObject({ check: z.literal(true), url: updateUrl }),
  z.strictObject({ check: z.literal(false), url: updateUrl.optional() }),
]);

/** Why a file is not used; fixed words for the log, never the file's content. */
export type BrokenSettingsIssue = 'unreadable' | 'notJson' | 'invalid';

export type UpdateSettings =
  | { kind: 'on'; url: string }
  | { kind: 'off'; why: 'notConfigured' | 'switchedOff' }
  | { kind: 'broken'; issue: BrokenSettingsIssue };

export function readUpdateSettings(file: string): UpdateSettings {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'off', why: 'notConfigured' } : { kind: 'broken', issue: 'unreadable' };
  }
  let json: unknown;
  try {
    // Notepad saves UTF-8 with a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { kind: 'broken', issue: 'notJson' };
  }
  const parsed = settingsSchema.safeParse(json);
  if (!parsed.success) return { kind: 'broken', issue: 'invalid' };
  if (!parsed.data.check) return { kind: 'off', why: 'switchedOff' };
  const url = parseUpdateUrl(parsed.data.url);
  return url.ok ? { kind: 'on', url: url.url } : { kind: 'broken', issue: 'invalid' };
}
