import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { FIELD_KEY_BYTES } from '../crypto/field-cipher';
import { ServerConfigError } from './config';

/**
 * The team server's housing field key (issue 15, point 6): 32 random bytes, base64 on one line, in a file only
 * the service's account may read (mode 600 or 400), or in PASSERELLE_FIELD_KEY. It is read here and nowhere
 * else: no channel ever sends it, and clients never hold it.
 */
function decode(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== FIELD_KEY_BYTES || key.toString('base64') !== text.trim()) {
    throw new ServerConfigError(`${where} does not hold a field key (${FIELD_KEY_BYTES} bytes in base64).`);
  }
  return key;
}

export function readServerFieldKey(source: { file: string } | { base64: string }): Buffer {
  if ('base64' in source) return decode(source.base64, 'PASSERELLE_FIELD_KEY');
  let mode: number;
  try {
    mode = statSync(source.file).mode;
  } catch {
    throw new ServerConfigError(`The field key file ${source.file} cannot be found.`);
  }
  // Windows has no such bits: there the folder's access rules protect it (docs/deployment.md).
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new ServerConfigError(
      `The field key file ${source.file} can be read by other accounts (mode ${(mode & 0o777).toString(8)}): chmod 600 it, owned by the service's account.`,
    );
  }
  try {
    return decode(readFileSync(source.file, 'utf8'), `The field key file ${source.file}`);
  } catch (error) {
    if (error instanceof ServerConfigError) throw error;
    throw new ServerConfigError(`The field key file ${source.file} cannot be read by this account.`);
  }
}

/** Writes a new key file (mode 600); never replaces one, which would make the records unreadable. */
export function writeNewServerFieldKey(file: string): void {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ServerConfigError(`${file} already exists: a key is never replaced.`);
    throw new ServerConfigError(`Cannot create ${file}.`);
  }
  try {
    writeSync(fd, `${randomBytes(FIELD_KEY_BYTES).toString('base64')}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
