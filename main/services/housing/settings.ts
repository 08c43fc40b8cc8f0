import type { Db } from '../../db/connection';
import { resolveHousingDeadlines, type HousingDeadlineSettings } from '../../../shared/domain/housing/deadlines';

/** The settings row holding the housing deadline lengths (JSON object; absent or invalid values fall back). */
const HOUSING_DEADLINES_KEY = 'housingDeadlines';

/**
 * The housing deadline lengths in force: each saved value kept when valid, anything else the default
 * (DEFAULT_HOUSING_DEADLINES).
 */
export async function readHousingDeadlines(db: Db): Promise<HousingDeadlineSettings> {
  const row: { value: string } | undefined = await db('settings').where({ key: HOUSING_DEADLINES_KEY }).first('value');
  let saved: unknown = null;
  try {
    saved = row ? (JSON.parse(row.value) as unknown) : null;
  } catch {
    saved = null;
  }
  return resolveHousingDeadlines(saved);
}

/**
 * Saves every length at once (the channel's input is complete and already range-checked by the contract), so
 * the stored row never mixes old and new values. Returns what is now in force.
 */
export async function writeHousingDeadlines(db: Db, settings: HousingDeadlineSettings): Promise<HousingDeadlineSettings> {
  const value = JSON.stringify(resolveHousingDeadlines(settings));
  await db('settings').insert({ key: HOUSING_DEADLINES_KEY, value }).onConflict('key').merge();
  return readHousingDeadlines(db);
}
