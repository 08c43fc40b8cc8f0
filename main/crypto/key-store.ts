import { chmodSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { createNewFileDurably, syncDirectory, writeNewFileDurably } from '../fs/durable';
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
 * replaced by another key: losing it loses every encrypted field, so a damaged or foreign file stops the start
 * instead. (The one rewrite is the same key wrapped anew, when the secret store asks for it.)
 *
 * The wrappers are asynchronous because Electron's safeStorage is (its synchronous calls are deprecated in
 * Electron 45 and removed in 46). When the secret store asks for the key to be wrapped again (its own key was
 * rotated, or a better store is now available), the file is rewritten in one step: see `rewrapKeyFile`.
 *
 * Nothing here logs, and no error message quotes the file's content.
 */

export interface UnwrappedKey {
  key: Buffer;
  /** The secret store asks for the key to be wrapped again (safeStorage's `shouldReEncrypt`). */
  rewrap: boolean;
}

export interface KeyWrapper {
  readonly kind: 'plain' | 'safeStorage';
  wrap(key: Buffer): Promise<Buffer>;
  unwrap(wrapped: Buffer): Promise<UnwrappedKey>;
}

/** Browser mode's wrapper: the key as is. */
export const plainKeyWrapper: KeyWrapper = {
  kind: 'plain',
  wrap: async (key) => Buffer.from(key),
  unwrap: async (wrapped) => ({ key: Buffer.from(wrapped), rewrap: false }),
};

/** What happened when the secret store asked for the key to be wrapped again (the caller logs it). */
export type RewrapOutcome = 'rewrapped' | 'rewrapFailed';
export type OnRewrap = (outcome: RewrapOutcome) => void;

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
export async function loadOrCreateFieldKey(
  dataDir: string,
  wrapper: KeyWrapper,
  onRewrap?: OnRewrap,
): Promise<{ key: Buffer; created: boolean }> {
  const dir = join(dataDir, FIELD_KEY_DIR);
  privateDirectory(dir);
  const file = join(dir, FIELD_KEY_FILE);
  const existing = await readKeyFile(file, wrapper, onRewrap);
  if (existing) return { key: existing, created: false };

  const key = randomBytes(FIELD_KEY_BYTES);
  const content = await checkedFileContent(wrapper, key);
  if (writeNewKeyFile(dir, file, content)) {
    return { key, created: true };
  }
  // Another process (browser mode and the desktop app on the same folder) made the file first: use theirs.
  const theirs = await readKeyFile(file, wrapper, onRewrap);
  if (!theirs) throw new FieldKeyError('FIELD_KEY_FILE_INVALID', 'field key file vanished while being created');
  return { key: theirs, created: false };
}

/** The keys folder is the owner's only; an existing one with wider rights is narrowed (POSIX). */
function privateDirectory(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!isWindows && (lstatSync(dir).mode & 0o077) !== 0) chmodSync(dir, 0o700);
}

/** The key file's text for `key` wrapped by `wrapper`, once the wrapper has given the key back. */
async function checkedFileContent(wrapper: KeyWrapper, key: Buffer): Promise<string> {
  const wrapped = await wrapper.wrap(key);
  // Check the wrapper before trusting it with the only copy of the key.
  let back: UnwrappedKey;
  try {
    back = await wrapper.unwrap(wrapped);
  } catch {
    throw new FieldKeyError('FIELD_KEY_UNWRAP_FAILED', 'field key wrapper did not give the key back');
  }
  const same = back.key.equals(key);
  back.key.fill(0);
  if (!same) throw new FieldKeyError('FIELD_KEY_UNWRAP_FAILED', 'field key wrapper did not give the key back');
  return `${FILE_HEADER}\nwrapper ${wrapper.kind}\n${wrapped.toString('base64')}\n`;
}

async function readKeyFile(file: string, wrapper: KeyWrapper, onRewrap?: OnRewrap): Promise<Buffer | null> {
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

  const content = readFileSync(file, 'latin1');
  const match = FILE_FORMAT.exec(content);
  if (!match) throw new FieldKeyError('FIELD_KEY_FILE_INVALID', 'field key file is not in the expected format');
  if (match[1] !== wrapper.kind) {
    throw new FieldKeyError('FIELD_KEY_WRAPPER_MISMATCH', `field key file was made by another wrapper than ${wrapper.kind}`);
  }
  let unwrapped: UnwrappedKey;
  try {
    unwrapped = await wrapper.unwrap(Buffer.from(match[2]!, 'base64'));
  } catch {
    // The wrapper's own error may describe the secret store; the code says enough.
    throw new FieldKeyError('FIELD_KEY_UNWRAP_FAILED', 'field key could not be unwrapped');
  }
  const { key } = unwrapped;
  if (key.length !== FIELD_KEY_BYTES) {
    key.fill(0);
    throw new FieldKeyError('FIELD_KEY_WRONG_SIZE', `field key file does not hold a ${FIELD_KEY_BYTES}-byte key`);
  }
  if (unwrapped.rewrap) {
    const outcome = await rewrapKeyFile(file, content, wrapper, key);
    onRewrap?.(outcome);
  }
  return key;
}

/**
 * The secret store asked for the key to be wrapped again (safeStorage's `shouldReEncrypt`: its own key was
 * rotated, or a stronger store is now available). The same key, wrapped anew and checked, goes to a flushed
 * temporary file, which then replaces the key file by a rename: the file is at every moment either the old
 * wrapping or the new one, never half-written. It is replaced only if it still holds what was read (another
 * process may have installed a key meanwhile). A failure leaves the old file, which still opens: the start
 * goes on, and the next one tries again.
 */
async function rewrapKeyFile(file: string, readContent: string, wrapper: KeyWrapper, key: Buffer): Promise<RewrapOutcome> {
  const dir = dirname(file);
  const temporary = join(dir, `.${FIELD_KEY_FILE}-${randomBytes(8).toString('hex')}.tmp`);
  try {
    const content = await checkedFileContent(wrapper, key);
    writeNewFileDurably(temporary, content);
    if (readFileSync(file, 'latin1') !== readContent) return 'rewrapFailed';
    renameSync(temporary, file);
    syncDirectory(dir);
    return 'rewrapped';
  } catch {
    return 'rewrapFailed';
  } finally {
    rmSync(temporary, { force: true });
  }
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
export async function readFieldKey(dataDir: string, wrapper: KeyWrapper, onRewrap?: OnRewrap): Promise<Buffer | null> {
  const dir = join(dataDir, FIELD_KEY_DIR);
  privateDirectory(dir);
  return readKeyFile(join(dir, FIELD_KEY_FILE), wrapper, onRewrap);
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
export async function installFieldKey(dataDir: string, wrapper: KeyWrapper, key: Buffer, at: Date): Promise<string | null> {
  if (key.length !== FIELD_KEY_BYTES) throw new FieldKeyError('FIELD_KEY_WRONG_SIZE', `field key must be ${FIELD_KEY_BYTES} bytes`);
  const dir = join(dataDir, FIELD_KEY_DIR);
  privateDirectory(dir);
  const file = join(dir, FIELD_KEY_FILE);
  // Wrapped and checked before anything on disk changes.
  const content = await checkedFileContent(wrapper, key);
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
