// Every word of the annual report, in French and in English: the document is written in the language of the
// interface that asked for it.
import type { EventType } from '../../../../shared/domain/calendar/events';
import type { DocumentLanguage } from '../../../../shared/domain/documents';
import type { HeadlineFigure } from '../../../../shared/domain/indicators/headline';
import type { Dimension } from '../../../../shared/domain/questionnaires/templates';
import { DIMENSION_EN, EVENT_TYPE_EN } from '../../../exports/labels-en';
import { DIMENSION_FR, EVENT_TYPE_FR } from '../../../exports/labels-fr';

export interface AnnualReportWords {
  title: string;
  council: string;
  schoolYear: (label: string) => string;
  range: (from: string, to: string) => string;
  madeOn: (date: string) => string;
  aggregateOnly: string;
  summaryTitle: string;
  summaryIntro: string;
  indicator: string;
  change: string;
  matchRateOf: (template: string) => string;
  points: string;
  noChange: string;
  notComparable: string;
  groups: Record<'activities' | 'reach' | 'loans' | 'questionnaires', string>;
  figures: Record<HeadlineFigure, string>;
  action9: string;
  action9Intro: string;
  activitiesTitle: string;
  activitiesChart: (current: string, previous: string) => string;
  activityType: string;
  eventTypes: Record<EventType, string>;
  planned: string;
  held: string;
  cancelled: string;
  open: string;
  total: string;
  noActivity: string;
  reachTitle: string;
  reachPupilsNote: (recorded: string, estimated: string) => string;
  neighbourhood: string;
  postalCode: (code: string) => string;
  schools: string;
  classes: string;
  heldActivities: string;
  noNeighbourhood: string;
  loansTitle: string;
  exhibition: string;
  loansColumn: string;
  weeksColumn: string;
  noLoan: string;
  impactTitle: string;
  impactIntro: string;
  noImpact: string;
  formsLine: (template: string, before: string, after: string, paired: string, rate: string) => string;
  satisfactionTitle: string;
  satisfactionIntro: string;
  question: string;
  answered: string;
  mean: string;
  yesShare: string;
  pupils: string;
  teachers: string;
  noSatisfaction: string;
  dimensions: Record<Dimension, string>;
  housingTitle: string;
  housingIntro: string;
  housingPrivacy: string;
  housingGroup: string;
  housingMethod: string;
  housingFigures: {
    supported: string;
    places: string;
    bedNights: string;
    occupancy: string;
    placementsStarted: string;
    placementsEnded: string;
    registrationsInForce: string;
    deadlinesDue: string;
    deadlinesMet: string;
    deadlinesMissed: string;
  };
  methodTitle: string;
  appendixTitle: string;
  appendixIntro: string;
  dimension: string;
  pairs: string;
  meanBefore: string;
  meanAfter: string;
  meanChange: string;
  interval: string;
  pValue: string;
  effectSize: string;
  suppressed: (minimum: number) => string;
}

const FRENCH: AnnualReportWords = {
  title: 'Rapport annuel',
  council: 'au Conseil consultatif',
  schoolYear: (label) => `Année scolaire ${label}`,
  range: (from, to) => `Du ${from} au ${to}`,
  madeOn: (date) => `Établi le ${date}`,
  aggregateOnly: 'Données agrégées : aucun nom de personne, aucun code d’élève ou de ménage.',
  summaryTitle: 'En résumé',
  summaryIntro: 'Chaque indicateur de la période, à côté de la période précédente, et l’écart entre les deux.',
  indicator: 'Indicateur',
  change: 'Évolution',
  matchRateOf: (template) => `Taux d’appariement — ${template}`,
  points: 'pts',
  noChange: '=',
  notComparable: '—',
  groups: {
    activities: 'Activités de sensibilisation',
    reach: 'Public atteint',
    loans: 'Exposition itinérante',
    questionnaires: 'Questionnaires',
  },
  figures: {
    activitiesPlanned: 'Activités programmées',
    activitiesHeld: 'Activités réalisées',
    activitiesCancelled: 'Activités annulées',
    schoolsReached: 'Écoles atteintes',
    classesReached: 'Classes atteintes',
    pupilsReached: 'Élèves atteints (participations)',
    teachersReached: 'Enseignants atteints',
    neighbourhoodsReached: 'Quartiers atteints',
    loans: 'Prêts de l’exposition',
    weeksOnLoan: 'Semaines de prêt',
    loanSchools: 'Écoles emprunteuses',
    pupilForms: 'Questionnaires d’élèves',
    teacherForms: 'Questionnaires d’enseignants',
  },
  action9: 'Action 9 — Sensibiliser dans les écoles',
  action9Intro:
    'Les agents interculturels programment des activités de sensibilisation dans les écoles et le prêt de l’exposition itinérante du CRIPEL ; les élèves répondent à un questionnaire avant et après.',
  activitiesTitle: 'Activités',
  activitiesChart: (current, previous) => `Activités réalisées par type : ${current} (foncé) et ${previous} (clair)`,
  activityType: 'Type d’activité',
  eventTypes: EVENT_TYPE_FR,
  planned: 'Programmées',
  held: 'Réalisées',
  cancelled: 'Annulées',
  open: 'Sans suite',
  total: 'Total',
  noActivity: 'Aucune activité dans la période.',
  reachTitle: 'Public atteint',
  reachPupilsNote: (recorded, estimated) =>
    `Dont ${recorded} participations d’élèves comptées sur place et ${estimated} estimées d’après l’effectif des classes (présences non encodées).`,
  neighbourhood: 'Quartier',
  postalCode: (code) => `Code postal ${code}`,
  schools: 'Écoles',
  classes: 'Classes',
  heldActivities: 'Activités réalisées',
  noNeighbourhood: 'Aucune école atteinte dans la période.',
  loansTitle: 'Exposition itinérante',
  exhibition: 'Exposition',
  loansColumn: 'Prêts',
  weeksColumn: 'Semaines',
  noLoan: 'Aucun prêt dans la période.',
  impactTitle: 'Ce qui a changé pour les élèves',
  impactIntro:
    'Les élèves répondent aux mêmes questions avant et après l’activité ; on compare les réponses de chaque élève à lui-même. Les détails statistiques sont en annexe.',
  noImpact: 'Aucun questionnaire d’élève avant et après dans la période.',
  formsLine: (template, before, after, paired, rate) =>
    `${template} : ${before} questionnaires avant, ${after} après, ${paired} élèves reliés (taux d’appariement ${rate}).`,
  satisfactionTitle: 'Satisfaction',
  satisfactionIntro: 'Moyenne des réponses aux questions posées après l’activité, sur l’échelle de chaque question.',
  question: 'Question',
  answered: 'Réponses',
  mean: 'Moyenne',
  yesShare: 'oui',
  pupils: 'Élèves',
  teachers: 'Enseignants',
  noSatisfaction: 'Aucune réponse de satisfaction dans la période.',
  dimensions: DIMENSION_FR,
  housingTitle: 'Action 7 — Accès solidaire au logement',
  housingIntro: 'Le logement solidaire et les domiciliations suivis par le CPAS pendant la même période.',
  housingGroup: 'Logement solidaire et domiciliations (CPAS)',
  housingPrivacy:
    'n.p. : non publié ; « < 5 » : de 1 à 4. Les nombres de personnes et ce qui pourrait désigner une personne sont masqués selon la règle du rapport logement du CPAS.',
  housingMethod:
    'Logement (action 7) : les chiffres du rapport logement du CPAS pour les mêmes jours, définis et protégés comme dans ce rapport ; la période précédente est celle du tableau de bord.',
  housingFigures: {
    supported: 'Unités de logement soutenues',
    places: 'Places à la fin de la période',
    bedNights: 'Nuitées',
    occupancy: 'Taux d’occupation',
    placementsStarted: 'Placements commencés',
    placementsEnded: 'Placements terminés',
    registrationsInForce: 'Domiciliations en cours',
    deadlinesDue: 'Échéances légales échues',
    deadlinesMet: 'Échéances respectées',
    deadlinesMissed: 'Échéances manquées',
  },
  methodTitle: 'Méthode',
  appendixTitle: 'Annexe — Statistiques des questionnaires',
  appendixIntro:
    'Moyennes des élèves reliés avant et après, écart moyen et son intervalle de confiance à 95 % (test t apparié), valeur p et taille d’effet (d de Cohen pour données appariées).',
  dimension: 'Dimension',
  pairs: 'Élèves',
  meanBefore: 'Avant',
  meanAfter: 'Après',
  meanChange: 'Écart',
  interval: 'IC 95 %',
  pValue: 'p',
  effectSize: 'd',
  suppressed: (minimum) => `< ${minimum} élèves : non publié`,
};

const ENGLISH: AnnualReportWords = {
  title: 'Annual report',
  council: 'to the Advisory Council',
  schoolYear: (label) => `School year ${label}`,
  range: (from, to) => `From ${from} to ${to}`,
  madeOn: (date) => `Made on ${date}`,
  aggregateOnly: 'Aggregate data: no person’s name, no pupil or household code.',
  summaryTitle: 'At a glance',
  summaryIntro: 'Every indicator of the period, beside the previous period, and the change between them.',
  indicator: 'Indicator',
  change: 'Change',
  matchRateOf: (template) => `Match rate — ${template}`,
  points: 'pts',
  noChange: '=',
  notComparable: '—',
  groups: {
    activities: 'Awareness activities',
    reach: 'People reached',
    loans: 'Travelling exhibition',
    questionnaires: 'Questionnaires',
  },
  figures: {
    activitiesPlanned: 'Activities scheduled',
    activitiesHeld: 'Activities held',
    activitiesCancelled: 'Activities cancelled',
    schoolsReached: 'Schools reached',
    classesReached: 'Classes reached',
    pupilsReached: 'Pupils reached (attendances)',
    teachersReached: 'Teachers reached',
    neighbourhoodsReached: 'Neighbourhoods reached',
    loans: 'Exhibition loans',
    weeksOnLoan: 'Weeks on loan',
    loanSchools: 'Borrowing schools',
    pupilForms: 'Pupil questionnaires',
    teacherForms: 'Teacher questionnaires',
  },
  action9: 'Action 9 — Raising awareness in schools',
  action9Intro:
    'Intercultural officers schedule awareness activities in schools and loans of CRIPEL’s travelling exhibition; pupils answer a questionnaire before and after.',
  activitiesTitle: 'Activities',
  activitiesChart: (current, previous) => `Activities held by type: ${current} (dark) and ${previous} (light)`,
  activityType: 'Type of activity',
  eventTypes: EVENT_TYPE_EN,
  planned: 'Scheduled',
  held: 'Held',
  cancelled: 'Cancelled',
  open: 'Open',
  total: 'Total',
  noActivity: 'No activity in the period.',
  reachTitle: 'People reached',
  reachPupilsNote: (recorded, estimated) =>
    `Of which ${recorded} pupil attendances counted on the day and ${estimated} estimated from class sizes (attendance not entered).`,
  neighbourhood: 'Neighbourhood',
  postalCode: (code) => `Postcode ${code}`,
  schools: 'Schools',
  classes: 'Classes',
  heldActivities: 'Activities held',
  noNeighbourhood: 'No school reached in the period.',
  loansTitle: 'Travelling exhibition',
  exhibition: 'Exhibition',
  loansColumn: 'Loans',
  weeksColumn: 'Weeks',
  noLoan: 'No loan in the period.',
  impactTitle: 'What changed for the pupils',
  impactIntro:
    'Pupils answer the same questions before and after the activity; each pupil’s answers are compared with their own. The statistics are in the appendix.',
  noImpact: 'No before-and-after pupil questionnaire in the period.',
  formsLine: (template, before, after, paired, rate) =>
    `${template}: ${before} questionnaires before, ${after} after, ${paired} pupils matched (match rate ${rate}).`,
  satisfactionTitle: 'Satisfaction',
  satisfactionIntro: 'Mean answer to the questions asked after the activity, on each question’s scale.',
  question: 'Question',
  answered: 'Answers',
  mean: 'Mean',
  yesShare: 'yes',
  pupils: 'Pupils',
  teachers: 'Teachers',
  noSatisfaction: 'No satisfaction answer in the period.',
  dimensions: DIMENSION_EN,
  housingTitle: 'Action 7 — Solidarity access to housing',
  housingIntro: 'Solidarity housing and address registrations followed by the CPAS over the same period.',
  housingGroup: 'Solidarity housing and address registrations (CPAS)',
  housingPrivacy:
    'n.p.: not published; “< 5”: from 1 to 4. Numbers of people, and whatever could point to a person, are hidden by the rule of the CPAS housing report.',
  housingMethod:
    'Housing (action 7): the figures of the CPAS housing report for the same days, defined and protected as in that report; the previous period is the dashboard’s.',
  housingFigures: {
    supported: 'Housing units supported',
    places: 'Places at the end of the period',
    bedNights: 'Bed-nights',
    occupancy: 'Occupancy rate',
    placementsStarted: 'Placements started',
    placementsEnded: 'Placements ended',
    registrationsInForce: 'Address registrations in force',
    deadlinesDue: 'Legal deadlines due',
    deadlinesMet: 'Deadlines met',
    deadlinesMissed: 'Deadlines missed',
  },
  methodTitle: 'Method',
  appendixTitle: 'Appendix — Questionnaire statistics',
  appendixIntro:
    'Means of the matched pupils before and after, mean change and its 95% confidence interval (paired t-test), p-value and effect size (Cohen’s d for paired data).',
  dimension: 'Dimension',
  pairs: 'Pupils',
  meanBefore: 'Before',
  meanAfter: 'After',
  meanChange: 'Change',
  interval: '95% CI',
  pValue: 'p',
  effectSize: 'd',
  suppressed: (minimum) => `< ${minimum} pupils: not published`,
};

export const ANNUAL_REPORT_WORDS: Record<DocumentLanguage, AnnualReportWords> = { fr: FRENCH, en: ENGLISH };
