import type { DocumentLanguage } from '../documents';
import type { IndicatorMethodNote } from './indicators';
import { MAX_PERIOD_YEARS } from './period';
import { MINIMUM_PUBLISHED_GROUP } from '../questionnaires/paired-stats';

/**
 * How each indicator is counted, in the words the dashboard and the annual report print (the method note). One
 * text for both, in shared/, so the screen and the PDF never explain a number differently.
 */
export const INDICATOR_METHOD_TEXT: Record<DocumentLanguage, Record<IndicatorMethodNote, string>> = {
  fr: {
    activities:
      "Activités : une activité compte dans la période où elle commence. Pour une année scolaire, ce sont les activités de cette année (du dernier lundi d'août à la veille du suivant, été compris). « Programmées » compte toutes les activités de la période, quel que soit leur sort ; « réalisées » celles marquées réalisées ; « annulées » celles marquées annulées ; « sans suite » celles encore planifiées ou confirmées.",
    reach:
      "Public touché : seules les activités réalisées comptent. Écoles : les écoles des activités réalisées. Classes : les classes inscrites à une activité réalisée, chacune une fois.",
    pupils:
      "Élèves : participations aux activités réalisées. Pour chaque activité, le nombre d'élèves présents quand il est encodé ; sinon, l'effectif de ses classes (estimation, indiquée à part). Un élève présent à deux activités compte deux fois. « Élèves des classes touchées » compte chaque élève une fois : la somme des effectifs des classes touchées.",
    teachers:
      "Enseignants : les enseignants (répertoire) des classes touchées, chacun une fois. « Enseignants présents » additionne les présences encodées sur les activités réalisées.",
    neighbourhoods:
      "Quartiers : le quartier des écoles touchées tel qu'il est encodé dans le répertoire ; à défaut, leur code postal.",
    loans:
      "Prêts d'expositions : un prêt compte dans la période où commence sa présentation. Sont comptés les prêts approuvés, livrés ou rendus (les demandes en attente, refus et annulations sont détaillés à part). Semaines de prêt : jours de présentation (du premier au dernier, inclus) divisés par 7. Écoles : les écoles emprunteuses, chacune une fois.",
    questionnaires:
      "Questionnaires : les formulaires encodés pour les activités de la période. Les évolutions par dimension et la satisfaction sont celles du rapport d'impact, calculées de la même manière (moyenne des différences après − avant, intervalle de confiance à 95 %).",
    matchRate:
      "Taux d'appariement : élèves appariés (avant et après) divisé par le plus grand des deux nombres de formulaires, additionné par classe et par activité.",
    smallGroups: `Petits groupes : un nombre d'élèves de 1 à ${MINIMUM_PUBLISHED_GROUP - 1} s'affiche « < ${MINIMUM_PUBLISHED_GROUP} » et aucun résultat d'un groupe de moins de ${MINIMUM_PUBLISHED_GROUP} élèves n'est publié.`,
    satisfaction:
      "Satisfaction : la moyenne des réponses aux questions posées après l'activité seulement ; pour une question oui/non, la part de « oui ».",
    previousPeriod: `Période précédente : l'année scolaire précédente, ou les mêmes dates un an plus tôt. Une période choisie couvre au plus ${MAX_PERIOD_YEARS} ans.`,
  },
  en: {
    activities:
      "Activities: an activity counts in the period in which it starts. For a school year, these are that year's activities (from the last Monday of August to the day before the next one, summer included). \"Planned\" counts every activity of the period whatever became of it; \"held\" those marked held; \"cancelled\" those marked cancelled; \"open\" those still planned or confirmed.",
    reach:
      'Reach: only held activities count. Schools: the schools of held activities. Classes: the classes taking part in a held activity, each once.',
    pupils:
      'Pupils: participations in held activities. For each activity, the number of pupils present when recorded; otherwise the size of its classes (an estimate, shown separately). A pupil at two activities counts twice. "Pupils in the classes reached" counts each pupil once: the sum of the sizes of the classes reached.',
    teachers:
      'Teachers: the teachers (directory) of the classes reached, each once. "Teachers present" adds up the attendance recorded on held activities.',
    neighbourhoods: "Neighbourhoods: the neighbourhood of the schools reached as recorded in the directory; failing that, their postal code.",
    loans:
      'Exhibition loans: a loan counts in the period in which its showing starts. Approved, delivered and returned loans are counted (pending requests, refusals and cancellations are listed separately). Weeks on loan: days shown (first to last, included) divided by 7. Schools: the borrowing schools, each once.',
    questionnaires:
      "Questionnaires: the forms entered for the period's activities. Changes per dimension and satisfaction are the impact report's, computed the same way (mean of the differences after − before, 95% confidence interval).",
    matchRate: 'Match rate: pupils paired (before and after) divided by the larger of the two numbers of forms, summed per class and activity.',
    smallGroups: `Small groups: a number of pupils from 1 to ${MINIMUM_PUBLISHED_GROUP - 1} reads "< ${MINIMUM_PUBLISHED_GROUP}" and no result of a group of fewer than ${MINIMUM_PUBLISHED_GROUP} pupils is published.`,
    satisfaction: 'Satisfaction: the mean answer to the questions asked after the activity only; for a yes/no question, the share of "yes".',
    previousPeriod: `Previous period: the previous school year, or the same dates one year earlier. A chosen period covers at most ${MAX_PERIOD_YEARS} years.`,
  },
};
