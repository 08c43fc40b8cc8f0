/**
 * Why a copy to the team server stops (issue 15, point 7). Each refusal says, in French then in English, what
 * happened, which table when one is concerned, and what to do. No message ever quotes a row's value, a key, a
 * passphrase or the database URL (it may hold a password).
 */
export type CopyRefusalCode =
  | 'dataDirMissing'
  | 'dataDirLocked'
  | 'databaseMissing'
  | 'databaseDamaged'
  | 'migrationsDiffer'
  | 'noInstallation'
  | 'keyMissing'
  | 'keyWrapped'
  | 'keyUnreadable'
  | 'kitUnreadable'
  | 'kitWrongPassphrase'
  | 'keyMismatch'
  | 'targetUnreachable'
  | 'targetTooNew'
  | 'targetHoldsRecords'
  | 'targetOtherCopy'
  | 'tablesDiffer'
  | 'verifyFailed'
  | 'keyFileExists'
  | 'keyFileUnwritable';

export class CopyRefusedError extends Error {
  constructor(
    readonly code: CopyRefusalCode,
    readonly fr: string,
    readonly en: string,
    /** The table concerned, when there is one (a table's name is never personal data). */
    readonly table?: string,
  ) {
    super(`${fr}\n${en}`);
    this.name = 'CopyRefusedError';
  }
}

export function refuse(code: CopyRefusalCode, fr: string, en: string, table?: string): CopyRefusedError {
  return new CopyRefusedError(code, fr, en, table);
}
