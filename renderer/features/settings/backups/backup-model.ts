/**
 * What the Backups tab, the administrator's home and the recovery screen say about backups, without React:
 * dates read in Liège, the reason's label, how far a running backup has got, which warnings to show, the
 * order of the list and when a restore may be confirmed. Unit-tested in tests/unit/renderer-backups.test.ts.
 */
import { BACKUP_MAX_AGE_HOURS, type BackupListItem, type BackupPhase, type BackupProgress, type BackupWarning, type BackupsOverview } from '../../../../shared/domain/backups';
import { nextSort, type Sort } from '../../../components/data-table/list-state';
import { formatWeekdayDate } from '../../../dates/date-text';
import { localeOf, type Language } from '../../../i18n/language';

/** Backups are stamped in UTC; administrators read them in Liège's time, whatever the PC's own zone. */
const LIEGE = 'Europe/Brussels';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: Language, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${language}:${key}`;
  let found = formats.get(id);
  if (!found) {
    found = new Intl.DateTimeFormat(localeOf(language), { ...options, timeZone: LIEGE });
    formats.set(id, found);
  }
  return found;
}

/** The calendar day in Liège of an instant, "YYYY-MM-DD" (a backup at 23:30 UTC in winter is the next day). */
export function liegeDay(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: LIEGE, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** "7 déc. 2026" and "09:12": the two halves of a backup's time, joined by the translation ("… à …"). */
export function backupDateParts(iso: string, language: Language): { date: string; time: string } {
  const instant = new Date(iso);
  return {
    date: format(language, 'date', { day: 'numeric', month: 'short', year: 'numeric' }).format(instant),
    time: format(language, 'time', { hour: '2-digit', minute: '2-digit' }).format(instant),
  };
}

/** "lundi 1er décembre" (with the year when it is not the current one): an older backup on the home. */
export function backupLongDay(iso: string, language: Language, referenceYear: number): string {
  return formatWeekdayDate(liegeDay(iso), language, referenceYear);
}

export type BackupWhenKey = 'today' | 'yesterday' | 'day';

/** "aujourd'hui à 09:12", "hier à 09:12", "lundi 30 novembre à 09:12": the key to translate, in Liège days. */
export function backupWhen(iso: string, now: Date, language: Language): { key: BackupWhenKey; time: string; date: string } {
  const { time } = backupDateParts(iso, language);
  const day = liegeDay(iso);
  const today = liegeDay(now.toISOString());
  const key: BackupWhenKey = day === today ? 'today' : day === previousDay(today) ? 'yesterday' : 'day';
  return { key, time, date: backupLongDay(iso, language, Number(today.slice(0, 4))) };
}

function previousDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** The key of a reason's label under `backups:reasons`; a backup without a manifest has none. */
export function reasonKey(reason: BackupListItem['reason']): 'daily' | 'manual' | 'beforeMigration' | 'beforeRestore' | 'unknown' {
  return reason ?? 'unknown';
}

/**
 * The share of the work each phase stands for. Copying the database is the longest part, hashing the copy for
 * its check the next; publishing is two renames. The second folder comes last and is not measured in bytes.
 */
const PHASE_SPANS: Record<BackupPhase, readonly [number, number]> = {
  copying: [0, 60],
  checking: [60, 95],
  publishing: [95, 98],
  secondFolder: [98, 100],
};

export const BACKUP_PHASES: readonly BackupPhase[] = ['copying', 'checking', 'publishing', 'secondFolder'];

/** How far a running backup has got, 0–100, rounded down so that 100 only shows once it is really done. */
export function progressPercent(progress: Pick<BackupProgress, 'phase' | 'bytesDone' | 'bytesTotal'>): number {
  const [from, to] = PHASE_SPANS[progress.phase];
  const share = progress.bytesTotal > 0 ? Math.min(1, Math.max(0, progress.bytesDone / progress.bytesTotal)) : 0;
  return Math.floor(from + (to - from) * share);
}

/** "Étape 2 sur 3": the second folder is a step only when one is set. */
export function progressStep(phase: BackupPhase, withSecondFolder: boolean): { step: number; total: number } {
  return { step: BACKUP_PHASES.indexOf(phase) + 1, total: withSecondFolder || phase === 'secondFolder' ? 4 : 3 };
}

/** One warning as a sentence to translate under `backups:warnings`, with what it names. */
export interface WarningMessage {
  warning: BackupWarning;
  params: Record<string, string | number>;
}

/** The most pressing first: no copy at all, then a copy too old, then a failure, then the off-PC copy. */
const WARNING_ORDER: readonly BackupWarning[] = ['noBackup', 'tooOld', 'lastBackupFailed', 'secondFolderUnreachable'];

/** The overview's warnings as sentences: the age of the last verified backup, the folder that went away. */
export function warningMessages(
  overview: Pick<BackupsOverview, 'warnings' | 'lastVerified' | 'secondFolder'>,
  describeDate: (iso: string) => string,
): WarningMessage[] {
  return WARNING_ORDER.filter((warning) => overview.warnings.includes(warning)).map((warning): WarningMessage => {
    switch (warning) {
      case 'tooOld':
        return {
          warning,
          params: { date: overview.lastVerified ? describeDate(overview.lastVerified.createdAt) : '—', days: Math.round(BACKUP_MAX_AGE_HOURS / 24) },
        };
      case 'secondFolderUnreachable':
        return { warning, params: { path: overview.secondFolder.path ?? '—' } };
      default:
        return { warning, params: {} };
    }
  });
}

export type BackupSortColumn = 'createdAt' | 'size' | 'reason';
export type BackupSort = Sort<BackupSortColumn>;

/** Newest first, as the list opens. */
export const DEFAULT_BACKUP_SORT: BackupSort = { column: 'createdAt', direction: 'desc' };

/** The date and the size start with the newest and the biggest; the reason alphabetically. */
export function nextBackupSort(current: BackupSort, column: BackupSortColumn): BackupSort {
  return nextSort(current, column, column !== 'reason');
}

/** A sorted copy; ties keep the newest first, so the order never depends on the server's. */
export function sortBackups(backups: readonly BackupListItem[], sort: BackupSort, reasonLabel: (item: BackupListItem) => string): BackupListItem[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const newestFirst = (a: BackupListItem, b: BackupListItem) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.name < b.name ? 1 : -1);
  return [...backups].sort((a, b) => {
    switch (sort.column) {
      case 'createdAt':
        return -newestFirst(a, b) * sign;
      case 'size':
        return (a.bytes - b.bytes) * sign || newestFirst(a, b);
      case 'reason':
        return reasonLabel(a).localeCompare(reasonLabel(b)) * sign || newestFirst(a, b);
    }
  });
}

/**
 * Why a backup cannot be restored from the app, known before asking: one without a manifest can only be
 * restored from the command line, one made with another key needs that installation's recovery kit first.
 * The server checks again (and may still refuse: a damaged file, a newer version).
 */
export function restoreBlocker(backup: Pick<BackupListItem, 'verified' | 'sameKey'>): 'backupNotVerified' | 'backupOtherKey' | null {
  if (!backup.verified) return 'backupNotVerified';
  if (!backup.sameKey) return 'backupOtherKey';
  return null;
}

/** The restore button of the confirmation is enabled once the administrator ticked that they understood. */
export function canConfirmRestore(state: { backup: Pick<BackupListItem, 'verified' | 'sameKey'>; understood: boolean; pending: boolean }): boolean {
  return restoreBlocker(state.backup) === null && state.understood && !state.pending;
}
