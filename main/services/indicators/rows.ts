import type { Db } from '../../db/connection';
import type { IndicatorFigure, IndicatorPeriod, IndicatorRows } from '../../../shared/domain/indicators/indicators';
import { resolvePeriod } from '../../../shared/domain/indicators/period';
import { activityRows } from './activities';
import { loanRows, loanSchoolRows, readLoans } from './loans';
import { classRows, readReach, schoolRows, teacherRows } from './reach';

/**
 * The rows behind one figure of the dashboard ("every figure opens the list behind it"), read by the same
 * queries as the figure, so a list always holds as many rows as its figure says. A page at a time: `total`
 * is the figure, `rows` at most `limit` of them from `offset`.
 */
export async function indicatorRows(
  db: Db,
  period: IndicatorPeriod,
  figure: IndicatorFigure,
  page: { offset: number; limit: number },
): Promise<IndicatorRows> {
  const resolved = resolvePeriod(period);
  const slice = <T>(rows: T[]): { total: number; offset: number; rows: T[] } => ({
    total: rows.length,
    offset: page.offset,
    rows: rows.slice(page.offset, page.offset + page.limit),
  });
  switch (figure.kind) {
    case 'activities':
      return { kind: 'activities', offset: page.offset, ...(await activityRows(db, resolved, figure, page)) };
    case 'schools':
      return { kind: 'schools', ...slice(schoolRows(await readReach(db, resolved), figure.neighbourhood)) };
    case 'classes':
      return { kind: 'classes', ...slice(classRows(await readReach(db, resolved))) };
    case 'teachers':
      return { kind: 'teachers', ...slice(teacherRows(await readReach(db, resolved))) };
    case 'loans':
      return { kind: 'loans', ...slice(loanRows(await readLoans(db, resolved))) };
    case 'loanSchools':
      return { kind: 'loanSchools', ...slice(loanSchoolRows(await readLoans(db, resolved))) };
  }
}
