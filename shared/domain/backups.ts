/**
 * Backups, restore and the recovery kit as the interface sees them (issue 13). The engine lives in
 * main/backups/; these are the shapes that cross the contract.
 */

export const BACKUP_REASONS = ['manual', 'daily', 'beforeMigration', 'beforeRestore'] as const;
export type BackupReasonCode = (typeof BACKUP_REASONS)[number];

/** One file of `backups/`. `verified`: it has a manifest whose checksum matched when it was written. */
export interface BackupListItem {
  name: string;
  createdAt: string;
  bytes: number;
  /** null for a file without a manifest (made by an earlier version, or its manifest is damaged). */
  reason: BackupReasonCode | null;
  appVersion: string | null;
  verified: boolean;
  /** False when the backup needs another field key than the one in place (another installation). */
  sameKey: boolean;
}

export type BackupPhase = 'copying' | 'checking' | 'publishing' | 'secondFolder';

export interface BackupProgress {
  reason: BackupReasonCode;
  phase: BackupPhase;
  bytesDone: number;
  bytesTotal: number;
  startedAt: string;
}

/** What the administrator's home and the Backups tab warn about. */
export type BackupWarning = 'noBackup' | 'tooOld' | 'secondFolderUnreachable' | 'lastBackupFailed';

/** A backup older than this many hours is "too old" (one is made each day at first use). */
export const BACKUP_MAX_AGE_HOURS = 48;

export type SecondFolderStatus = 'notSet' | 'ok' | 'unreachable';

export type KeyProtection = 'keyring' | 'obfuscated' | 'plainFile' | 'givenByCaller';

/**
 * The system's secret store as the desktop app found it at start (Electron's safeStorage; docs/security.md,
 * "What protects the key"): Windows' DPAPI, macOS' Keychain, Linux's Secret Service (GNOME Keyring, libsecret)
 * or KWallet; Linux's `basic_text` (obfuscation with a password written in Chromium); a store it cannot name;
 * none at all (`unavailable`). `none`: no desktop keyring here (browser mode, the demo, a team server).
 */
export type SystemKeyring =
  | 'windowsDpapi'
  | 'macosKeychain'
  | 'linuxSecretService'
  | 'linuxKwallet'
  | 'linuxBasicText'
  | 'unidentified'
  | 'unavailable'
  | 'none';

export const SYSTEM_KEYRINGS: readonly SystemKeyring[] = [
  'windowsDpapi',
  'macosKeychain',
  'linuxSecretService',
  'linuxKwallet',
  'linuxBasicText',
  'unidentified',
  'unavailable',
  'none',
];

/** Whether a store really protects the key: `basic_text` only obfuscates, and an unnamed store cannot be vouched for. */
export function keyringProtects(store: SystemKeyring): boolean {
  return store === 'windowsDpapi' || store === 'macosKeychain' || store === 'linuxSecretService' || store === 'linuxKwallet';
}

export interface BackupsOverview {
  backups: BackupListItem[];
  lastVerified: { name: string; createdAt: string } | null;
  secondFolder: { path: string | null; status: SecondFolderStatus; lastCopyAt: string | null };
  warnings: BackupWarning[];
  running: BackupProgress | null;
  /**
   * How the field key file is protected here: the desktop's keyring; `obfuscated`, wrapped by safeStorage whose
   * only store is Linux's `basic_text` (a password written in Chromium: no protection); a plain file (browser
   * mode, the demo, a desktop without a keyring); or given by the server's configuration.
   */
  keyProtection: KeyProtection;
  /** True in the desktop app when the key is a plain file and the system keyring can really protect it. */
  keyringOffered: boolean;
  /** What the system offers to protect the key (desktop app), named to the administrator; `none` elsewhere. */
  systemKeyring: SystemKeyring;
  rotation: { daily: number; weekly: number; monthly: number };
}

/** The part of the overview about the field key (main/startup/maintenance.ts `keyInfo`). */
export type KeyInfo = Pick<BackupsOverview, 'keyProtection' | 'keyringOffered' | 'systemKeyring'>;

/** Why the app started in recovery mode instead of opening the records. */
export type StartupProblem =
  /** No database (or an empty file) where keys or backups show there was one. */
  | 'databaseMissing'
  /** The database fails SQLite's integrity check. */
  | 'databaseCorrupt'
  /** The database holds encrypted records, and `keys/field-key` is missing. */
  | 'fieldKeyMissing'
  /** The key file is there but cannot be read on this system (another PC or OS account, a changed keyring). */
  | 'fieldKeyUnreadable'
  /** The key in place is not the key of this database. */
  | 'fieldKeyMismatch';

export interface RecoveryStatus {
  problem: StartupProblem | null;
  /**
   * True when a damaged database was opened read-only (through a copy): the app works for reading, every change
   * is refused (`readOnlyRecords`), and the interface offers to restore a backup. `problem` is then
   * `databaseCorrupt`.
   */
  readOnly: boolean;
  dataDir: string;
  /** The backups the app can restore (verified ones first). */
  backups: BackupListItem[];
  /** The newest verified backup that fits the key in place (or any verified one when the key is missing). */
  suggested: string | null;
  /** The short fingerprint of the key the database expects, to compare with a recovery kit. */
  expectedKey: string | null;
}

export interface RestoreResult {
  restored: string;
  /** The backup of the replaced database, made just before. null when there was nothing to save. */
  savedAs: string | null;
}
