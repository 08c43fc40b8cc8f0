import type { Db } from '../../db/connection';
import {
  INDICATOR_METHOD_NOTES,
  type IndicatorMethod,
  type IndicatorPeriod,
  type IndicatorsSummary,
  type PeriodIndicators,
} from '../../../shared/domain/indicators/indicators';
import { previousPeriod, resolvePeriod, type ResolvedPeriod } from '../../../shared/domain/indicators/period';
import { MINIMUM_PUBLISHED_GROUP } from '../../../shared/domain/questionnaires/paired-stats';
import { activityIndicators } from './activities';
import { loanIndicators, readLoans } from './loans';
import { questionnaireIndicators } from './questionnaires';
import { reachIndicators, readReach } from './reach';

/**
 * Every indicator of a period (issue 16, points 1 and 2): one typed object the dashboard shows and the annual
 * report prints, so the two always agree.
 */
export async function periodIndicators(db: Db, period: ResolvedPeriod): Promise<PeriodIndicators> {
  return {
    period,
    activities: await activityIndicators(db, period),
    reach: reachIndicators(await readReach(db, period)),
    loans: loanIndicators(await readLoans(db, period)),
    questionnaires: await questionnaireIndicators(db, period),
  };
}

export function indicatorMethod(period: IndicatorPeriod): IndicatorMethod {
  return {
    period: period.kind === 'schoolYear' ? 'schoolYearOfStart' : 'startInRange',
    notes: INDICATOR_METHOD_NOTES,
    minimumGroup: MINIMUM_PUBLISHED_GROUP,
  };
}

/** The period asked for and the one before it (the school year before, or the same days a year earlier). */
export async function indicatorsSummary(db: Db, period: IndicatorPeriod): Promise<IndicatorsSummary> {
  return {
    current: await periodIndicators(db, resolvePeriod(period)),
    previous: await periodIndicators(db, resolvePeriod(previousPeriod(period))),
    method: indicatorMethod(period),
  };
}
