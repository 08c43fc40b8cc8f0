import { chmodSync, lstatSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createNewFileDurably, syncDirectory } from '../fs/durable';
import { FieldKeyError } from './errors';
import { FIELD_KEY_BYTES } from './field-cipher';

/**
 * Where the 32-byte field key lives: `<dataDir>/keys/field-key`, made on first use. The file records which
 * wrapper made it, because the same data directory can be opened by browser mode and by the desktop app:
 *
 * - browser mode has no OS secret store, so the key is stored as is (`plain`); the file's 0600 mode (in a
 *   0700 folder) is its only protection;
 * - the desktop app wraps it with Electron's `safeStorage` (`main/electron/safe-storage-key-wrapper.ts`),
 *   which ties it to the OS account (DPAPI, Keychain, libsecret/kwallet).
 *
 * A file made by one wrapper is refused by the other: bytes wrapped by safeStorage must never be taken for a
 * key, and a plain key is not silently accepted where safeStorage was expected. An existing file is never
 * replaced: losing it loses every encrypted field, so a damaged or foreign file stops the start instead.
 *
 * Nothing here logs, and no error message quotes the file's content.
 */

export interface KeyWrapper {
  readonly kind: 'plain' | 'safeStorage';
  wrap(key: Buffer): Buffer;
  unwrap(wrapped: Buffer): Buffer;
}

/** Browser mode's wrapper: the key as is. */
export const plainKeyWrapper: KeyWrapper = {
  kind: 'plain',
  wrap: (key) => Buffer.from(key),
  unwrap: (wrapped) => Buffer.from(wrapped),
};

export const FIELD_KEY_DIR = 'keys';
export const FIELD_KEY_FILE = 'field-key';

const FILE_HEADER = 'passerelle-field-key 1';
const FILE_FORMAT = /^passerelle-field-key 1\nwrapper (plain|safeStorage)\n([A-Za-z0-9+/]+={0,2})\n$/;
// Far above any real file (a safeStorage-wrapped key is under 200 bytes): a larger file is not ours and is
// not read into memory.
const MAX_FILE_BYTES = 4096;
const isWindows = process.platform === 'win32';

export function fieldKeyPath(dataDir: string): string {
  return join(dataDir, FIELD_KEY_DIR, FIELD_KEY_FILE);
}

/**
 * Returns the data directory's field key, making it (with `crypto.randomBytes`) when there is none yet.
 * `created` lets the caller record the event (never the key).
 */
export function loadOrCreateFieldKey(dataDir: string, wrapper: KeyWrapper): { key: Buffer; created: boolean } {
  const dir = join(dataDir, FIELD_KEY_DIR);
  privateDirectory(dir);
  const file = join(dir, FIELD_KEY_FILE);
  const existing = readKeyFile(file, wrapper);
  if (existing) return { key: existing, created: false };

  const key = randomBytes(FIELD_KEY_BYTES);
  const wrapped = wrapper.wrap(key);
  // Check the wrapper before trusting it with the only copy of the key.
  if (!wrapper.unwrap(wrapped).equals(key)) {
    throw new FieldKeyError('FIELD_KEY_UNWRAP_FAILED', 'field key wrapper did not give the key back');
  }
  if (writeNewKeyFile(dir, file, `${FILE_HEADER}\nwrapper ${wrapper.kind}\n${wrapped.toString('base64')}\n`)) {
    return { key, created: true };
  }
  // Another process (browser mode and the desktop app on the same folder) made the file first: use theirs.
  const theirs = readKeyFile(file, wrapper);
  if (!theirs) throw new FieldKeyError('FIELD_KEY_FILE_INVALID', 'field key file vanished while being created');
  return { key: theirs, created: false };
}

/** The keys folder is the owner's only; an existing one with wider rights is narrowed (POSIX). */
function privateDirectory(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!isWindows && (lstatSync(dir).mode & 0o077) !== 0) chmodSync(dir, 0o700);
}

function readKeyFile(file: string, wrapper: KeyWrapper): Buffer | null {
  let stats;
  try {
    stats = lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // A symbolic link or a folder in place of the key is not ours to follow.
  if (!stats.isFile() || stats.size > MAX_FILE_BYTES) {
    throw new FieldKeyError('FIELD_KEY_FILE_INVALID', 'field key file is not a small regular file');
  }
  // On Windows the file inherits the user profile's ACL; mode bits mean nothing there.
  if (!isWindows && (stats.mode & 0o077) !== 0) chmodSync(file, 0o600);

  const match = FILE_FORMAT.exec(readFileSync(file, 'latin1'));
  if (!match) throw new FieldKeyError('FIELD_KEY_FILE_INVALID', 'field key file is not in the expected format');
  if (match[1] !== wrapper.kind) {
    throw new FieldKeyError('FIELD_KEY_WRAPPER_MISMATCH', `field key file was made by another wrapper than ${wrapper.kind}`);
  }
  let key: Buffer;
  try {
    key = wrapper.unwrap(Buffer.from(match[2]!, 'base64'));
  } catch {
    // The wrapper's own error may describe the secret store; the code says enough.
    throw new FieldKeyError('FIELD_KEY_UNWRAP_FAILED', 'field key could not be unwrapped');
  }
  if (key.length !== FIELD_KEY_BYTES) {
    key.fill(0);
    throw new FieldKeyError('FIELD_KEY_WRONG_SIZE', `field key file does not hold a ${FIELD_KEY_BYTES}-byte key`);
  }
  return key;
}

/**
 * Writes the file whole or not at all, and never over an existing one: the content goes to a temporary file
 * (0600, flushed), which is then hard-linked to its name. A link fails if the name exists, where a rename
 * would replace it. Returns false when the file already exists.
 */
function writeNewKeyFile(dir: string, file: string, content: string): boolean {
  const temporary = join(dir, `.${FIELD_KEY_FILE}-${randomBytes(8).toString('hex')}.tmp`);
  return createNewFileDurably(temporary, file, content, dir);
}

/** The data directory's key, or null when there is no key file (never makes one: see `loadOrCreateFieldKey`). */
export function readFieldKey(dataDir: string, wrapper: KeyWrapper): Buffer | null {
  const dir = join(dataDir, FIELD_KEY_DIR);
  privateDirectory(dir);
  return readKeyFile(join(dir, FIELD_KEY_FILE), wrapper);
}

/** Which wrapper made the key file (its second line), or null when there is none or it is not ours. */
export function keyFileWrapperKind(dataDir: string): KeyWrapper['kind'] | null {
  try {
    const head = readFileSync(fieldKeyPath(dataDir), 'latin1').slice(0, 64);
    const kind = /^passerelle-field-key 1\nwrapper (plain|safeStorage)\n/.exec(head)?.[1];
    return kind === 'plain' || kind === 'safeStorage' ? kind : null;
  } catch {
    return null;
  }
}

/**
 * Puts `key` in place as the data directory's key, wrapped by `wrapper` (a recovery kit imported, or a plain
 * key moved under the keyring). A file already there is never deleted: it is renamed
 * `field-key.replaced-<stamp>` first, so a mistake can always be undone by hand; its path is returned.
 */
export function installFieldKey(dataDir: string, wrapper: KeyWrapper, key: Buffer, at: Date): string | null {
  if (key.length !== FIELD_KEY_BYTES) throw new FieldKeyError('FIELD_KEY_WRONG_SIZE', `field key must be ${FIELD_KEY_BYTES} bytes`);
  const dir = join(dataDir, FIELD_KEY_DIR);
  privateDirectory(dir);
  const file = join(dir, FIELD_KEY_FILE);
  const wrapped = wrapper.wrap(key);
  if (!wrapper.unwrap(wrapped).equals(key)) {
    throw new FieldKeyError('FIELD_KEY_UNWRAP_FAILED', 'field key wrapper did not give the key back');
  }
  const content = `${FILE_HEADER}\nwrapper ${wrapper.kind}\n${wrapped.toString('base64')}\n`;
  if (writeNewKeyFile(dir, file, content)) return null;
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  const replaced = join(dir, `${FIELD_KEY_FILE}.replaced-${stamp}-${randomBytes(3).toString('hex')}`);
  renameSync(file, replaced);
  syncDirectory(dir);
  if (!writeNewKeyFile(dir, file, content)) {
    throw new FieldKeyError('FIELD_KEY_FILE_INVALID', 'another process wrote a field key at the same time');
  }
  return replaced;
}
