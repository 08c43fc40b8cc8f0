import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { openDatabase } from '../../main/db/connection';
import { describe, expect, it } from 'vitest';
import { apiFor, ok, signedIn, unchecked, useTestCore } from '../helpers/api';
import { readManifestFile } from '../../main/backups/manifest';
import { manifestPathFor } from '../../main/backups/names';

// On disk: backups are files beside the database.
const setup = useTestCore(['admin'], { onDisk: true, username: 'gardien' });

function backupsFolder(): string {
  return join(setup.core.dataDir, 'backups');
}

describe('backups channels', () => {
  it('writes a verified backup with its manifest, lists it, and reports no backup running', async () => {
    const { api } = setup;
    expect(ok(await api.backups.list())).toMatchObject({ backups: [], lastVerified: null, warnings: ['noBackup'] });
    const made = ok(await api.backups.create());
    expect(made).toMatchObject({ reason: 'manual', verified: true, sameKey: true });
    expect(made.name).toMatch(/^passerelle-\d{8}-\d{6}(-\d+)?\.sqlite$/);
    const manifest = readManifestFile(manifestPathFor(join(backupsFolder(), made.name)));
    expect(manifest?.tables.users).toBe(1);
    expect(manifest?.fieldKeyFingerprint).toMatch(/^[0-9a-f]{64}$/);
    const overview = ok(await api.backups.list());
    expect(overview.backups.map((backup) => backup.name)).toEqual([made.name]);
    expect(overview.lastVerified?.name).toBe(made.name);
    expect(overview.warnings).toEqual([]);
    expect(overview.running).toBeNull();
    expect(ok(await api.backups.progress())).toBeNull();
    // Only the backup and its manifest: no work file left under any name.
    expect(readdirSync(backupsFolder()).sort()).toEqual([made.name, made.name.replace(/\.sqlite$/, '.manifest.json')].sort());
  });

  it('makes one backup at a time: a request while another runs waits for it, then makes its own', async () => {
    const { api } = setup;
    const [one, two] = await Promise.all([api.backups.create(), api.backups.create()]);
    const names = [ok(one).name, ok(two).name];
    expect(new Set(names).size).toBe(2);
    expect(ok(await api.backups.list()).backups.filter((backup) => backup.verified)).toHaveLength(2);
  });

  it('restores a backup: the records are as they were, sessions end, the replaced ones are kept as a backup', async () => {
    const { core, api } = setup;
    const backup = ok(await api.backups.create());
    // A change after the backup: a new account.
    ok(await api.users.create({ username: 'apres', displayName: 'Après la sauvegarde', roles: ['teacher'], password: 'mot-de-passe-provisoire' }));
    expect(await core.db('users').pluck('username')).toContain('apres');
    core.clock.advance(2_000);

    const restored = ok(await api.backups.restore({ name: backup.name }));
    expect(restored.restored).toBe(backup.name);
    expect(restored.savedAs).toMatch(/^passerelle-.*\.sqlite$/);
    expect(await core.db('users').pluck('username')).toEqual(['gardien']);
    // Everyone signs in again on the restored records.
    expect(await api.backups.list()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const again = await signedIn(core, ['admin']);
    const listed = ok(await again.api.backups.list()).backups.map((item) => item.name);
    expect(listed).toContain(restored.savedAs);
    // The backup made just before holds the account the restore removed.
    const before = readManifestFile(manifestPathFor(join(backupsFolder(), restored.savedAs!)));
    expect(before?.reason).toBe('beforeRestore');
    expect(before?.tables.users).toBe(2);
    // The restore is in the restored database's audit trail.
    expect(await core.db('audit_events').where({ action: 'restore' }).pluck('entity_id')).toEqual([backup.name.slice(0, 40)]);
  });

  it('refuses a damaged backup, one of another key, and an unknown name, changing nothing', async () => {
    const { core, api } = setup;
    const backup = ok(await api.backups.create());
    const file = join(backupsFolder(), backup.name);
    const bytes = readFileSync(file);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    writeFileSync(file, bytes);
    expect(await api.backups.restore({ name: backup.name })).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'backupCheckFailed' } });

    core.clock.advance(2_000);
    const other = ok(await api.backups.create());
    const manifestFile = manifestPathFor(join(backupsFolder(), other.name));
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { fieldKeyFingerprint: string };
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, fieldKeyFingerprint: 'f'.repeat(64) }));
    expect(ok(await api.backups.list()).backups.find((item) => item.name === other.name)?.sameKey).toBe(false);
    expect(await api.backups.restore({ name: other.name })).toMatchObject({ ok: false, error: { reason: 'backupOtherKey' } });

    expect(await api.backups.restore({ name: 'passerelle-20200101-000000.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'notFound.backup' },
    });
    // A path is not a name: the server looks only in its own folder.
    expect(await unchecked(api).backups.restore({ name: '../passerelle.sqlite' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // Still signed in on the same records.
    expect(ok(await api.auth.status()).user?.username).toBe('gardien');
  });

  it('refuses a backup from a newer version of Passerelle, even with a manifest that matches it', async () => {
    const { core, api } = setup;
    const backup = ok(await api.backups.create());
    const file = join(backupsFolder(), backup.name);
    // A newer version's backup: one more migration applied, its manifest written to match the file.
    const copy = openDatabase(file);
    try {
      await copy('knex_migrations').insert({ name: '29990101000000_future', batch: 99, migration_time: new Date().toISOString() });
      await copy.raw('PRAGMA wal_checkpoint(TRUNCATE)');
      await copy.raw('PRAGMA journal_mode = DELETE');
    } finally {
      await copy.destroy();
    }
    const manifestFile = manifestPathFor(file);
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { migrations: string[]; tables: Record<string, number> };
    const bytes = readFileSync(file);
    writeFileSync(
      manifestFile,
      JSON.stringify({
        ...manifest,
        migrations: [...manifest.migrations, '29990101000000_future'],
        tables: { ...manifest.tables, knex_migrations: manifest.tables.knex_migrations! + 1 },
        bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      }),
    );
    expect(await api.backups.restore({ name: backup.name })).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'backupFromNewerVersion' } });
    expect(await core.db('knex_migrations').where({ name: '29990101000000_future' }).first()).toBeUndefined();
  });

  it('copies each backup to a second folder, and warns when that folder is gone', async () => {
    const { core, api } = setup;
    const folder = join(core.dataDir, '..', `${core.dataDir.split('/').pop()}-usb`);
    expect(await api.backups.setSecondFolder({ path: 'relatif/dossier' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'path', issue: 'not_absolute' }] },
    });
    expect(await api.backups.setSecondFolder({ path: folder })).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'path', issue: 'folder_unreachable' }] },
    });
    mkdirSync(folder);
    try {
      expect(ok(await api.backups.setSecondFolder({ path: folder }))).toMatchObject({ path: folder, status: 'ok' });
      const backup = ok(await api.backups.create());
      expect(existsSync(join(folder, backup.name))).toBe(true);
      expect(ok(await api.backups.list()).secondFolder).toMatchObject({ path: folder, status: 'ok', lastCopyAt: backup.createdAt });

      rmSync(folder, { recursive: true });
      core.clock.advance(2_000);
      // The backup itself still succeeds; the copy is what fails, and the overview says so.
      const next = ok(await api.backups.create());
      expect(existsSync(join(backupsFolder(), next.name))).toBe(true);
      expect(ok(await api.backups.list())).toMatchObject({ secondFolder: { status: 'unreachable' }, warnings: ['secondFolderUnreachable'] });
      expect(ok(await api.backups.setSecondFolder({ path: null }))).toMatchObject({ path: null, status: 'notSet' });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('warns when the last verified backup is more than two days old', async () => {
    const { core, api } = setup;
    ok(await api.backups.create());
    core.clock.advance(49 * 3_600_000);
    // Idle timeout would end the session after 49 hours: sign in again.
    const admin = await signedIn(core, ['admin']);
    expect(ok(await admin.api.backups.list()).warnings).toEqual(['tooOld']);
  });

  it('exports the recovery kit only with the password, and a passphrase of 12 characters or more', async () => {
    const { api } = setup;
    expect(await api.backups.exportRecoveryKit({ password: 'pas le bon', passphrase: 'une phrase assez longue' })).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'password', issue: 'wrong_password' }] },
    });
    expect(await api.backups.exportRecoveryKit({ password: 'correct horse battery', passphrase: 'courte' })).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'passphrase', issue: 'too_short', params: { limit: 12 } }] },
    });
    const kit = ok(await api.backups.exportRecoveryKit({ password: 'correct horse battery', passphrase: 'une phrase assez longue' }));
    expect(kit.file).toMatchObject({ mimeType: 'text/plain', encoding: 'utf-8' });
    expect(kit.file.content).toContain('passerelle-recovery-kit 1');
    expect(kit.sheet).toMatchObject({ mimeType: 'application/pdf', encoding: 'base64' });
    expect(Buffer.from(kit.sheet.content, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const audit = ok(await api.system.audit({ limit: 1 }));
    expect(audit[0]).toMatchObject({ action: 'export', entity: 'fieldKey' });
  });

  it('keeps backups to administrators', async () => {
    const { core } = setup;
    const teacher = await signedIn(core, ['coordinator', 'housing']);
    expect(await teacher.api.backups.create()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await apiFor(core, { sessionKey: 'nobody' }).backups.list()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(existsSync(backupsFolder()) ? readdirSync(backupsFolder()) : []).toEqual([]);
  });

  it('says there is nothing to recover when the records are open, without naming the folder', async () => {
    const { api } = setup;
    expect(ok(await api.recovery.status())).toEqual({ problem: null, readOnly: false, dataDir: '', backups: [], suggested: null, expectedKey: null });
    expect(await api.recovery.importKit({ kit: 'x', passphrase: 'y' })).toMatchObject({ ok: false, error: { reason: 'notInRecovery' } });
  });
});
