import type { Db } from '../db/connection';
import { resolveHousingDeadlines, type HousingDeadlineSettings } from '../../shared/domain/housing/deadlines';

/** The settings row holding the housing deadline lengths (JSON object; absent or invalid values fall back). */
export const HOUSING_DEADLINES_KEY = 'housingDeadlines';

/**
 * The housing deadline lengths in force: each saved value kept when valid, anything else the default
 * (DEFAULT_HOUSING_DEADLINES). Writing them through the settings screen comes with a later slice.
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
