// The words of the year's workbook that the dashboard tables' CSV words do not already hold: the list sheets.
import type { DocumentLanguage } from '../../../shared/domain/documents';

export interface WorkbookWords {
  filePrefix: string;
  sheets: { activities: string; schools: string; classes: string; teachers: string; loans: string };
  date: string;
  title: string;
  status: string;
  school: string;
  postalCode: string;
  neighbourhood: string;
  classCount: string;
  pupilsPresent: string;
  className: string;
  pupils: string;
  heldActivities: string;
  firstName: string;
  lastName: string;
  classesReached: string;
  exhibition: string;
  borrower: string;
  start: string;
  end: string;
  weeks: string;
  eventStatus: Record<'planned' | 'confirmed' | 'held' | 'cancelled', string>;
}

export const WORKBOOK_WORDS: Record<DocumentLanguage, WorkbookWords> = {
  fr: {
    filePrefix: 'programme-scolaire',
    sheets: { activities: 'Liste des activités', schools: 'Écoles atteintes', classes: 'Classes atteintes', teachers: 'Enseignants atteints', loans: 'Liste des prêts' },
    date: 'Date',
    title: 'Titre',
    status: 'Statut',
    school: 'École',
    postalCode: 'Code postal',
    neighbourhood: 'Quartier',
    classCount: 'Classes',
    pupilsPresent: 'Élèves présents',
    className: 'Classe',
    pupils: 'Élèves',
    heldActivities: 'Activités réalisées',
    firstName: 'Prénom',
    lastName: 'Nom',
    classesReached: 'Classes atteintes',
    exhibition: 'Exposition',
    borrower: 'Emprunteur',
    start: 'Début',
    end: 'Fin',
    weeks: 'Semaines',
    eventStatus: { planned: 'Planifiée', confirmed: 'Confirmée', held: 'Réalisée', cancelled: 'Annulée' },
  },
  en: {
    filePrefix: 'school-programme',
    sheets: { activities: 'Activities', schools: 'Schools reached', classes: 'Classes reached', teachers: 'Teachers reached', loans: 'Loans' },
    date: 'Date',
    title: 'Title',
    status: 'Status',
    school: 'School',
    postalCode: 'Postcode',
    neighbourhood: 'Neighbourhood',
    classCount: 'Classes',
    pupilsPresent: 'Pupils present',
    className: 'Class',
    pupils: 'Pupils',
    heldActivities: 'Activities held',
    firstName: 'First name',
    lastName: 'Last name',
    classesReached: 'Classes reached',
    exhibition: 'Exhibition',
    borrower: 'Borrower',
    start: 'Start',
    end: 'End',
    weeks: 'Weeks',
    eventStatus: { planned: 'Planned', confirmed: 'Confirmed', held: 'Held', cancelled: 'Cancelled' },
  },
};
