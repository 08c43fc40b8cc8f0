/**
 * After a restore or a key import the records in place are new and every session has ended: the window
 * reloads from the start (the sign-in screen, or the recovery screen if the records still cannot open) rather
 * than keep anything of the replaced records in memory. What happened is kept for this tab until the first
 * screen has said it.
 */
import { backupNameField } from '../../../../shared/api/channels/backups';

const STORAGE_KEY = 'passerelle.reopened';

export type ReopenNotice =
  /** `createdAt`: when the restored backup was made; `savedAs`: where the replaced records were kept. */
  | { kind: 'restored'; createdAt: string; savedAs: string | null }
  | { kind: 'keyImported' };

/** The part of sessionStorage used here (tests pass a Map-backed one). */
export type NoticeStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function defaultStorage(): NoticeStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function rememberReopen(notice: ReopenNotice, storage: NoticeStorage | null = defaultStorage()): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(notice));
  } catch {
    // Storage refused: the restore happened all the same, only the sentence after the reload is lost.
  }
}

/** The notice this tab left before reloading, once: it is removed as it is read. Anything malformed is dropped. */
export function takeReopenNotice(storage: NoticeStorage | null = defaultStorage()): ReopenNotice | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY) ?? null;
    if (raw === null) return null;
    storage?.removeItem(STORAGE_KEY);
    const value = JSON.parse(raw) as { kind?: unknown; createdAt?: unknown; savedAs?: unknown } | null;
    if (value?.kind === 'keyImported') return { kind: 'keyImported' };
    if (value?.kind !== 'restored' || typeof value.createdAt !== 'string' || Number.isNaN(Date.parse(value.createdAt))) return null;
    return { kind: 'restored', createdAt: value.createdAt, savedAs: typeof value.savedAs === 'string' ? value.savedAs : null };
  } catch {
    return null;
  }
}

/** Remembers what happened, goes back to the home address and reloads the whole window. */
export function reopenApp(notice: ReopenNotice): void {
  rememberReopen(notice);
  const { pathname, search } = window.location;
  window.history.replaceState(null, '', `${pathname}${search}#/`);
  window.location.reload();
}

/** A sentence to translate (under `recovery:notices`) with its values. */
export interface NoticeSentence {
  key: string;
  params?: Record<string, string>;
}

/**
 * What the first screen says after the reload: what was restored, and where the replaced records went — a
 * backup ("avant restauration") when they could be opened, else a file set aside in `replaced/`.
 */
export function reopenNoticeText(notice: ReopenNotice, dateText: (iso: string) => string): { title: string; sentences: NoticeSentence[] } {
  if (notice.kind === 'keyImported') return { title: 'keyImportedTitle', sentences: [{ key: 'keyImported' }] };
  const sentences: NoticeSentence[] = [{ key: 'restored', params: { date: dateText(notice.createdAt) } }];
  if (notice.savedAs) {
    const isBackup = backupNameField.safeParse(notice.savedAs).success;
    sentences.push({ key: isBackup ? 'savedAsBackup' : 'savedAsFile', params: { savedAs: notice.savedAs } });
  }
  return { title: 'restoredTitle', sentences };
}
