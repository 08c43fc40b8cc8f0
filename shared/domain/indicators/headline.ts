/**
 * The headline figures of a period, in the order the dashboard's summary and the annual report's summary page
 * print them, each with the same figure of the previous period. One list for both, so that they always agree.
 */
import type { PublishedCount } from '../questionnaires/analysis';
import type { PeriodIndicators } from './indicators';

export const HEADLINE_FIGURES = [
  'activitiesPlanned',
  'activitiesHeld',
  'activitiesCancelled',
  'schoolsReached',
  'classesReached',
  'pupilsReached',
  'teachersReached',
  'neighbourhoodsReached',
  'loans',
  'weeksOnLoan',
  'loanSchools',
  'pupilForms',
  'teacherForms',
] as const;
export type HeadlineFigure = (typeof HEADLINE_FIGURES)[number];

/** Which action of the plan a figure reports on (the summary groups them). */
export const HEADLINE_GROUPS: Record<HeadlineFigure, 'activities' | 'reach' | 'loans' | 'questionnaires'> = {
  activitiesPlanned: 'activities',
  activitiesHeld: 'activities',
  activitiesCancelled: 'activities',
  schoolsReached: 'reach',
  classesReached: 'reach',
  pupilsReached: 'reach',
  teachersReached: 'reach',
  neighbourhoodsReached: 'reach',
  loans: 'loans',
  weeksOnLoan: 'loans',
  loanSchools: 'loans',
  pupilForms: 'questionnaires',
  teacherForms: 'questionnaires',
};

/** A figure as it may be printed: a whole count, a count with one decimal (weeks), or "< 5". */
export type HeadlineValue = { kind: 'count'; value: number } | { kind: 'decimal'; value: number } | { kind: 'lessThan'; limit: number };

function published(count: PublishedCount): HeadlineValue {
  return 'value' in count ? { kind: 'count', value: count.value } : { kind: 'lessThan', limit: count.lessThan };
}

const count = (value: number): HeadlineValue => ({ kind: 'count', value });

export function headlineValue(period: PeriodIndicators, figure: HeadlineFigure): HeadlineValue {
  switch (figure) {
    case 'activitiesPlanned':
      return count(period.activities.totals.planned);
    case 'activitiesHeld':
      return count(period.activities.totals.held);
    case 'activitiesCancelled':
      return count(period.activities.totals.cancelled);
    case 'schoolsReached':
      return count(period.reach.schools);
    case 'classesReached':
      return count(period.reach.classes);
    case 'pupilsReached':
      return count(period.reach.pupils);
    case 'teachersReached':
      return count(period.reach.teachers);
    case 'neighbourhoodsReached':
      return count(period.reach.neighbourhoods.length);
    case 'loans':
      return count(period.loans.loans);
    case 'weeksOnLoan':
      return { kind: 'decimal', value: period.loans.weeksOnLoan };
    case 'loanSchools':
      return count(period.loans.schools);
    case 'pupilForms':
      return published(period.questionnaires.pupilForms);
    case 'teacherForms':
      return count(period.questionnaires.teacherForms);
  }
}

/** The change from `previous` to `current`, or null when either is hidden ("< 5"). */
export function headlineChange(current: HeadlineValue, previous: HeadlineValue): { difference: number; ratio: number | null } | null {
  if (current.kind === 'lessThan' || previous.kind === 'lessThan') return null;
  const difference = Math.round((current.value - previous.value) * 10) / 10;
  return { difference, ratio: previous.value === 0 ? null : difference / previous.value };
}
