// The report's fixed French texts: scope in words, section titles and the method note.
import type { AnalysisScope } from '../../../../shared/domain/questionnaires/analysis';
import { MINIMUM_PUBLISHED_GROUP } from '../../../../shared/domain/questionnaires/paired-stats';
import type { Dimension } from '../../../../shared/domain/questionnaires/templates';
import { DIMENSION_FR } from '../../../exports/labels-fr';

export const REPORT_TITLE = "Rapport d'impact";

/** What the scope is, for the title block ("Année scolaire 2025–2026", "Activité : …"). */
export function scopeInWords(scope: AnalysisScope, label: string): string {
  switch (scope.kind) {
    case 'event':
      return `Activité : ${label}`;
    case 'class':
      return `Classe : ${label}`;
    case 'school':
      return `École : ${label}`;
    case 'schoolYear':
      return `Année scolaire ${label}`;
    case 'all':
      return 'Tout le programme, toutes années confondues';
  }
}

export function dimensionLabel(dimension: Dimension): string {
  return DIMENSION_FR[dimension];
}

const minimum = MINIMUM_PUBLISHED_GROUP;

/** The method note: what the numbers mean, for a reader who is not a statistician. */
export const METHOD_NOTE: readonly { title: string; text: string }[] = [
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
      "Les réponses sont orientées pour que « plus haut » soit toujours le résultat souhaité : les questions inversées (où être d'accord traduit davantage de stéréotypes ou moins d'empathie) sont retournées avant le calcul. Le score d'une dimension est la moyenne des questions de cette dimension auxquelles l'élève a répondu, s'il a répondu à au moins la moitié d'entre elles.",
  },
  {
    title: 'Changement et intervalle de confiance',
    text:
      "Le changement est la moyenne des écarts « après moins avant » des élèves appariés. L'intervalle de confiance à 95 % donne la fourchette des valeurs compatibles avec les données : s'il ne contient pas 0, le changement est peu probablement dû au hasard.",
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
