import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/connection';
import { KNOWN_MIGRATIONS } from '../../main/db/migration-source';
import { createTestCore, signInAs, type TestCore } from '../helpers/core';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore({ onDisk: true });
});
afterEach(() => core.cleanup());

describe('system channels', () => {
  it('reports version, data directory and migrations', async () => {
    const { caller } = await signInAs(core, ['admin']);
    const info = await core.dispatch(caller, 'system/info', {});
    expect(info).toMatchObject({
      ok: true,
      data: { dataDir: core.dataDir, databaseFile: join(core.dataDir, 'passerelle.sqlite'), appliedMigrations: KNOWN_MIGRATIONS.length, latestMigration: KNOWN_MIGRATIONS.at(-1) },
    });
  });

  it('writes a consistent backup that opens with every row', async () => {
    const { caller } = await signInAs(core, ['admin'], { username: 'sauvegarde' });
    const result = await core.dispatch(caller, 'system/backup', {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { file, bytes } = result.data as { file: string; bytes: number };
    expect(file.startsWith(join(core.dataDir, 'backups'))).toBe(true);
    expect(existsSync(file)).toBe(true);
    expect(bytes).toBeGreaterThan(0);
    const copy = openDatabase(file);
    try {
      expect(await copy('users').pluck('username')).toEqual(['sauvegarde']);
    } finally {
      await copy.destroy();
    }
  });

  it('lists the audit trail newest first, for admins', async () => {
    const { caller } = await signInAs(core, ['admin']);
    await core.dispatch(caller, 'settings/update', { idleMinutes: 30, modules: ['housing'] });
    const audit = await core.dispatch(caller, 'system/audit', { limit: 2 });
    expect(audit).toMatchObject({ ok: true, data: [{ action: 'settings.update' }, { action: 'login' }] });
  });

  it('keeps settings within bounds and names the field', async () => {
    const { caller } = await signInAs(core, ['admin']);
    const tooLong = await core.dispatch(caller, 'settings/update', { idleMinutes: 481, modules: ['schools'] });
    expect(tooLong).toMatchObject({ ok: false, error: { fields: [{ path: 'idleMinutes', issue: 'too_big', params: { limit: 480 } }] } });
    const none = await core.dispatch(caller, 'settings/update', { idleMinutes: 15, modules: [] });
    expect(none).toMatchObject({ ok: false, error: { fields: [{ path: 'modules', issue: 'too_few' }] } });
    expect(await core.dispatch(caller, 'settings/get', {})).toMatchObject({ ok: true, data: { idleMinutes: 15, modules: ['schools', 'housing'] } });
  });
});
