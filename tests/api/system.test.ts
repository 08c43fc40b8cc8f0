import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWN_MIGRATIONS } from '../../main/db/migration-source';
import { useTestCore } from '../helpers/api';
import { testDatabaseEngine } from '../helpers/core';

// On disk, so the data directory and database file are real paths (backups have their own tests: backups.test.ts).
const setup = useTestCore(['admin'], { onDisk: true, username: 'sauvegarde' });

describe('system channels', () => {
  it('reports version, data directory and migrations', async () => {
    const { core, api } = setup;
    const info = await api.system.info();
    expect(info).toMatchObject({
      ok: true,
      data: { appliedMigrations: KNOWN_MIGRATIONS.length, latestMigration: KNOWN_MIGRATIONS.at(-1) },
    });
    if (!info.ok) return;
    if (testDatabaseEngine() === 'postgres') {
      // A team server names its database by host and name: never the user or the password of its URL.
      expect(info.data).toMatchObject({ dataDir: '', databaseFile: expect.stringMatching(/^postgresql:\/\/127\.0\.0\.1:\d+\/passerelle_test_[0-9a-f]+$/) });
    } else {
      expect(info.data).toMatchObject({ dataDir: core.dataDir, databaseFile: join(core.dataDir, 'passerelle.sqlite') });
    }
  });

  it('lists the audit trail newest first, for admins', async () => {
    const { api } = setup;
    await api.settings.update({ idleMinutes: 30, modules: ['housing'] });
    const audit = await api.system.audit({ limit: 2 });
    expect(audit).toMatchObject({ ok: true, data: [{ action: 'settings.update' }, { action: 'login' }] });
  });

  it('keeps settings within bounds and names the field', async () => {
    const { api } = setup;
    const tooLong = await api.settings.update({ idleMinutes: 481, modules: ['schools'] });
    expect(tooLong).toMatchObject({ ok: false, error: { fields: [{ path: 'idleMinutes', issue: 'too_big', params: { limit: 480 } }] } });
    const none = await api.settings.update({ idleMinutes: 15, modules: [] });
    expect(none).toMatchObject({ ok: false, error: { fields: [{ path: 'modules', issue: 'too_few' }] } });
    expect(await api.settings.get()).toMatchObject({ ok: true, data: { idleMinutes: 15, modules: ['schools', 'housing'] } });
  });
});
