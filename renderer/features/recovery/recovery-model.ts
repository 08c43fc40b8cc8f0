/**
 * What the recovery screen decides without React (issue 13, "a safe start"): whether the start-up can go on,
 * which ways out each problem offers and in what order, the backup to suggest, and whether a kit's text can
 * be sent. Unit-tested in tests/unit/renderer-recovery.test.ts.
 */
import type { FieldError } from '../../../shared/api/result';
import type { BackupListItem, RecoveryStatus, StartupProblem } from '../../../shared/domain/backups';
import { RECOVERY_KIT_MAX_TEXT } from '../../../shared/domain/recovery-kit';

/** What the window shows at start: the recovery screen comes before anything that would need the records. */
export type StartScreen = 'loading' | 'failure' | 'recovery' | 'app';

/**
 * `readOnlyAccepted`: the administrator chose to go on reading a damaged database opened read-only (the
 * server then refuses every change); any other problem keeps the recovery screen until it is solved.
 */
export function startScreen(
  query: { isPending: boolean; isError: boolean; data?: Pick<RecoveryStatus, 'problem' | 'readOnly'> },
  readOnlyAccepted = false,
): StartScreen {
  if (query.isError) return 'failure';
  if (query.isPending || !query.data) return 'loading';
  if (!query.data.problem) return 'app';
  return query.data.readOnly && readOnlyAccepted ? 'app' : 'recovery';
}

/** The problems about the key, which a recovery kit solves (a kit never brings back a lost or damaged database). */
export const KEY_PROBLEMS: readonly StartupProblem[] = ['fieldKeyMissing', 'fieldKeyUnreadable', 'fieldKeyMismatch'];

export type RecoveryAction = 'importKit' | 'restore';

/** The ways out, the likelier first: for a key problem the kit (a backup holds no key), else a backup. */
export function recoveryActions(problem: StartupProblem): RecoveryAction[] {
  return KEY_PROBLEMS.includes(problem) ? ['importKit', 'restore'] : ['restore'];
}

/** The backup the server suggests, as listed; null when it names none (or one no longer listed). */
export function suggestedBackup(status: Pick<RecoveryStatus, 'backups' | 'suggested'>): BackupListItem | null {
  return status.backups.find((backup) => backup.name === status.suggested) ?? null;
}

/** A kit file is well under 1 000 characters; a bigger file is not a kit, and is not read into the form. */
export const KIT_FILE_MAX_BYTES = RECOVERY_KIT_MAX_TEXT * 4;

/** The text as the import reads it: without a byte-order mark or surrounding blank lines. */
export function cleanKitText(text: string): string {
  return text.replace(/^\uFEFF/, '').trim();
}

/** Why a kit's text cannot be sent, as a field issue of `kit` (the server reads the code itself). */
export function kitTextProblem(text: string): FieldError | null {
  const clean = cleanKitText(text);
  if (clean === '') return { path: 'kit', issue: 'required' };
  if (clean.length > RECOVERY_KIT_MAX_TEXT) return { path: 'kit', issue: 'too_long', params: { limit: RECOVERY_KIT_MAX_TEXT } };
  return null;
}
