import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWN_MIGRATIONS } from '../../main/db/migration-source';
import { useTestCore } from '../helpers/api';

// On disk, so the data directory and database file are real paths (backups have their own tests: backups.test.ts).
const setup = useTestCore(['admin'], { onDisk: true, username: 'sauvegarde' });

describe('system channels', () => {
  it('reports version, data directory and migrations', async () => {
    const { core, api } = setup;
    const info = await api.system.info();
    expect(info).toMatchObject({
      ok: true,
      data: { dataDir: core.dataDir, databaseFile: join(core.dataDir, 'passerelle.sqlite'), appliedMigrations: KNOWN_MIGRATIONS.length, latestMigration: KNOWN_MIGRATIONS.at(-1) },
    });
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
