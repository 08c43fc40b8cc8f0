import type { CatalogueEntry } from '../processing-register';

/** Pupils' and teachers' questionnaires (City): pseudonymous answers. */
export const QUESTIONNAIRES_TABLES: Readonly<Record<string, CatalogueEntry>> = {
  questionnaire_responses: {
    activity: 'questionnaires',
    personal: true,
    categoriesOfData: {
      fr: 'Un questionnaire rempli : le code que l’élève compose (jamais son nom), la passation (classe, animation, avant ou après).',
      en: 'One filled-in form: the code the pupil makes up (never their name), the administration (class, activity, before or after).',
    },
    categoriesOfPeople: { fr: 'Élèves (mineurs), sous pseudonyme.', en: 'Pupils (minors), under a pseudonym.' },
    purpose: { fr: 'Évaluer l’effet des animations, avant et après.', en: 'Evaluating the activities’ effect, before and after.' },
    legalBasis: {
      fr: 'Mission d’intérêt public (RGPD art. 6.1.e), à des fins statistiques (art. 89) sous pseudonyme ; résultats publiés seulement pour des groupes d’au moins 5 élèves.',
      en: 'Public task (GDPR art. 6(1)(e)), for statistical purposes (art. 89) under a pseudonym; results published only for groups of at least 5 pupils.',
    },
    reachedBy: { questionnaires: 'all', questionnaireResults: 'all', questionnaireImport: 'all', indicators: 'all', schools: 'all' },
    retention: { rule: 'pupilAnswers' },
    encryption: [],
  },
  questionnaire_answers: {
    activity: 'questionnaires',
    personal: true,
    categoriesOfData: {
      fr: 'Les réponses d’un questionnaire (valeurs et commentaires libres), rattachées au code de l’élève.',
      en: 'A form’s answers (values and free comments), tied to the pupil’s code.',
    },
    categoriesOfPeople: { fr: 'Élèves (mineurs), sous pseudonyme.', en: 'Pupils (minors), under a pseudonym.' },
    purpose: { fr: 'Évaluer l’effet des animations, avant et après.', en: 'Evaluating the activities’ effect, before and after.' },
    legalBasis: {
      fr: 'Mission d’intérêt public (RGPD art. 6.1.e), à des fins statistiques (art. 89) sous pseudonyme.',
      en: 'Public task (GDPR art. 6(1)(e)), for statistical purposes (art. 89) under a pseudonym.',
    },
    reachedBy: { questionnaires: 'all', questionnaireResults: 'all', questionnaireImport: 'all' },
    retention: { rule: 'pupilAnswers' },
    encryption: [],
  },
  questionnaire_pair_decisions: {
    activity: 'questionnaires',
    personal: true,
    categoriesOfData: {
      fr: 'Appariement accepté ou refusé de deux questionnaires (avant, après) d’un même élève : compte du coordinateur, date.',
      en: 'Accepted or refused pairing of two forms (before, after) of one pupil: the coordinator’s account, time.',
    },
    categoriesOfPeople: { fr: 'Élèves (sous pseudonyme) ; coordinateurs.', en: 'Pupils (under a pseudonym); coordinators.' },
    purpose: { fr: 'Relier les réponses d’avant et d’après d’un même élève.', en: 'Linking one pupil’s answers before and after.' },
    legalBasis: {
      fr: 'Mission d’intérêt public (RGPD art. 6.1.e), à des fins statistiques (art. 89) sous pseudonyme.',
      en: 'Public task (GDPR art. 6(1)(e)), for statistical purposes (art. 89) under a pseudonym.',
    },
    reachedBy: { questionnaireResults: 'all', questionnaires: 'all' },
    retention: { rule: 'pupilAnswers' },
    encryption: [],
  },
  questionnaire_administrations: {
    activity: 'questionnaires',
    personal: false,
    why: { fr: 'Une passation : modèle, animation, classe, avant ou après, date.', en: 'An administration: template, activity, class, before or after, day.' },
  },
  questionnaire_items: {
    activity: 'questionnaires',
    personal: false,
    why: { fr: 'Les questions d’un modèle.', en: 'A template’s questions.' },
  },
  questionnaire_templates: {
    activity: 'questionnaires',
    personal: false,
    why: { fr: 'Les modèles de questionnaires.', en: 'The questionnaire templates.' },
  },
};
