/**
 * What the recovery screen decides without React (issue 13, "a safe start"): whether the start-up can go on,
 * which ways out each problem offers and in what order, the backup to suggest, and whether a kit's text can
 * be sent. Unit-tested in tests/unit/renderer-recovery.test.ts.
 */
import type { BackupListItem, RecoveryStatus, StartupProblem } from '../../../shared/domain/backups';

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

