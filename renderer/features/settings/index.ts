/**
 * What other features may use of the settings: the backups' overview and texts (the administrator's home), the
 * backups table and the restore's reopening (the recovery screen at start).
 */
export { useBackupsOverview } from './backups/backups-queries';
export { useBackupText } from './backups/backup-text';
export { BackupWarningsAlert } from './backups/BackupWarningsAlert';
export { ServerBackupsNote } from './backups/ServerBackupsNote';
export { BackupsTable } from './backups/BackupsTable';
export { restoreBlocker } from './backups/backup-model';
export { RestoreModalFrame } from './backups/RestoreModalFrame';
export { reopenApp, reopenNoticeText, takeReopenNotice, type ReopenNotice } from './backups/reopen';
export { RecoveryKitFields, type KitValues } from './backups/RecoveryKitFields';
export { cleanKitText, KIT_FILE_MAX_BYTES, kitTextProblem } from './backups/kit-text';
