import type { Db } from '../../db/connection';
import { DEFAULT_SETTINGS, type AppSettings } from '../../../shared/domain/settings';
import { MODULES, type AppModule } from '../../../shared/domain/modules';

/**
 * Settings are stored one key per row as JSON. Reads fall back to the defaults for keys never written, and
 * ignore stored values that no longer make sense (e.g. a module removed in a later version).
 */
export async function readSettings(db: Db): Promise<AppSettings> {
  const rows: { key: string; value: string }[] = await db('settings').select('key', 'value');
  const stored = new Map(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
  const idle = stored.get('idleMinutes');
  const modules = stored.get('modules');
  return {
    idleMinutes: typeof idle === 'number' ? idle : DEFAULT_SETTINGS.idleMinutes,
    modules: Array.isArray(modules)
      ? MODULES.filter((module: AppModule) => modules.includes(module))
      : DEFAULT_SETTINGS.modules,
  };
}

export async function writeSettings(db: Db, settings: AppSettings): Promise<AppSettings> {
  for (const [key, value] of Object.entries(settings)) {
    await db('settings').insert({ key, value: JSON.stringify(value) }).onConflict('key').merge();
  }
  return readSettings(db);
}
