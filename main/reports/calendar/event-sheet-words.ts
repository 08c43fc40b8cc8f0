// The printed words of the event sheet, one record per language; the data (names, titles, notes) is printed as typed.
import type { EventStatus, EventTheme, EventType } from '../../../shared/domain/calendar/events';
import type { Dimension } from '../../../shared/domain/questionnaires/templates';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import { DIMENSION_EN, EVENT_STATUS_EN, EVENT_THEME_EN, EVENT_TYPE_EN, formatSlotEn } from '../../exports/labels-en';
import { DIMENSION_FR, EVENT_STATUS_FR, EVENT_THEME_FR, EVENT_TYPE_FR, formatSlotFr } from '../../exports/labels-fr';

export interface EventSheetWords {
  title: (eventTitle: string) => string;
  kicker: (type: string, schoolYear: string) => string;
  types: Record<EventType, string>;
  statuses: Record<EventStatus, string>;
  themes: Record<EventTheme, string>;
  slot: (start: string, end: string) => string;
  school: string;
  address: string;
  /** The teachers of the classes, or the school's contact, with their phone. */
  contact: string;
  schoolPhone: string;
  classes: string;
  pupils: (count: number) => string;
  place: string;
  partners: string;
  facilitator: string;
  themesLabel: string;
  cancelReason: string;
  attendance: string;
  expected: string;
  present: string;
  pupilsRow: string;
  teachersRow: string;
  notes: string;
  /** The questionnaire section. */
  questionnaires: QuestionnaireWords;
}

export interface QuestionnaireWords {
  heading: string;
  dimensions: Record<Dimension, string>;
  version: (version: number) => string;
  /** "Questionnaires : 20 avant, 18 après · élèves appariés : … · taux d'appariement : …". */
  counts: (before: string, after: string, paired: string, rate: string) => string;
  toCheck: (count: string) => string;
  head: [string, string, string, string, string];
  notPublished: string;
  /** "22 réponses", "1 questionnaire". */
  answers: (count: string, one: boolean, word: 'answer' | 'form') => string;
  pupilSatisfaction: string;
  teacherFeedback: string;
  /** "Satisfaction des élèves : 4,21 / 5 (« J'ai aimé… », 22 réponses)". */
  mean: (who: string, mean: string, wording: string, answers: string) => string;
  countOnly: (who: string, answers: string) => string;
  footnote: string;
  /** Decimal mark and the bounds' separator of an interval. */
  decimal: ',' | '.';
  intervalSeparator: string;
}

export const EVENT_SHEET_WORDS: Record<DocumentLanguage, EventSheetWords> = {
  fr: {
    title: (eventTitle) => `Fiche d'activité — ${eventTitle}`,
    kicker: (type, schoolYear) => `FICHE D'ACTIVITÉ · ${type.toUpperCase()} · ANNÉE SCOLAIRE ${schoolYear}`,
    types: EVENT_TYPE_FR,
    statuses: EVENT_STATUS_FR,
    themes: EVENT_THEME_FR,
    slot: formatSlotFr,
    school: 'École',
    address: 'Adresse',
    contact: 'Contact',
    schoolPhone: "Tél. de l'école",
    classes: 'Classes',
    pupils: (count) => `${count} élèves`,
    place: 'Lieu',
    partners: 'Partenaires',
    facilitator: 'Intervenant·e',
    themesLabel: 'Thèmes',
    cancelReason: "Motif d'annulation",
    attendance: 'Participation',
    expected: 'Prévus',
    present: 'Présents',
    pupilsRow: 'Élèves',
    teachersRow: 'Enseignants',
    notes: 'Remarques',
    questionnaires: {
      heading: 'Questionnaires avant / après',
      dimensions: DIMENSION_FR,
      version: (version) => `version ${version}`,
      counts: (before, after, paired, rate) => `Questionnaires : ${before} avant, ${after} après · élèves appariés : ${paired} · taux d'appariement : ${rate}`,
      toCheck: (count) => ` · ${count} à vérifier`,
      head: ['Dimension', 'Élèves appariés', 'Avant', 'Après', 'Changement [IC 95 %]'],
      notPublished: 'non publié',
      answers: (count, one, word) => `${count} ${word === 'answer' ? 'réponse' : 'questionnaire'}${one ? '' : 's'}`,
      pupilSatisfaction: 'Satisfaction des élèves',
      teacherFeedback: "Retour de l'enseignant·e",
      mean: (who, mean, wording, answers) => `${who} : ${mean} (« ${wording} », ${answers})`,
      countOnly: (who, answers) => `${who} : ${answers}`,
      footnote: 'Scores : plus haut = plus favorable. Groupes de moins de 5 élèves : « < 5 », aucun résultat publié.',
      decimal: ',',
      intervalSeparator: ' ; ',
    },
  },
  en: {
    title: (eventTitle) => `Activity sheet — ${eventTitle}`,
    kicker: (type, schoolYear) => `ACTIVITY SHEET · ${type.toUpperCase()} · SCHOOL YEAR ${schoolYear}`,
    types: EVENT_TYPE_EN,
    statuses: EVENT_STATUS_EN,
    themes: EVENT_THEME_EN,
    slot: formatSlotEn,
    school: 'School',
    address: 'Address',
    contact: 'Contact',
    schoolPhone: 'School phone',
    classes: 'Classes',
    pupils: (count) => `${count} pupil${count === 1 ? '' : 's'}`,
    place: 'Place',
    partners: 'Partners',
    facilitator: 'Facilitator',
    themesLabel: 'Themes',
    cancelReason: 'Reason for cancelling',
    attendance: 'Attendance',
    expected: 'Expected',
    present: 'Present',
    pupilsRow: 'Pupils',
    teachersRow: 'Teachers',
    notes: 'Notes',
    questionnaires: {
      heading: 'Questionnaires before / after',
      dimensions: DIMENSION_EN,
      version: (version) => `version ${version}`,
      counts: (before, after, paired, rate) => `Questionnaires: ${before} before, ${after} after · matched pupils: ${paired} · match rate: ${rate}`,
      toCheck: (count) => ` · ${count} to check`,
      head: ['Dimension', 'Matched pupils', 'Before', 'After', 'Change [95% CI]'],
      notPublished: 'not published',
      answers: (count, one, word) => `${count} ${word === 'answer' ? 'answer' : 'questionnaire'}${one ? '' : 's'}`,
      pupilSatisfaction: "Pupils' satisfaction",
      teacherFeedback: "Teacher's feedback",
      mean: (who, mean, wording, answers) => `${who}: ${mean} (“${wording}”, ${answers})`,
      countOnly: (who, answers) => `${who}: ${answers}`,
      footnote: 'Scores: higher = more favourable. Groups of fewer than 5 pupils: "< 5", no result published.',
      decimal: '.',
      intervalSeparator: ', ',
    },
  },
};
