// Every word of the annual report, in French and in English: the document is written in the language of the
// interface that asked for it.
import type { EventType } from '../../../../shared/domain/calendar/events';
import type { DocumentLanguage } from '../../../../shared/domain/documents';
import type { HeadlineFigure } from '../../../../shared/domain/indicators/headline';
import type { IndicatorMethodNote } from '../../../../shared/domain/indicators/indicators';
import type { Dimension } from '../../../../shared/domain/questionnaires/templates';
import { DIMENSION_FR, EVENT_TYPE_FR } from '../../../exports/labels-fr';

export interface AnnualReportWords {
  title: string;
  council: string;
  plan: string;
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
  method: Record<IndicatorMethodNote, string>;
  methodSmallGroups: (minimum: number) => string;
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
  plan: 'Plan « Liège, ville hospitalière »',
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
  open: 'À confirmer',
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
  method: {
    activities:
      'Une activité appartient à la période quand elle commence dans la période (pour une année scolaire : du dernier lundi d’août au premier vendredi de juillet). « Programmées » : toutes, quel que soit leur sort ; « réalisées » et « annulées » : marquées comme telles ; « à confirmer » : encore planifiées ou confirmées.',
    reach: 'Écoles et classes atteintes : celles des activités réalisées, chacune comptée une fois.',
    pupils:
      'Élèves atteints : somme, sur les activités réalisées, des élèves présents quand la présence est encodée, sinon de l’effectif des classes. Un élève présent à deux activités compte deux fois.',
    teachers: 'Enseignants atteints : enseignants distincts des classes atteintes, tels qu’inscrits dans l’annuaire.',
    neighbourhoods: 'Quartiers : le quartier enregistré de l’école, à défaut son code postal.',
    loans:
      'Prêts : prêts approuvés, livrés ou rendus dont le premier jour tombe dans la période. Semaines : jours d’exposition (premier et dernier compris) divisés par 7. Écoles emprunteuses : écoles distinctes.',
    questionnaires: 'Questionnaires : formulaires encodés pour les activités de la période.',
    matchRate:
      'Taux d’appariement : élèves dont les questionnaires d’avant et d’après sont reliés par leur code, divisés par le plus grand des deux nombres de questionnaires, classe par classe et activité par activité.',
    smallGroups: '',
    satisfaction:
      'Satisfaction : moyenne des réponses aux questions posées seulement après l’activité (élèves) et aux questionnaires des enseignants ; pour une question oui / non, la part de « oui ».',
    previousPeriod: 'Période précédente : l’année scolaire d’avant, ou les mêmes jours un an plus tôt.',
  },
  methodSmallGroups: (minimum) =>
    `Protection des élèves : un groupe de moins de ${minimum} élèves n’est jamais détaillé ; ses nombres deviennent « < ${minimum} » et ses statistiques ne sont pas publiées.`,
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
  plan: 'Plan “Liège, a hospitable city”',
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
  eventTypes: {
    workshop: 'Workshop',
    training: 'Training',
    film_screening: 'Film screening',
    theatre: 'Theatre performance',
    exhibition_visit: 'Exhibition visit',
    guided_visit: 'Guided visit',
    remembrance: 'Remembrance activity',
    other: 'Other activity',
  },
  planned: 'Scheduled',
  held: 'Held',
  cancelled: 'Cancelled',
  open: 'To be confirmed',
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
  dimensions: {
    stereotypes: 'Stereotypes',
    migration_knowledge: 'Knowledge about migration',
    empathy: 'Empathy',
    satisfaction: 'Satisfaction',
    observed_change: 'Observed change',
    comments: 'Comments',
    other: 'Other',
  },
  housingTitle: 'Action 7 — Solidarity access to housing',
  housingIntro: 'Solidarity housing and address registrations followed by the CPAS over the same period.',
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
  method: {
    activities:
      'An activity belongs to the period when it starts in it (for a school year: from the last Monday of August to the first Friday of July). “Scheduled”: all of them, whatever became of them; “held” and “cancelled”: marked as such; “to be confirmed”: still planned or confirmed.',
    reach: 'Schools and classes reached: those of the activities held, each counted once.',
    pupils:
      'Pupils reached: the sum, over the activities held, of the pupils present where attendance was entered, otherwise of the class sizes. A pupil at two activities counts twice.',
    teachers: 'Teachers reached: the distinct teachers of the classes reached, as recorded in the directory.',
    neighbourhoods: 'Neighbourhoods: the school’s recorded neighbourhood, otherwise its postcode.',
    loans:
      'Loans: loans approved, delivered or returned whose first day falls in the period. Weeks: days on show (first and last included) divided by 7. Borrowing schools: distinct schools.',
    questionnaires: 'Questionnaires: forms entered for the activities of the period.',
    matchRate:
      'Match rate: pupils whose before and after questionnaires are linked by their code, divided by the larger of the two numbers of questionnaires, class by class and activity by activity.',
    smallGroups: '',
    satisfaction:
      'Satisfaction: the mean answer to the questions asked only after the activity (pupils) and to the teachers’ questionnaires; for a yes / no question, the share of “yes”.',
    previousPeriod: 'Previous period: the school year before, or the same days one year earlier.',
  },
  methodSmallGroups: (minimum) =>
    `Protecting pupils: a group of fewer than ${minimum} pupils is never detailed; its numbers become “< ${minimum}” and its statistics are not published.`,
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
