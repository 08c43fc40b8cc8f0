/**
 * What the `indicators/*` channels answer (issue 16, points 1 and 2): the school programme's indicators for a
 * period and the period before it, for the Rapports dashboard and the council's annual report. Numbers only:
 * the renderer and the PDF write the words (and print `method`, which says how each number is counted).
 * Built from the same queries for both, so the dashboard and the annual report always agree.
 */
import type { EventStatus, EventType } from '../calendar/events';
import type { LoanStatus } from '../loans/loans';
import type { AnalysisCounts, DimensionChange, PublishedCount, ScoreScale } from '../questionnaires/analysis';
import type { AnswerType, Dimension, QuestionnaireAudience } from '../questionnaires/templates';
import type { IndicatorPeriod, ResolvedPeriod } from './period';

/** Activities of one type (or of every type: `totals`) whose start falls in the period. */
export interface ActivityCounts {
  /** Every activity programmed in the period, whatever became of it (planned + confirmed + held + cancelled). */
  planned: number;
  /** Marked held. */
  held: number;
  /** Marked cancelled. */
  cancelled: number;
  /** Still planned or confirmed: not (yet) marked held or cancelled. */
  open: number;
}

export interface ActivityIndicators {
  /** One entry per activity type, in EVENT_TYPES order, types with no activity included (all zeros). */
  byType: { type: EventType; counts: ActivityCounts }[];
  totals: ActivityCounts;
}

/** Where the schools reached are: their neighbourhood as recorded, else their postal code. */
export interface NeighbourhoodReach {
  /** The neighbourhood's name, or the postal code when the school has no neighbourhood recorded. */
  label: string;
  kind: 'neighbourhood' | 'postalCode';
  schools: number;
  classes: number;
  heldActivities: number;
}

/** Who the held activities reached (see `method.reach`). */
export interface ReachIndicators {
  /** Distinct schools of held activities. */
  schools: number;
  /** Distinct classes taking part in held activities. */
  classes: number;
  /**
   * Pupil participations: Σ over held activities of the pupils present when recorded, else of the pupils of
   * its classes (class sizes). A pupil at two activities counts twice.
   */
  pupils: number;
  /** The part of `pupils` counted from recorded presence. */
  pupilsRecorded: number;
  /** The part of `pupils` estimated from class sizes (held activities without recorded presence). */
  pupilsEstimated: number;
  /** Held activities without the pupils present recorded (their pupils are estimated). */
  heldWithoutPupilsRecorded: number;
  /** Σ of the sizes of the distinct classes reached: each pupil once, however many activities. */
  pupilsInClassesReached: number;
  /** Distinct teachers (the class's teachers in the directory) of the classes reached. */
  teachers: number;
  /** Σ of the teachers present where recorded on held activities (participations, recorded only). */
  teachersPresent: number;
  /** Neighbourhoods of the schools reached, most schools first, then by label. */
  neighbourhoods: NeighbourhoodReach[];
}

/** Exhibition loans whose first day of showing falls in the period (see `method.loans`). */
export interface LoanIndicators {
  /** Loans that took place or are agreed: approved, delivered or returned. */
  loans: number;
  /** Every loan of the period by status (requests, refusals and cancellations included). */
  byStatus: Record<LoanStatus, number>;
  /** Σ over `loans` of the days shown (start to end, both included) ÷ 7, to one decimal. */
  weeksOnLoan: number;
  /** Distinct schools borrowing (loans to another venue are counted in `loans`, not here). */
  schools: number;
  /** Per exhibition: loans and weeks. */
  byExhibition: { exhibitionId: number; title: string; loans: number; weeksOnLoan: number }[];
}

/** The before/after change of one pupil template used in the period: the impact report's own numbers. */
export interface TemplateImpact {
  templateId: number;
  templateName: string;
  version: number;
  /** Forms, pairs and match rate, with the "< 5" rule applied (the analysis's `counts`). */
  counts: AnalysisCounts;
  /** Change per dimension with its confidence interval and tests, "< 5" applied (the analysis's `dimensions`). */
  dimensions: DimensionChange[];
}

/** The mean answer to one satisfaction item (after-only items of pupil forms, every item of teacher forms). */
export interface SatisfactionItem {
  itemId: number;
  position: number;
  wordingFr: string;
  wordingEn: string;
  dimension: Dimension;
  answerType: AnswerType;
  scale: ScoreScale | null;
  answered: PublishedCount;
  /** null when suppressed ("< 5") or nobody answered. */
  mean: number | null;
  /** yes/no items: the share answering yes (0–1), null otherwise or when suppressed. */
  shareYes: number | null;
}

export interface TemplateSatisfaction {
  templateId: number;
  templateName: string;
  version: number;
  audience: QuestionnaireAudience;
  responses: PublishedCount;
  /** Ordered scales only (free text and single choice left out: not a satisfaction measure). */
  items: SatisfactionItem[];
}

export interface QuestionnaireIndicators {
  /** Pupil forms entered for activities of the period, before and after, every template ("< 5" applied). */
  pupilForms: PublishedCount;
  /** Teacher forms (not anonymous to the City: always counted). */
  teacherForms: number;
  /** One entry per pupil template with forms in the period, by name. */
  impact: TemplateImpact[];
  satisfaction: TemplateSatisfaction[];
}

/** Every indicator of one period. */
export interface PeriodIndicators {
  period: ResolvedPeriod;
  activities: ActivityIndicators;
  reach: ReachIndicators;
  loans: LoanIndicators;
  questionnaires: QuestionnaireIndicators;
}

/**
 * How each number is counted, as the dashboard and the annual report print it. Codes, not sentences: the
 * sentences are in `INDICATOR_METHOD_TEXT[language][note]` (shared/domain/indicators/method.ts), one text for
 * the screen and the PDF.
 */
export interface IndicatorMethod {
  /** Which activities and loans a period holds (school year label, or start day in the range). */
  period: 'schoolYearOfStart' | 'startInRange';
  /** Keys of the method sentences, in the order they are printed. */
  notes: readonly IndicatorMethodNote[];
  /** The smallest group of pupils whose answers are published (5). */
  minimumGroup: number;
}

export const INDICATOR_METHOD_NOTES = [
  'activities',
  'reach',
  'pupils',
  'teachers',
  'neighbourhoods',
  'loans',
  'questionnaires',
  'matchRate',
  'smallGroups',
  'satisfaction',
  'previousPeriod',
] as const;
export type IndicatorMethodNote = (typeof INDICATOR_METHOD_NOTES)[number];

/** What the summary channel answers: the period, the one before it, and the method. */
export interface IndicatorsSummary {
  current: PeriodIndicators;
  previous: PeriodIndicators;
  method: IndicatorMethod;
}

/** The period asked for, as the channels take it. */
export type { IndicatorPeriod, ResolvedPeriod };

/**
 * The list behind a figure ("every figure opens the list behind it"). Activities by status (and type); the
 * schools, classes and teachers reached; the loans; the schools of one neighbourhood.
 */
export type IndicatorFigure =
  | { kind: 'activities'; status: 'planned' | 'held' | 'cancelled' | 'open'; type: EventType | null }
  | { kind: 'schools'; neighbourhood: string | null }
  | { kind: 'classes' }
  | { kind: 'teachers' }
  | { kind: 'loans' }
  | { kind: 'loanSchools' };

export interface ActivityRow {
  id: number;
  /** "YYYY-MM-DD" of the start. */
  date: string;
  type: EventType;
  title: string;
  status: EventStatus;
  schoolId: number;
  schoolName: string;
  classCount: number;
  /** Pupils present when recorded, else null. */
  pupilsPresent: number | null;
}

export interface SchoolRow {
  id: number;
  name: string;
  postalCode: string;
  neighbourhood: string;
  /** Held activities of the school in the period (loanSchools: loans of the period). */
  count: number;
}

export interface ClassRow {
  id: number;
  name: string;
  schoolId: number;
  schoolName: string;
  pupilCount: number;
  heldActivities: number;
}

export interface TeacherRow {
  /** The contact's id in the directory. */
  id: number;
  firstName: string;
  lastName: string;
  schoolName: string;
  /** Classes reached that this teacher teaches. */
  classes: number;
}

export interface LoanRow {
  id: number;
  exhibitionId: number;
  exhibitionTitle: string;
  schoolId: number | null;
  borrowerName: string;
  startDate: string;
  endDate: string;
  status: LoanStatus;
  weeks: number;
}

/** The largest page of rows a figure answers; `total` says how many there are in all. */
export const MAX_INDICATOR_ROWS = 500;

export type IndicatorRows = { total: number; offset: number } & (
  | { kind: 'activities'; rows: ActivityRow[] }
  | { kind: 'schools'; rows: SchoolRow[] }
  | { kind: 'loanSchools'; rows: SchoolRow[] }
  | { kind: 'classes'; rows: ClassRow[] }
  | { kind: 'teachers'; rows: TeacherRow[] }
  | { kind: 'loans'; rows: LoanRow[] }
);

/** Every dashboard table, as the CSV channel exports it (the current period beside the previous one). */
export const INDICATOR_TABLES = [
  'activities',
  'reach',
  'neighbourhoods',
  'loans',
  'questionnaireImpact',
  'satisfaction',
] as const;
export type IndicatorTable = (typeof INDICATOR_TABLES)[number];
