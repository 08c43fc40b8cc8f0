// Every word of the impact report, one record per language (French, English): titles, sentences, table
// heads and the method note. The sections take `WORDS[language]` and never hold a word of their own.
import { DIMENSION_EN } from '../../../exports/labels-en';
import type { DocumentLanguage } from '../../../../shared/domain/documents';
import type { AnalysisScope } from '../../../../shared/domain/questionnaires/analysis';
import { MINIMUM_PUBLISHED_GROUP } from '../../../../shared/domain/questionnaires/paired-stats';
import type { Dimension } from '../../../../shared/domain/questionnaires/templates';
import { DIMENSION_FR } from '../../../exports/labels-fr';

export interface MethodParagraph {
  readonly title: string;
  readonly text: string;
}

const minimum = MINIMUM_PUBLISHED_GROUP;

/** The method note: what the numbers mean, for a reader who is not a statistician. */
const METHOD_FR: readonly MethodParagraph[] = [
  {
    title: 'Qui est compté',
    text:
      "Les élèves répondent de façon anonyme, avant et après l'activité. Seuls les élèves appariés (dont on retrouve le questionnaire « avant » et le questionnaire « après ») entrent dans le calcul du changement ; les moyennes « avant » et « après » des tableaux portent sur ces mêmes élèves.",
  },
  {
    title: 'Appariement des codes',
    text:
      "Chaque élève écrit un code qu'il peut refaire seul (par exemple l'initiale du prénom de sa mère, la sienne et son jour de naissance). Les codes identiques d'une même classe, pour une même activité, sont appariés d'office. Les codes presque identiques (un caractère différent ou deux caractères voisins inversés) sont proposés à une personne qui les accepte ou les refuse ; tant qu'ils ne sont pas vérifiés, ils ne comptent pas. Le taux d'appariement est le nombre d'élèves appariés divisé par le plus grand des deux nombres de questionnaires (avant ou après).",
  },
  {
    title: 'Scores',
    text:
      "Les réponses sont orientées pour que « plus haut » soit toujours le résultat souhaité : les questions inversées (où être d'accord traduit davantage de stéréotypes ou moins d'empathie) sont retournées avant le calcul. Le score d'une dimension est la moyenne des questions de cette dimension auxquelles l'élève a répondu, s'il a répondu à au moins la moitié d'entre elles. Une question oui / non est montrée comme la part de « oui », et son changement en points de pourcentage (pts).",
  },
  {
    title: 'Changement et intervalle de confiance',
    text:
      "Le changement est la moyenne des écarts « après moins avant » des élèves appariés. L'intervalle de confiance à 95 % (la marge d'incertitude) donne la fourchette des valeurs compatibles avec les données : s'il ne contient pas 0, le changement est peu probablement dû au hasard.",
  },
  {
    title: 'Tests',
    text:
      "Le test t pour données appariées (t, degrés de liberté ddl, valeur p) compare le changement moyen à zéro. Le test des rangs signés de Wilcoxon (V, p) fait la même vérification sans supposer une distribution normale : il ne regarde que le sens et le rang des écarts, en ignorant les élèves qui n'ont pas changé. Une valeur p inférieure à 0,05 indique un changement net. Ces calculs reproduisent ceux du logiciel statistique R.",
  },
  {
    title: "Taille de l'effet",
    text:
      "Le d de Cohen (d_z) est le changement moyen divisé par l'écart-type des changements : environ 0,2 est un effet faible, 0,5 moyen, 0,8 grand. La corrélation rang-bisériale r va de -1 (tous les élèves ont reculé) à +1 (tous ont progressé).",
  },
  {
    title: `Règle des ${minimum} élèves`,
    text: `Aucun résultat n'est publié pour un groupe de moins de ${minimum} élèves : il est remplacé par « < ${minimum} », pour qu'on ne puisse pas reconnaître les réponses d'un enfant. Le signe « — » indique une valeur qui ne peut pas être calculée (par exemple quand tous les élèves ont changé exactement de la même façon).`,
  },
];

const FR = {
  title: "Rapport d'impact",
  kicker: "RAPPORT D'IMPACT · QUESTIONNAIRES AVANT / APRÈS L'ACTIVITÉ",
  fileName: 'rapport-impact',
  allProgramme: 'programme',
  scope: {
    event: (label: string) => `Activité : ${label}`,
    class: (label: string) => `Classe : ${label}`,
    school: (label: string) => `École : ${label}`,
    schoolYear: (label: string) => `Année scolaire ${label}`,
    all: 'Tout le programme, toutes années confondues',
  },
  questionnaire: (name: string, version: number) => `Questionnaire : ${name} (version ${version})`,
  made: (date: string) => `Établi le ${date}`,
  dimensions: DIMENSION_FR,
  // The plain part.
  inBrief: 'En bref',
  noDimensions: "Ce questionnaire n'a pas de question posée avant et après l'activité : il n'y a pas de changement à mesurer.",
  nobodyPaired: "Aucun élève n'a encore pu être suivi d'avant à après l'activité.",
  who: (paired: string, rate: string | null) =>
    `Ces résultats portent sur ${paired} élèves dont on a retrouvé le questionnaire d'avant et celui d'après l'activité${rate === null ? '' : ` (${rate} des élèves)`}.`,
  fewerThan: (minimum: number) => `moins de ${minimum}`,
  filled: (before: string, after: string) => `En tout, ${before} questionnaires ont été remplis avant l'activité et ${after} après.`,
  pending: (count: string, many: boolean) =>
    many
      ? ` ${count} paires de codes presque identiques attendent encore une vérification et n'y sont pas comptées.`
      : ` ${count} paire de codes presque identiques attend encore une vérification et n'y est pas comptée.`,
  chartTitle: 'Scores moyens avant et après',
  chartBefore: 'Avant (mêmes élèves)',
  chartAfter: 'Après',
  chartMargin: "Marge d'incertitude du changement (95 %)",
  chartChange: (change: string) => `Changement ${change}`,
  chartMarginValues: (lower: string, upper: string) => `marge ${lower} à ${upper}`,
  chartPaired: 'élèves suivis',
  chartNotPublished: 'non publié',
  chartNobody: 'aucun élève suivi',
  chartNote: 'Plus haut = plus favorable (questions inversées retournées). Barres : moyennes des mêmes élèves avant et après.',
  feedbackTitle: 'Satisfaction et retour des enseignant·e·s',
  pupilsFeedback: (responses: string) => `Satisfaction des élèves (questions posées après l'activité) : ${responses} questionnaires`,
  teacherFeedback: (name: string, version: number, responses: string) => `${name} (version ${version}) : ${responses} questionnaires`,
  noTeacherFeedback: "Aucun retour d'enseignant·e n'a été encodé pour ces activités.",
  teacherComments: 'Quelques commentaires des enseignant·e·s',
  quote: (text: string) => `« ${text} »`,
  answers: (count: string) => `${count} réponses`,
  meanOn: (mean: string, max: string) => `moyenne ${mean} sur ${max}`,
  yesShare: (share: string, yes: string, answered: string) => `${share} ont répondu « Oui » (${yes} réponses sur ${answered})`,
  yes: 'Oui',
  tooFewAnswers: (minimum: number) => `Moins de ${minimum} réponses : non publié.`,
  noAnswers: 'Aucune réponse.',
  barValue: (count: string, share: string) => `${count} (${share})`,
  // The appendix.
  appendixTitle: 'Annexe : les chiffres en détail',
  appendixIntro:
    'Les pages qui suivent donnent, pour les lecteurs qui veulent vérifier, les nombres de questionnaires, les tests statistiques par dimension et par question, les classes concernées et la méthode.',
  countsTitle: 'Questionnaires et appariement',
  countsHead: ["Questionnaires remplis avant l'activité", "Questionnaires remplis après l'activité", 'Élèves appariés (retrouvés avant et après)', "Taux d'appariement", 'Paires de codes presque identiques à vérifier'],
  dimensionsTitle: 'Résultats par dimension',
  itemsTitle: 'Résultats par question',
  dimensionHead: 'Dimension',
  itemHead: 'Question',
  statsHead: { before: 'Avant', after: 'Après', change: 'Changement [IC 95 %]', tTest: 'Test t apparié', effect: "Taille d'effet", df: 't (ddl)' },
  suppressedRow: (minimum: number) => `moins de ${minimum} élèves appariés : non publié`,
  reversed: ' (inversé)',
  percentagePoints: 'pts',
  groupsTitle: 'Classes et activités',
  noGroups: "Aucune classe n'a reçu ce questionnaire dans ce périmètre.",
  groupsHead: ['Date', 'Activité', 'Classe — école', 'Avant', 'Après', 'Appariés', "Taux d'app.", 'À vérifier'],
  yearsTitle: 'Classes et activités, par année scolaire',
  yearsIntro: "Sur plusieurs années scolaires, une ligne par année ; le rapport d'une année donne le détail de chacune de ses classes.",
  yearsHead: ['Année scolaire', 'Activités', 'Classes', 'Avant', 'Après', 'Appariés', "Taux d'app.", 'À vérifier'],
  methodTitle: 'Méthode',
  method: METHOD_FR,
};

export type ImpactWords = typeof FR;

const EN: ImpactWords = {
  title: 'Impact report',
  kicker: 'IMPACT REPORT · QUESTIONNAIRES BEFORE / AFTER THE ACTIVITY',
  fileName: 'impact-report',
  allProgramme: 'programme',
  scope: {
    event: (label: string) => `Activity: ${label}`,
    class: (label: string) => `Class: ${label}`,
    school: (label: string) => `School: ${label}`,
    schoolYear: (label: string) => `School year ${label}`,
    all: 'The whole programme, all years together',
  },
  questionnaire: (name: string, version: number) => `Questionnaire: ${name} (version ${version})`,
  made: (date: string) => `Made on ${date}`,
  dimensions: DIMENSION_EN,
  inBrief: 'In brief',
  noDimensions: 'This questionnaire has no question asked both before and after the activity: there is no change to measure.',
  nobodyPaired: 'No pupil could be followed from before to after the activity yet.',
  who: (paired: string, rate: string | null) =>
    `These results are about ${paired} pupils whose questionnaires from before and after the activity were both found${rate === null ? '' : ` (${rate} of the pupils)`}.`,
  fewerThan: (minimum: number) => `fewer than ${minimum}`,
  filled: (before: string, after: string) => `In all, ${before} questionnaires were filled in before the activity and ${after} after it.`,
  pending: (count: string, many: boolean) =>
    many
      ? ` ${count} pairs of nearly identical codes are still waiting to be checked and are not counted.`
      : ` ${count} pair of nearly identical codes is still waiting to be checked and is not counted.`,
  chartTitle: 'Average scores before and after',
  chartBefore: 'Before (same pupils)',
  chartAfter: 'After',
  chartMargin: 'Margin of uncertainty of the change (95%)',
  chartChange: (change: string) => `Change ${change}`,
  chartMarginValues: (lower: string, upper: string) => `margin ${lower} to ${upper}`,
  chartPaired: 'pupils followed',
  chartNotPublished: 'not published',
  chartNobody: 'no pupil followed',
  chartNote: 'Higher = more favourable (reverse-keyed questions turned around). Bars: averages of the same pupils before and after.',
  feedbackTitle: "Satisfaction and teachers' feedback",
  pupilsFeedback: (responses: string) => `Pupils' satisfaction (questions asked after the activity): ${responses} questionnaires`,
  teacherFeedback: (name: string, version: number, responses: string) => `${name} (version ${version}): ${responses} questionnaires`,
  noTeacherFeedback: 'No teacher feedback has been entered for these activities.',
  teacherComments: "A few of the teachers' comments",
  quote: (text: string) => `“${text}”`,
  answers: (count: string) => `${count} answers`,
  meanOn: (mean: string, max: string) => `average ${mean} out of ${max}`,
  yesShare: (share: string, yes: string, answered: string) => `${share} answered “Yes” (${yes} answers out of ${answered})`,
  yes: 'Yes',
  tooFewAnswers: (minimum: number) => `Fewer than ${minimum} answers: not published.`,
  noAnswers: 'No answers.',
  barValue: (count: string, share: string) => `${count} (${share})`,
  appendixTitle: 'Appendix: the figures in detail',
  appendixIntro:
    'The following pages give, for readers who want to check, the numbers of questionnaires, the statistical tests by dimension and by question, the classes involved and the method.',
  countsTitle: 'Questionnaires and pairing',
  countsHead: ['Questionnaires filled in before the activity', 'Questionnaires filled in after the activity', 'Pupils paired (found before and after)', 'Pairing rate', 'Pairs of nearly identical codes to check'],
  dimensionsTitle: 'Results by dimension',
  itemsTitle: 'Results by question',
  dimensionHead: 'Dimension',
  itemHead: 'Question',
  statsHead: { before: 'Before', after: 'After', change: 'Change [95% CI]', tTest: 'Paired t-test', effect: 'Effect size', df: 't (df)' },
  suppressedRow: (minimum: number) => `fewer than ${minimum} paired pupils: not published`,
  reversed: ' (reversed)',
  percentagePoints: 'pts',
  groupsTitle: 'Classes and activities',
  noGroups: 'No class was given this questionnaire in this scope.',
  groupsHead: ['Date', 'Activity', 'Class — school', 'Before', 'After', 'Paired', 'Pairing rate', 'To check'],
  yearsTitle: 'Classes and activities, by school year',
  yearsIntro: 'Over several school years, one line per year; the report of one year details each of its classes.',
  yearsHead: ['School year', 'Activities', 'Classes', 'Before', 'After', 'Paired', 'Pairing rate', 'To check'],
  methodTitle: 'Method',
  method: [
    {
      title: 'Who is counted',
      text: 'Pupils answer anonymously, before and after the activity. Only paired pupils (whose “before” and “after” questionnaires are both found) count in the change; the “before” and “after” averages of the tables are about these same pupils.',
    },
    {
      title: 'Pairing the codes',
      text: "Each pupil writes a code they can make again on their own (for instance the initial of their mother's first name, their own and their day of birth). Identical codes of one class at one activity are paired at once. Nearly identical codes (one character different, or two neighbouring characters swapped) are shown to a person who accepts or refuses them; until they are checked they do not count. The pairing rate is the number of paired pupils divided by the larger of the two numbers of questionnaires (before or after).",
    },
    {
      title: 'Scores',
      text: "Answers are oriented so that “higher” is always the hoped-for result: reverse-keyed questions (where agreeing means more stereotypes or less empathy) are turned around before the calculation. A dimension's score is the average of the dimension's questions the pupil answered, if they answered at least half of them. A yes/no question is shown as the share of “yes”, and its change in percentage points (pts).",
    },
    {
      title: 'Change and confidence interval',
      text: 'The change is the average of the “after minus before” differences of the paired pupils. The 95% confidence interval (the margin of uncertainty) gives the range of values compatible with the data: when it does not contain 0, the change is unlikely to be due to chance.',
    },
    {
      title: 'Tests',
      text: "The paired t-test (t, degrees of freedom df, p-value) compares the average change with zero. The Wilcoxon signed-rank test (V, p) makes the same check without assuming a normal distribution: it only looks at the direction and the rank of the differences, ignoring the pupils who did not change. A p-value below 0.05 shows a clear change. These calculations reproduce those of the R statistical software.",
    },
    {
      title: 'Effect size',
      text: "Cohen's d (d_z) is the average change divided by the standard deviation of the changes: about 0.2 is a small effect, 0.5 a medium one, 0.8 a large one. The rank-biserial correlation r goes from -1 (every pupil went back) to +1 (every pupil progressed).",
    },
    {
      title: `The rule of ${minimum} pupils`,
      text: `No result is published for a group of fewer than ${minimum} pupils: it is replaced by “< ${minimum}”, so that no child's answers can be recognised. The sign “—” marks a value that cannot be computed (for instance when every pupil changed in exactly the same way).`,
    },
  ],
};

export const WORDS: Record<DocumentLanguage, ImpactWords> = { fr: FR, en: EN };

/** What the scope is, for the title block ("Année scolaire 2025–2026", "Activité : …"). */
export function scopeInWords(scope: AnalysisScope, label: string, language: DocumentLanguage): string {
  const words = WORDS[language].scope;
  return scope.kind === 'all' ? words.all : words[scope.kind](label);
}

export function dimensionLabel(dimension: Dimension, language: DocumentLanguage): string {
  return WORDS[language].dimensions[dimension];
}
