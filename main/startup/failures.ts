import { DatabaseTooNewError } from '../db/migrate';
import { FieldKeyError } from '../crypto/errors';
import { DataDirLockedError, type LockHolder } from './data-dir-lock';

/**
 * Why a start failed, in words the shells can show (issue 13, point 5): never the driver's own text, which is
 * English, technical, and for a read-only file even suggests `knex migrate:unlock`.
 */
export type StartupFailure =
  | { kind: 'locked'; holder: LockHolder | null }
  | { kind: 'tooNew' }
  | { kind: 'readOnly' }
  | { kind: 'diskFull' }
  | { kind: 'busy' }
  | { kind: 'cannotOpen' }
  | { kind: 'corrupt' }
  | { kind: 'fieldKeyFile'; code: string }
  | { kind: 'unknown'; detail: string };

const READ_ONLY = new Set(['SQLITE_READONLY', 'EACCES', 'EPERM', 'EROFS']);
const FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);
const CORRUPT = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

/** The codes of an error and of its causes (knex wraps the driver's error in its own). */
function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    current = (current as { cause?: unknown; originalError?: unknown }).cause ?? (current as { originalError?: unknown }).originalError;
  }
  return codes;
}

export function classifyStartupError(error: unknown): StartupFailure {
  if (error instanceof DataDirLockedError) return { kind: 'locked', holder: error.holder };
  if (error instanceof DatabaseTooNewError) return { kind: 'tooNew' };
  if (error instanceof FieldKeyError) return { kind: 'fieldKeyFile', code: error.code };
  const codes = codesOf(error);
  const message = error instanceof Error ? error.message : '';
  if (codes.some((code) => READ_ONLY.has(code)) || /readonly database/i.test(message)) return { kind: 'readOnly' };
  if (codes.some((code) => FULL.has(code))) return { kind: 'diskFull' };
  if (codes.some((code) => BUSY.has(code))) return { kind: 'busy' };
  if (codes.some((code) => CORRUPT.has(code))) return { kind: 'corrupt' };
  if (codes.includes('SQLITE_CANTOPEN') || codes.includes('ENOENT') || codes.includes('ENOTDIR')) return { kind: 'cannotOpen' };
  const name = error instanceof Error ? error.name : typeof error;
  return { kind: 'unknown', detail: codes[0] ? `${name} (${codes[0]})` : name };
}
