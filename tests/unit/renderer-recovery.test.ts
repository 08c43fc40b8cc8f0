import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import recoveryFr from '../../renderer/features/recovery/i18n/fr.json';
import recoveryEn from '../../renderer/features/recovery/i18n/en.json';
import { KEY_PROBLEMS, recoveryActions, startScreen, suggestedBackup } from '../../renderer/features/recovery/recovery-model';
import { cleanKitText, kitTextProblem } from '../../renderer/features/settings/backups/kit-text';
import type { BackupListItem, StartupProblem } from '../../shared/domain/backups';
import { RECOVERY_KIT_MAX_TEXT } from '../../shared/domain/recovery-kit';
import { describeNamespace } from '../helpers/i18n-namespace';

const PROBLEMS: readonly StartupProblem[] = ['databaseMissing', 'databaseCorrupt', 'fieldKeyMissing', 'fieldKeyUnreadable', 'fieldKeyMismatch'];

function backup(name: string, extra: Partial<BackupListItem> = {}): BackupListItem {
  return { name, createdAt: '2026-12-07T08:12:00.000Z', bytes: 1000, reason: 'daily', appVersion: '0.1.0', verified: true, sameKey: true, ...extra };
}

describe('the start of the app', () => {
  it('waits for the recovery status before showing anything that would call the server', () => {
    expect(startScreen({ isPending: true, isError: false })).toBe('loading');
    expect(startScreen({ isPending: false, isError: true })).toBe('failure');
  });

  it('shows the recovery screen instead of sign-in or first start when the records cannot open', () => {
    expect(startScreen({ isPending: false, isError: false, data: { problem: 'databaseMissing', readOnly: false } })).toBe('recovery');
    expect(startScreen({ isPending: false, isError: false, data: { problem: null, readOnly: false } })).toBe('app');
  });

  it('lets damaged records opened read-only be read once the administrator chooses so, and nothing else', () => {
    const damaged = { isPending: false, isError: false, data: { problem: 'databaseCorrupt' as const, readOnly: true } };
    expect(startScreen(damaged)).toBe('recovery');
    expect(startScreen(damaged, true)).toBe('app');
    expect(startScreen({ ...damaged, data: { problem: 'fieldKeyMissing', readOnly: false } }, true)).toBe('recovery');
  });
});

describe('the ways out of each problem', () => {
  it('offers the recovery kit first for a key problem, and a backup as the second way', () => {
    for (const problem of KEY_PROBLEMS) expect(recoveryActions(problem)).toEqual(['importKit', 'restore']);
  });

  it('offers only a backup for a lost or damaged database (a kit holds no records)', () => {
    expect(recoveryActions('databaseMissing')).toEqual(['restore']);
    expect(recoveryActions('databaseCorrupt')).toEqual(['restore']);
  });

  it('suggests the backup the server names, if it is still listed', () => {
    const backups = [backup('passerelle-20261207-091200.sqlite'), backup('passerelle-20261206-091200.sqlite')];
    expect(suggestedBackup({ backups, suggested: 'passerelle-20261206-091200.sqlite' })?.name).toBe('passerelle-20261206-091200.sqlite');
    expect(suggestedBackup({ backups, suggested: null })).toBeNull();
    expect(suggestedBackup({ backups, suggested: 'passerelle-20260101-000000.sqlite' })).toBeNull();
  });
});

describe('the kit text', () => {
  it('reads a pasted or loaded kit without its byte-order mark or blank lines around it', () => {
    expect(cleanKitText('\uFEFF\n  passerelle-recovery-kit 1\nCode :\nABCD-EFGH\n\n')).toBe('passerelle-recovery-kit 1\nCode :\nABCD-EFGH');
  });

  it('asks for a text, and refuses one far bigger than any kit before sending it', () => {
    expect(kitTextProblem('  \n ')).toEqual({ path: 'kit', issue: 'required' });
    expect(kitTextProblem('x'.repeat(RECOVERY_KIT_MAX_TEXT + 1))).toEqual({ path: 'kit', issue: 'too_long', params: { limit: RECOVERY_KIT_MAX_TEXT } });
    expect(kitTextProblem('ABCD-EFGH-JKMN')).toBeNull();
  });
});

const RENDERER = join(__dirname, '../../renderer');

describeNamespace(
  {
    name: 'recovery',
    fr: recoveryFr,
    en: recoveryEn,
    sourceDir: RENDERER,
    prefix: 'recovery:',
    required: [
      ...PROBLEMS.flatMap((problem) => [`problems.${problem}.title`, `problems.${problem}.body`]),
      ...['restoredTitle', 'restored', 'savedAsBackup', 'savedAsFile', 'keyImportedTitle', 'keyImported'].map((key) => `notices.${key}`),
    ],
    requiredTitle: 'explains every start-up problem in plain words, and what a reload after a restore says',
    minimumUsed: 30,
    usedTitle: 'has a translation for every key the renderer uses',
  },
  (flat) => {
    it('is registered as the "recovery" namespace of the app', () => {
      const index = readFileSync(join(RENDERER, 'i18n/index.ts'), 'utf8');
      expect(index).toMatch(/fr: \{[^}]*\brecovery: recoveryFr\b/);
      expect(index).toMatch(/en: \{[^}]*\brecovery: recoveryEn\b/);
    });

    it('says that a lost database is not a new installation, and names the key file when it is missing', () => {
      expect(flat.fr.get('problems.databaseMissing.body')).toMatch(/pas une nouvelle installation/);
      expect(flat.en.get('problems.databaseMissing.body')).toMatch(/not a new installation/);
      expect(flat.fr.get('problems.fieldKeyMissing.body')).toContain('keys/field-key');
    });
  },
);
