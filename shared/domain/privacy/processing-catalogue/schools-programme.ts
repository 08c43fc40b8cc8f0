import type { CatalogueEntry } from '../processing-register';
import { SCHOOLS_BASIS, CONTACTS_RETENTION, PROGRAMME_HISTORY, CONTACTS_RETENTION_REACH, NOTES_MAY_NAME } from './shared-texts';

/** The schools programme (City): schools, contacts, partners, facilitators, activities. */
export const SCHOOLS_PROGRAMME_TABLES: Readonly<Record<string, CatalogueEntry>> = {
  schools: {
    activity: 'schoolsProgramme',
    personal: true,
    categoriesOfData: {
      fr: `Écoles : nom, réseau, adresse, téléphone et courriel de l’école, ${NOTES_MAY_NAME.fr}.`,
      en: `Schools: name, network, address, the school’s phone and e-mail, ${NOTES_MAY_NAME.en}.`,
    },
    categoriesOfPeople: {
      fr: 'Personnel des écoles (par les coordonnées et les notes).',
      en: 'Schools’ staff (through the contact details and notes).',
    },
    purpose: { fr: 'Organiser les animations avec les écoles.', en: 'Organising activities with schools.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { schools: 'all', classes: 'all', contacts: 'all', events: 'all', loans: 'all', indicators: 'all' },
    retention: { text: { fr: 'Tant que l’école participe au programme.', en: 'While the school takes part in the programme.' } },
    encryption: [],
  },
  contacts: {
    activity: 'schoolsProgramme',
    personal: true,
    categoriesOfData: {
      fr: 'Enseignants et contacts des écoles : prénom, nom, type, courriel, téléphone, notes, lien vers un compte utilisateur.',
      en: 'Teachers and school contacts: first name, last name, kind, e-mail, phone, notes, link to a user account.',
    },
    categoriesOfPeople: { fr: 'Enseignants et personnel des écoles.', en: 'Teachers and schools’ staff.' },
    purpose: { fr: 'Joindre les enseignants et organiser les animations de leurs classes.', en: 'Reaching teachers and organising their classes’ activities.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { contacts: 'all', classes: 'all', schools: 'all', events: 'all', loans: 'all', indicators: 'all', retention: CONTACTS_RETENTION_REACH },
    retention: CONTACTS_RETENTION,
    encryption: [],
  },
  class_teachers: {
    activity: 'schoolsProgramme',
    personal: true,
    categoriesOfData: { fr: 'Quel enseignant a quelle classe.', en: 'Which teacher has which class.' },
    categoriesOfPeople: { fr: 'Enseignants.', en: 'Teachers.' },
    purpose: {
      fr: 'Montrer à chaque enseignant les animations et questionnaires de ses classes.',
      en: 'Showing each teacher their classes’ activities and questionnaires.',
    },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { classes: 'all', contacts: 'all', schools: 'all', events: 'all', questionnaires: 'all', indicators: 'all' },
    retention: CONTACTS_RETENTION,
    encryption: [],
  },
  partners: {
    activity: 'schoolsProgramme',
    personal: true,
    categoriesOfData: {
      fr: `Partenaires (associations) : nom, type, personne de contact, courriel, téléphone, ${NOTES_MAY_NAME.fr}.`,
      en: `Partners (associations): name, kind, contact person, e-mail, phone, ${NOTES_MAY_NAME.en}.`,
    },
    categoriesOfPeople: { fr: 'Personnes de contact des partenaires.', en: 'The partners’ contact people.' },
    purpose: { fr: 'Organiser les animations avec les partenaires.', en: 'Organising activities with the partners.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { partners: 'all', events: 'all' },
    retention: { text: { fr: 'Tant que le partenariat dure.', en: 'While the partnership lasts.' } },
    encryption: [],
  },
  facilitators: {
    activity: 'schoolsProgramme',
    personal: true,
    categoriesOfData: { fr: 'Animateurs : nom, partenaire, courriel, téléphone.', en: 'Facilitators: name, partner, e-mail, phone.' },
    categoriesOfPeople: { fr: 'Animateurs des partenaires.', en: 'The partners’ facilitators.' },
    purpose: { fr: 'Planifier qui anime quelle animation.', en: 'Planning who leads which activity.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { partners: 'all', events: 'all' },
    retention: { text: { fr: 'Tant que l’animateur travaille avec le programme.', en: 'While the facilitator works with the programme.' } },
    encryption: [],
  },
  events: {
    activity: 'schoolsProgramme',
    personal: true,
    categoriesOfData: {
      fr: `Animations : titre, école, animateur, lieu, horaire, nombres d’élèves et d’enseignants, ${NOTES_MAY_NAME.fr}.`,
      en: `Activities: title, school, facilitator, place, times, numbers of pupils and teachers, ${NOTES_MAY_NAME.en}.`,
    },
    categoriesOfPeople: { fr: 'Animateurs, enseignants (par leurs classes).', en: 'Facilitators, teachers (through their classes).' },
    purpose: { fr: 'Planifier les animations et en rendre compte.', en: 'Planning the activities and reporting on them.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { events: 'all', schools: 'all', loans: 'all', questionnaires: 'all', indicators: 'all' },
    retention: PROGRAMME_HISTORY,
    encryption: [],
  },
  event_classes: {
    activity: 'schoolsProgramme',
    personal: false,
    why: { fr: 'Lien entre une animation et une classe : aucun nom, aucune personne.', en: 'Link between an activity and a class: no name, no person.' },
  },
  event_partners: {
    activity: 'schoolsProgramme',
    personal: false,
    why: { fr: 'Lien entre une animation et un partenaire (une organisation).', en: 'Link between an activity and a partner (an organisation).' },
  },
  event_themes: {
    activity: 'schoolsProgramme',
    personal: false,
    why: { fr: 'Thèmes d’une animation.', en: 'An activity’s themes.' },
  },
  holidays: {
    activity: 'schoolsProgramme',
    personal: false,
    why: { fr: 'Congés scolaires et jours fériés.', en: 'School holidays and public holidays.' },
  },
  school_classes: {
    activity: 'schoolsProgramme',
    personal: false,
    why: {
      fr: 'Classes d’une école : nom (« 3A »), année, niveau et nombre d’élèves ; aucun élève n’y est nommé.',
      en: 'A school’s classes: name (“3A”), year, grade and number of pupils; no pupil is named.',
    },
  },
  school_levels: {
    activity: 'schoolsProgramme',
    personal: false,
    why: { fr: 'Niveaux d’enseignement d’une école.', en: 'A school’s levels of teaching.' },
  },
};
