import type { Knex } from 'knex';
import type { ResolvedPeriod } from '../../../shared/domain/indicators/period';

/**
 * Which rows a period holds, in one place for every indicator query. A school year takes the activities and
 * loans labelled with it (the label follows the start date, summer included: the questionnaire analysis cuts
 * its school-year scope the same way); a range takes those starting on one of its days.
 */
export function narrowEvents(query: Knex.QueryBuilder, period: ResolvedPeriod, alias: string): Knex.QueryBuilder {
  if (period.schoolYear !== null) return query.where(`${alias}.school_year`, period.schoolYear);
  // starts_at is "YYYY-MM-DDTHH:mm": the last minute of `to` is the latest start on that day.
  return query.where(`${alias}.starts_at`, '>=', period.from).where(`${alias}.starts_at`, '<=', `${period.to}T23:59`);
}

/** Loans by their first day of showing (`start_date`), as their school year is. */
export function narrowLoans(query: Knex.QueryBuilder, period: ResolvedPeriod, alias: string): Knex.QueryBuilder {
  if (period.schoolYear !== null) return query.where(`${alias}.school_year`, period.schoolYear);
  return query.where(`${alias}.start_date`, '>=', period.from).where(`${alias}.start_date`, '<=', period.to);
}
