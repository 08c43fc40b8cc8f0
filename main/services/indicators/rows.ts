import type { Db } from '../../db/connection';
import type { IndicatorFigure, IndicatorPeriod, IndicatorRows } from '../../../shared/domain/indicators/indicators';

/** The rows behind one figure. */
export async function indicatorRows(
  _db: Db,
  _period: IndicatorPeriod,
  _figure: IndicatorFigure,
  _page: { offset: number; limit: number },
): Promise<IndicatorRows> {
  throw new Error('indicators: not built yet');
}
