import type { EventType } from '../../../shared/domain/calendar/events';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import type { IndicatorTable } from '../../../shared/domain/indicators/indicators';
import type { LoanStatus } from '../../../shared/domain/loans/loans';
import type { Dimension, QuestionnaireAudience } from '../../../shared/domain/questionnaires/templates';
import { DIMENSION_EN, EVENT_TYPE_EN, LOAN_STATUS_EN } from '../../exports/labels-en';
import { DIMENSION_FR, EVENT_TYPE_FR, LOAN_STATUS_FR } from '../../exports/labels-fr';

/** The words of the indicator tables' CSV files, one record per language (the interface's of whoever asked). */
export interface CsvWords {
  filePrefix: string;
  tables: Record<IndicatorTable, string>;
  eventType: Record<EventType, string>;
  loanStatus: Record<LoanStatus, string>;
  dimension: Record<Dimension, string>;
  audience: Record<QuestionnaireAudience, string>;
  type: string;
  total: string;
  indicator: string;
  planned: string;
  held: string;
  cancelled: string;
  open: string;
  schools: string;
  classes: string;
  pupils: string;
  pupilsRecorded: string;
  pupilsEstimated: string;
  heldWithoutPupilsRecorded: string;
  pupilsInClassesReached: string;
  teachers: string;
  teachersPresent: string;
  area: string;
  areaKind: string;
  neighbourhood: string;
  postalCode: string;
  heldActivities: string;
  loans: string;
  weeksOnLoan: string;
  loansWithStatus: string;
  exhibition: string;
  period: string;
  questionnaire: string;
  version: string;
  dimensionColumn: string;
  before: string;
  after: string;
  paired: string;
  matchRate: string;
  meanBefore: string;
  meanAfter: string;
  meanChange: string;
  ciLower: string;
  ciUpper: string;
  pValue: string;
  audienceColumn: string;
  question: string;
  answered: string;
  mean: string;
  shareYes: string;
  responses: string;
  pupilForms: string;
  teacherForms: string;
}

export const CSV_WORDS: Record<DocumentLanguage, CsvWords> = {
  fr: {
    filePrefix: 'indicateurs',
    tables: {
      activities: 'activites',
      reach: 'public-touche',
      neighbourhoods: 'quartiers',
      loans: 'prets',
      questionnaireImpact: 'questionnaires-evolution',
      satisfaction: 'satisfaction',
    },
    eventType: EVENT_TYPE_FR,
    loanStatus: { ...LOAN_STATUS_FR },
    dimension: DIMENSION_FR,
    audience: { pupil: 'Élèves', teacher: 'Enseignants' },
    type: "Type d'activité",
    total: 'Total',
    indicator: 'Indicateur',
    planned: 'Programmées',
    held: 'Réalisées',
    cancelled: 'Annulées',
    open: 'Sans suite',
    schools: 'Écoles',
    classes: 'Classes',
    pupils: 'Élèves (participations)',
    pupilsRecorded: 'dont présences encodées',
    pupilsEstimated: 'dont estimés (effectif des classes)',
    heldWithoutPupilsRecorded: 'Activités réalisées sans présences encodées',
    pupilsInClassesReached: 'Élèves des classes touchées',
    teachers: 'Enseignants',
    teachersPresent: 'Enseignants présents (encodés)',
    area: 'Quartier ou code postal',
    areaKind: 'Repère',
    neighbourhood: 'quartier',
    postalCode: 'code postal',
    heldActivities: 'Activités réalisées',
    loans: 'Prêts',
    weeksOnLoan: 'Semaines de prêt',
    loansWithStatus: 'Prêts',
    exhibition: 'Exposition',
    period: 'Période',
    questionnaire: 'Questionnaire',
    version: 'Version',
    dimensionColumn: 'Dimension',
    before: 'Formulaires avant',
    after: 'Formulaires après',
    paired: 'Élèves appariés',
    matchRate: "Taux d'appariement",
    meanBefore: 'Moyenne avant',
    meanAfter: 'Moyenne après',
    meanChange: 'Évolution moyenne',
    ciLower: 'IC 95 % bas',
    ciUpper: 'IC 95 % haut',
    pValue: 'p (test t apparié)',
    audienceColumn: 'Public',
    question: 'Question',
    answered: 'Réponses',
    mean: 'Moyenne',
    shareYes: 'Part de oui',
    responses: 'Formulaires',
    pupilForms: 'Formulaires élèves',
    teacherForms: 'Formulaires enseignants',
  },
  en: {
    filePrefix: 'indicators',
    tables: {
      activities: 'activities',
      reach: 'reach',
      neighbourhoods: 'neighbourhoods',
      loans: 'loans',
      questionnaireImpact: 'questionnaire-change',
      satisfaction: 'satisfaction',
    },
    eventType: EVENT_TYPE_EN,
    loanStatus: LOAN_STATUS_EN,
    dimension: DIMENSION_EN,
    audience: { pupil: 'Pupils', teacher: 'Teachers' },
    type: 'Activity type',
    total: 'Total',
    indicator: 'Indicator',
    planned: 'Planned',
    held: 'Held',
    cancelled: 'Cancelled',
    open: 'Open',
    schools: 'Schools',
    classes: 'Classes',
    pupils: 'Pupils (participations)',
    pupilsRecorded: 'of which recorded attendance',
    pupilsEstimated: 'of which estimated (class sizes)',
    heldWithoutPupilsRecorded: 'Held activities without recorded attendance',
    pupilsInClassesReached: 'Pupils in the classes reached',
    teachers: 'Teachers',
    teachersPresent: 'Teachers present (recorded)',
    area: 'Neighbourhood or postal code',
    areaKind: 'Kind',
    neighbourhood: 'neighbourhood',
    postalCode: 'postal code',
    heldActivities: 'Held activities',
    loans: 'Loans',
    weeksOnLoan: 'Weeks on loan',
    loansWithStatus: 'Loans',
    exhibition: 'Exhibition',
    period: 'Period',
    questionnaire: 'Questionnaire',
    version: 'Version',
    dimensionColumn: 'Dimension',
    before: 'Forms before',
    after: 'Forms after',
    paired: 'Pupils paired',
    matchRate: 'Match rate',
    meanBefore: 'Mean before',
    meanAfter: 'Mean after',
    meanChange: 'Mean change',
    ciLower: '95% CI lower',
    ciUpper: '95% CI upper',
    pValue: 'p (paired t-test)',
    audienceColumn: 'Audience',
    question: 'Question',
    answered: 'Answers',
    mean: 'Mean',
    shareYes: 'Share of yes',
    responses: 'Forms',
    pupilForms: 'Pupil forms',
    teacherForms: 'Teacher forms',
  },
};
