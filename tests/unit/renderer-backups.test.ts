import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import backupsFr from '../../renderer/features/settings/backups/i18n/fr.json';
import backupsEn from '../../renderer/features/settings/backups/i18n/en.json';
import {
  BACKUP_PHASES,
  backupDateParts,
  backupWhen,
  canConfirmRestore,
  DEFAULT_BACKUP_SORT,
  liegeDay,
  nextBackupSort,
  progressPercent,
  progressStep,
  reasonKey,
  restoreBlocker,
  sortBackups,
  warningMessages,
} from '../../renderer/features/settings/backups/backup-model';
import { kitFormProblems } from '../../renderer/features/settings/backups/kit-form';
import { rememberReopen, reopenNoticeText, takeReopenNotice, type NoticeStorage } from '../../renderer/features/settings/backups/reopen';
import { homeWidgetsFor } from '../../renderer/features/home/widget-roles';
import { BACKUP_REASONS, type BackupListItem, type BackupWarning } from '../../shared/domain/backups';
import { RECOVERY_PASSPHRASE_MIN } from '../../shared/domain/recovery-kit';
import { describeNamespace } from '../helpers/i18n-namespace';

function backup(name: string, createdAt: string, extra: Partial<BackupListItem> = {}): BackupListItem {
  return { name, createdAt, bytes: 1000, reason: 'daily', appVersion: '0.1.0', verified: true, sameKey: true, ...extra };
}

describe('backup dates, read in Liège', () => {
  it('gives the Liège calendar day of an instant, across midnight and summer time', () => {
    expect(liegeDay('2026-12-07T22:30:00.000Z')).toBe('2026-12-07');
    expect(liegeDay('2026-12-07T23:30:00.000Z')).toBe('2026-12-08');
    expect(liegeDay('2026-07-01T22:30:00.000Z')).toBe('2026-07-02');
  });

  it('writes the date and the time in Liège whatever the zone of the machine', () => {
    expect(backupDateParts('2026-12-07T08:12:00.000Z', 'fr')).toEqual({ date: '7 déc. 2026', time: '09:12' });
    expect(backupDateParts('2026-07-07T08:12:00.000Z', 'en')).toEqual({ date: '7 Jul 2026', time: '10:12' });
  });

  it('says today, yesterday, or the day for the last verified backup', () => {
    const now = new Date('2026-12-08T10:00:00.000Z');
    expect(backupWhen('2026-12-08T07:05:00.000Z', now, 'fr')).toMatchObject({ key: 'today', time: '08:05' });
    expect(backupWhen('2026-12-07T08:12:00.000Z', now, 'fr')).toMatchObject({ key: 'yesterday', time: '09:12' });
    // 23:30 UTC on the 6th is already the 7th in Liège: yesterday, not two days ago.
    expect(backupWhen('2026-12-06T23:30:00.000Z', now, 'fr')).toMatchObject({ key: 'yesterday', time: '00:30' });
    expect(backupWhen('2026-12-01T08:12:00.000Z', now, 'fr')).toEqual({ key: 'day', time: '09:12', date: 'mardi 1er décembre' });
    expect(backupWhen('2025-12-01T08:12:00.000Z', now, 'en').date).toMatch(/^Monday,? 1 December 2025$/);
  });
});

describe('backup reasons', () => {
  it('has a label for every reason the server sends, and for a backup without a manifest', () => {
    for (const reason of BACKUP_REASONS) expect(reasonKey(reason)).toBe(reason);
    expect(reasonKey(null)).toBe('unknown');
  });
});

describe('a running backup', () => {
  it('goes from 0 to 100 across its phases, never backwards', () => {
    const at = (phase: (typeof BACKUP_PHASES)[number], bytesDone: number, bytesTotal = 1000) => progressPercent({ phase, bytesDone, bytesTotal });
    const steps = [at('copying', 0), at('copying', 500), at('copying', 1000), at('checking', 0), at('checking', 1000), at('publishing', 0), at('publishing', 1000), at('secondFolder', 0)];
    expect(steps[0]).toBe(0);
    expect(steps[1]).toBe(30);
    expect(steps.every((value, index) => index === 0 || value >= steps[index - 1]!)).toBe(true);
    expect(Math.max(...steps)).toBeLessThan(100);
  });

  it('stays at the start of a phase while its size is not known, and clamps odd counts', () => {
    expect(progressPercent({ phase: 'copying', bytesDone: 0, bytesTotal: 0 })).toBe(0);
    expect(progressPercent({ phase: 'checking', bytesDone: 5, bytesTotal: 0 })).toBe(60);
    expect(progressPercent({ phase: 'copying', bytesDone: 2000, bytesTotal: 1000 })).toBe(60);
  });

  it('counts the second folder as a step only when one is set', () => {
    expect(progressStep('copying', false)).toEqual({ step: 1, total: 3 });
    expect(progressStep('publishing', true)).toEqual({ step: 3, total: 4 });
    expect(progressStep('secondFolder', false)).toEqual({ step: 4, total: 4 });
  });
});

describe('backup warnings', () => {
  const overview = (warnings: BackupWarning[]) => ({
    warnings,
    lastVerified: { name: 'passerelle-20261201-091200.sqlite', createdAt: '2026-12-01T08:12:00.000Z' },
    secondFolder: { path: 'E:\\Sauvegardes', status: 'unreachable' as const, lastCopyAt: null },
  });

  it('puts the most pressing first and names what each one is about', () => {
    const messages = warningMessages(overview(['secondFolderUnreachable', 'lastBackupFailed', 'tooOld']), (iso) => `date(${iso})`);
    expect(messages.map((message) => message.warning)).toEqual(['tooOld', 'lastBackupFailed', 'secondFolderUnreachable']);
    expect(messages[0]!.params).toEqual({ date: 'date(2026-12-01T08:12:00.000Z)', days: 2 });
    expect(messages[2]!.params).toEqual({ path: 'E:\\Sauvegardes' });
  });

  it('says nothing when all is well', () => {
    expect(warningMessages(overview([]), String)).toEqual([]);
  });

  it('has a sentence for each warning with the same placeholders in both languages', () => {
    for (const warning of ['noBackup', 'tooOld', 'secondFolderUnreachable', 'lastBackupFailed'] as const) {
      expect(backupsFr.warnings[warning]).toBeTruthy();
      expect(backupsEn.warnings[warning]).toBeTruthy();
    }
    expect(backupsFr.warnings.tooOld).toContain('{{date}}');
    expect(backupsFr.warnings.secondFolderUnreachable).toContain('{{path}}');
  });
});

describe('the backups list', () => {
  const list = [
    backup('b', '2026-12-02T08:00:00.000Z', { bytes: 3000, reason: 'manual' }),
    backup('a', '2026-12-01T08:00:00.000Z', { bytes: 5000, reason: 'daily' }),
    backup('c', '2026-12-03T08:00:00.000Z', { bytes: 1000, reason: null }),
  ];
  const label = (item: BackupListItem) => reasonKey(item.reason);
  const names = (sort: typeof DEFAULT_BACKUP_SORT) => sortBackups(list, sort, label).map((item) => item.name);

  it('opens newest first', () => {
    expect(names(DEFAULT_BACKUP_SORT)).toEqual(['c', 'b', 'a']);
    expect(names({ column: 'createdAt', direction: 'asc' })).toEqual(['a', 'b', 'c']);
  });

  it('sorts by size and by reason, newest first among equals', () => {
    expect(names({ column: 'size', direction: 'desc' })).toEqual(['a', 'b', 'c']);
    expect(names({ column: 'reason', direction: 'asc' })).toEqual(['a', 'b', 'c']);
  });

  it('starts the date and the size with the biggest, the reason alphabetically', () => {
    expect(nextBackupSort(DEFAULT_BACKUP_SORT, 'createdAt')).toEqual({ column: 'createdAt', direction: 'asc' });
    expect(nextBackupSort(DEFAULT_BACKUP_SORT, 'size')).toEqual({ column: 'size', direction: 'desc' });
    expect(nextBackupSort(DEFAULT_BACKUP_SORT, 'reason')).toEqual({ column: 'reason', direction: 'asc' });
  });
});

describe('confirming a restore', () => {
  it('explains beforehand why an unverified backup or one of another key cannot be restored here', () => {
    expect(restoreBlocker({ verified: false, sameKey: true })).toBe('backupNotVerified');
    expect(restoreBlocker({ verified: true, sameKey: false })).toBe('backupOtherKey');
    expect(restoreBlocker({ verified: true, sameKey: true })).toBeNull();
  });

  it('needs the explicit "I understand", and only once', () => {
    const ok = { verified: true, sameKey: true };
    expect(canConfirmRestore({ backup: ok, understood: false, pending: false })).toBe(false);
    expect(canConfirmRestore({ backup: ok, understood: true, pending: false })).toBe(true);
    expect(canConfirmRestore({ backup: ok, understood: true, pending: true })).toBe(false);
    expect(canConfirmRestore({ backup: { verified: false, sameKey: true }, understood: true, pending: false })).toBe(false);
  });
});

describe('the recovery kit form', () => {
  const valid = { password: 'secret', passphrase: 'quatre mots sans lien', confirmPassphrase: 'quatre mots sans lien' };

  it('accepts a passphrase that meets the kit rule, typed twice alike', () => {
    expect(kitFormProblems(valid)).toEqual({});
  });

  it('asks for the password again', () => {
    expect(kitFormProblems({ ...valid, password: '' })).toEqual({ password: { field: { path: 'password', issue: 'required' } } });
  });

  it('applies the kit rule with its limit, as the server would say it', () => {
    const short = 'a'.repeat(RECOVERY_PASSPHRASE_MIN - 1);
    expect(kitFormProblems({ ...valid, passphrase: short, confirmPassphrase: short }).passphrase).toEqual({
      field: { path: 'passphrase', issue: 'too_short', params: { limit: RECOVERY_PASSPHRASE_MIN } },
    });
    expect(kitFormProblems({ ...valid, passphrase: '', confirmPassphrase: '' }).passphrase).toEqual({ field: { path: 'passphrase', issue: 'required' } });
  });

  it('refuses two different entries, but not the same letters typed as composed or decomposed accents', () => {
    expect(kitFormProblems({ ...valid, confirmPassphrase: 'quatre mots sans lieu' }).confirmPassphrase).toEqual({ mismatch: true });
    expect(kitFormProblems({ ...valid, passphrase: 'été à la mer du nord', confirmPassphrase: 'e\u0301te\u0301 à la mer du nord' })).toEqual({});
  });
});

describe('reopening after a restore', () => {
  function memoryStorage(): NoticeStorage & { items: Map<string, string> } {
    const items = new Map<string, string>();
    return {
      items,
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
    };
  }

  it('tells the next screen once what was restored and where the replaced records went', () => {
    const storage = memoryStorage();
    rememberReopen({ kind: 'restored', createdAt: '2026-12-07T08:12:00.000Z', savedAs: 'passerelle-20261208-100000.sqlite' }, storage);
    expect(takeReopenNotice(storage)).toEqual({ kind: 'restored', createdAt: '2026-12-07T08:12:00.000Z', savedAs: 'passerelle-20261208-100000.sqlite' });
    expect(takeReopenNotice(storage)).toBeNull();
  });

  it('drops anything malformed, and works without storage', () => {
    const storage = memoryStorage();
    storage.items.set('passerelle.reopened', '{"kind":"restored","createdAt":"hier"}');
    expect(takeReopenNotice(storage)).toBeNull();
    expect(storage.items.size).toBe(0);
    storage.items.set('passerelle.reopened', 'not json');
    expect(takeReopenNotice(storage)).toBeNull();
    expect(takeReopenNotice(null)).toBeNull();
    rememberReopen({ kind: 'keyImported' }, storage);
    expect(takeReopenNotice(storage)).toEqual({ kind: 'keyImported' });
  });
});

describe('what the sign-in screen says after the reload', () => {
  const date = (iso: string) => `date(${iso})`;

  it('names the restored backup and the backup that keeps the replaced records', () => {
    expect(reopenNoticeText({ kind: 'restored', createdAt: '2026-12-07T08:12:00.000Z', savedAs: 'passerelle-20261208-100000.sqlite' }, date)).toEqual({
      title: 'restoredTitle',
      sentences: [
        { key: 'restored', params: { date: 'date(2026-12-07T08:12:00.000Z)' } },
        { key: 'savedAsBackup', params: { savedAs: 'passerelle-20261208-100000.sqlite' } },
      ],
    });
  });

  it('names the file set aside when the records could not be opened, and nothing when there was none', () => {
    const aside = reopenNoticeText({ kind: 'restored', createdAt: '2026-12-07T08:12:00.000Z', savedAs: 'replaced/passerelle-20261208-100000.sqlite' }, date);
    expect(aside.sentences[1]).toEqual({ key: 'savedAsFile', params: { savedAs: 'replaced/passerelle-20261208-100000.sqlite' } });
    expect(reopenNoticeText({ kind: 'restored', createdAt: '2026-12-07T08:12:00.000Z', savedAs: null }, date).sentences).toHaveLength(1);
    expect(reopenNoticeText({ kind: 'keyImported' }, date)).toEqual({ title: 'keyImportedTitle', sentences: [{ key: 'keyImported' }] });
  });
});

describe('the administrator’s home', () => {
  it('shows administrators the backups block', () => {
    expect(homeWidgetsFor(['admin'])).toEqual(['backups', 'retention']);
    expect(homeWidgetsFor(['coordinator'])).toEqual(['loans']);
  });
});

const RENDERER = join(__dirname, '../../renderer');

describeNamespace(
  {
    name: 'backups',
    fr: backupsFr,
    en: backupsEn,
    sourceDir: RENDERER,
    prefix: 'backups:',
    required: [
      ...BACKUP_REASONS.map((reason) => `reasons.${reason}`),
      'reasons.unknown',
      ...['today', 'yesterday', 'day'].map((key) => `when.${key}`),
      ...['noBackup', 'tooOld', 'secondFolderUnreachable', 'lastBackupFailed'].map((warning) => `warnings.${warning}`),
      ...BACKUP_PHASES.map((phase) => `progress.phases.${phase}`),
      ...['saveCurrent', 'check', 'replace', 'reopen'].map((step) => `restore.steps.${step}`),
      ...['ok', 'unreachable', 'notSet'].map((status) => `secondFolder.statuses.${status}`),
      ...['keyring', 'obfuscated', 'plainFile', 'givenByCaller'].map((protection) => `key.protections.${protection}`),
      'key.truth.keyring',
      'key.truth.obfuscated',
      ...['none', 'keyringAvailable', 'linuxBasicText', 'unidentified', 'unavailable'].map((reason) => `key.truth.plainFile.${reason}`),
      ...['windowsDpapi', 'macosKeychain', 'linuxSecretService', 'linuxKwallet'].map((store) => `key.stores.${store}`),
    ],
    requiredTitle: 'names every reason, warning, phase, step, status and protection the screens build keys for',
    minimumUsed: 40,
    usedTitle: 'has a translation for every key the renderer uses',
  },
  () => {
    it('is registered as the "backups" namespace of the app', () => {
      const index = readFileSync(join(RENDERER, 'i18n/index.ts'), 'utf8');
      expect(index).toMatch(/fr: \{[^}]*\bbackups: backupsFr\b/);
      expect(index).toMatch(/en: \{[^}]*\bbackups: backupsEn\b/);
    });
  },
);
