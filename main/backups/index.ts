/*
 * The backup engine (issue 13): a Node library that knows nothing of HTTP, Electron, the contract or the
 * renderer. The core decides when to call it; SQLite-specific statements live in main/db/backup.ts.
 */
export { BackupError, BackupFolderError, type BackupErrorCode, type BackupFolderErrorCode } from './errors';
export { type BackupIdentity, type BackupManifest, type BackupReason, parseManifest, readManifestFile, serialiseManifest } from './manifest';
export { isBackupName, manifestPathFor } from './names';
export { removeStalePartials, STALE_PARTIAL_MS } from './partials';
export { writeVerifiedBackup, type BackupProgress, type WriteBackupOptions } from './write';
export { verifyBackup, type BackupCheck, type BackupProblem } from './verify';
export { inspectDatabaseFile, type Inspection } from './inspect';
export { listBackups, type BackupEntry } from './list';
export { backupsToPrune, DEFAULT_ROTATION, pruneBackups, type RotationPolicy } from './rotation';
export { copyToSecondFolder, probeSecondFolder, secondFolderStatus, type SecondFolderStatus } from './second-folder';
export { installBackup } from './restore-file';
