import type { Db } from '../../db/connection';
import type { IndicatorPeriod, IndicatorsSummary } from '../../../shared/domain/indicators/indicators';

/** Every indicator of the period and of the one before it. */
export async function indicatorsSummary(_db: Db, _period: IndicatorPeriod): Promise<IndicatorsSummary> {
  throw new Error('indicators: not built yet');
}
