// The printed words of the loan documents (agreement and schedule), one record per language. Names, titles and
// notes are printed as typed, in any script.
import type { ExhibitionLanguage, ItemCondition, ItemKind } from '../../../shared/domain/loans/exhibitions';
import type { LoanStatus } from '../../../shared/domain/loans/loans';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import {
  EXHIBITION_LANGUAGE_EN,
  formatDateEn,
  formatEurosEn,
  formatShortDateEn,
  formatSlotEn,
  ITEM_CONDITION_EN,
  ITEM_KIND_EN,
  LOAN_STATUS_EN,
} from '../../exports/labels-en';
import {
  EXHIBITION_LANGUAGE_FR,
  formatDateFr,
  formatEurosFr,
  formatShortDateFr,
  formatSlotFr,
  ITEM_CONDITION_FR,
  ITEM_KIND_FR,
  LOAN_STATUS_FR,
} from '../../exports/labels-fr';

export interface AgreementWords {
  title: (exhibition: string, borrower: string) => string;
  kicker: (loanId: number, schoolYear: string) => string;
  heading: string;
  quoted: (title: string) => string;
  intro: string;
  /** The City's service that organises the loans of the plan's exhibitions. */
  organiser: [string, string];
  lender: string;
  borrower: string;
  ownerOfExhibition: string;
  organisedBy: string;
  venue: (name: string) => string;
  contact: (name: string) => string;
  email: (value: string) => string;
  phone: (value: string) => string;
  exhibitionHeading: string;
  titleLabel: string;
  owner: string;
  description: string;
  audience: string;
  languagesLabel: string;
  languages: Record<ExhibitionLanguage, string>;
  periodHeading: string;
  delivery: string;
  showing: string;
  showingDates: (from: string, to: string, days: number) => string;
  pickup: string;
  visits: string;
  itemsHeading: (count: number) => string;
  itemsHead: [string, string, string, string];
  kinds: Record<ItemKind, string>;
  conditions: Record<ItemCondition, string>;
  flagged: (condition: string, since: string, note: string) => string;
  notChecked: string;
  beforeCheck: string;
  checkedOn: (date: string) => string;
  conditionsHeading: string;
  transport: string;
  setup: string;
  toAgree: string;
  insurance: string;
  insuranceUnknown: string;
  dutiesHeading: string;
  duties: (pickup: string) => string[];
  madeAt: string;
  forLender: string;
  forBorrower: string;
  lenderParty: (owner: string, city: string) => string;
  nameAndRole: string;
  date: string;
  signature: string;
  /** "lundi 12 janvier 2026" / "Monday 12 January 2026". */
  dateText: (date: string) => string;
  slotDay: (start: string) => string;
  euros: (amount: number) => string;
}

const AGREEMENT_FR: AgreementWords = {
  title: (exhibition, borrower) => `Convention de prêt — ${exhibition} — ${borrower}`,
  kicker: (loanId, schoolYear) => `CONVENTION DE PRÊT N° ${loanId} · EXPOSITION ITINÉRANTE · ANNÉE SCOLAIRE ${schoolYear}`,
  heading: 'Convention de prêt',
  quoted: (title) => `« ${title} »`,
  intro: "La présente convention fixe les conditions du prêt de l'exposition itinérante décrite ci-dessous, entre :",
  organiser: ['Ville de Liège', "Échevinat de l'Instruction publique et de l'Interculturalité"],
  lender: 'Le prêteur',
  borrower: "L'emprunteur",
  ownerOfExhibition: "propriétaire de l'exposition",
  organisedBy: 'Prêt organisé par :',
  venue: (name) => `Lieu : ${name}`,
  contact: (name) => `Personne de contact : ${name}`,
  email: (value) => `E-mail : ${value}`,
  phone: (value) => `Téléphone : ${value}`,
  exhibitionHeading: "L'exposition",
  titleLabel: 'Titre',
  owner: 'Propriétaire',
  description: 'Description',
  audience: 'Public',
  languagesLabel: 'Langues',
  languages: EXHIBITION_LANGUAGE_FR,
  periodHeading: 'Période du prêt',
  delivery: 'Livraison',
  showing: 'Exposition',
  showingDates: (from, to, days) => `du ${from} au ${to} (${days} jour${days > 1 ? 's' : ''})`,
  pickup: 'Reprise',
  visits: 'Visites prévues',
  itemsHeading: (count) => `Éléments prêtés (${count})`,
  itemsHead: ['N°', 'Type', 'Désignation', 'État à la livraison'],
  kinds: ITEM_KIND_FR,
  conditions: ITEM_CONDITION_FR,
  flagged: (condition, since, note) => `(déjà signalé ${condition} le ${since}${note === '' ? '' : ` : ${note}`})`,
  notChecked: 'non vérifié',
  beforeCheck: "L'état de chaque élément est noté à la livraison, en présence des deux parties, et vérifié de même à la reprise.",
  checkedOn: (date) => `État constaté à la livraison le ${date}.`,
  conditionsHeading: 'Conditions',
  transport: 'Transport',
  setup: 'Montage',
  toAgree: 'À convenir entre les parties.',
  insurance: "Valeur d'assurance",
  insuranceUnknown: 'non communiquée',
  dutiesHeading: "Engagements de l'emprunteur",
  duties: (pickup) => [
    "L'emprunteur prend soin des éléments prêtés pendant toute la durée du prêt : il les installe et les garde dans un lieu sûr, à l'abri de l'humidité, de la chaleur et du vandalisme.",
    "Il n'apporte aucune modification aux éléments (ni inscription, ni collage, ni découpe) et ne les prête pas à un tiers.",
    'Il signale sans délai au prêteur tout dommage, toute perte ou tout vol, même partiel.',
    `Il rend l'exposition complète, dans ses caisses, le jour de la reprise : ${pickup}.`,
  ],
  madeAt: 'Fait à Liège, en deux exemplaires, chaque partie reconnaissant avoir reçu le sien.',
  forLender: 'Pour le prêteur',
  forBorrower: "Pour l'emprunteur",
  lenderParty: (owner, city) => `${owner}, avec la ${city}`,
  nameAndRole: 'Nom et fonction :',
  date: 'Date :',
  signature: 'Signature :',
  dateText: formatDateFr,
  slotDay: (start) => formatSlotFr(start, start).replace(/–.*$/, ''),
  euros: formatEurosFr,
};

const AGREEMENT_EN: AgreementWords = {
  title: (exhibition, borrower) => `Loan agreement — ${exhibition} — ${borrower}`,
  kicker: (loanId, schoolYear) => `LOAN AGREEMENT NO. ${loanId} · TRAVELLING EXHIBITION · SCHOOL YEAR ${schoolYear}`,
  heading: 'Loan agreement',
  quoted: (title) => `“${title}”`,
  intro: 'This agreement sets the terms of the loan of the travelling exhibition described below, between:',
  organiser: ['City of Liège', 'Department of Public Education and Interculturality'],
  lender: 'The lender',
  borrower: 'The borrower',
  ownerOfExhibition: 'owner of the exhibition',
  organisedBy: 'Loan organised by:',
  venue: (name) => `Venue: ${name}`,
  contact: (name) => `Contact person: ${name}`,
  email: (value) => `Email: ${value}`,
  phone: (value) => `Phone: ${value}`,
  exhibitionHeading: 'The exhibition',
  titleLabel: 'Title',
  owner: 'Owner',
  description: 'Description',
  audience: 'Audience',
  languagesLabel: 'Languages',
  languages: EXHIBITION_LANGUAGE_EN,
  periodHeading: 'Loan period',
  delivery: 'Delivery',
  showing: 'On show',
  showingDates: (from, to, days) => `from ${from} to ${to} (${days} day${days > 1 ? 's' : ''})`,
  pickup: 'Pick-up',
  visits: 'Planned visits',
  itemsHeading: (count) => `Items lent (${count})`,
  itemsHead: ['No.', 'Type', 'Description', 'Condition at delivery'],
  kinds: ITEM_KIND_EN,
  conditions: ITEM_CONDITION_EN,
  flagged: (condition, since, note) => `(already reported ${condition} on ${since}${note === '' ? '' : `: ${note}`})`,
  notChecked: 'not checked',
  beforeCheck: 'The condition of each item is recorded at delivery, with both parties present, and checked in the same way at pick-up.',
  checkedOn: (date) => `Condition recorded at delivery on ${date}.`,
  conditionsHeading: 'Terms',
  transport: 'Transport',
  setup: 'Setting up',
  toAgree: 'To be agreed between the parties.',
  insurance: 'Insurance value',
  insuranceUnknown: 'not given',
  dutiesHeading: "The borrower's commitments",
  duties: (pickup) => [
    'The borrower takes care of the items lent for the whole loan: sets them up and keeps them in a safe place, away from damp, heat and vandalism.',
    'The borrower makes no change to the items (no writing, sticking or cutting) and does not lend them to anyone else.',
    'The borrower tells the lender at once of any damage, loss or theft, even partial.',
    `The borrower returns the complete exhibition, in its crates, on the pick-up day: ${pickup}.`,
  ],
  madeAt: 'Made in Liège in two copies, each party acknowledging receipt of its own.',
  forLender: 'For the lender',
  forBorrower: 'For the borrower',
  lenderParty: (owner, city) => `${owner}, with the ${city}`,
  nameAndRole: 'Name and position:',
  date: 'Date:',
  signature: 'Signature:',
  dateText: formatDateEn,
  slotDay: (start) => formatSlotEn(start, start).replace(/–.*$/, ''),
  euros: formatEurosEn,
};

export const AGREEMENT_WORDS: Record<DocumentLanguage, AgreementWords> = { fr: AGREEMENT_FR, en: AGREEMENT_EN };

export interface ScheduleWords {
  title: (exhibition: string, schoolYear: string) => string;
  kicker: (schoolYear: string) => string;
  ownerLine: (owner: string, items: number) => string;
  none: (schoolYear: string) => string;
  buffer: (days: number) => string;
  totals: (loans: number, daysOut: number, daysShown: number) => string;
  daysOutMeaning: string;
  head: [string, string, string, string, string];
  days: (count: number) => string;
  statuses: Record<LoanStatus, string>;
  leftOut: (count: number) => string;
  shortDate: (date: string) => string;
}

const plural = (count: number, singular: string, pluralForm = `${singular}s`): string => `${count} ${count > 1 ? pluralForm : singular}`;
const pluralEn = (count: number, singular: string, pluralForm = `${singular}s`): string => `${count} ${count === 1 ? singular : pluralForm}`;

export const SCHEDULE_WORDS: Record<DocumentLanguage, ScheduleWords> = {
  fr: {
    title: (exhibition, schoolYear) => `Calendrier des prêts — ${exhibition} — ${schoolYear}`,
    kicker: (schoolYear) => `CALENDRIER DES PRÊTS · ANNÉE SCOLAIRE ${schoolYear}`,
    ownerLine: (owner, items) => `Propriétaire : ${owner} · ${plural(items, 'élément')}`,
    none: (schoolYear) => `Aucun prêt de cette exposition n'est enregistré pour l'année scolaire ${schoolYear}.`,
    buffer: (days) => {
      if (days === 0) return "Aucun jour de battement n'est imposé entre deux prêts.";
      return days === 1
        ? 'Entre deux prêts, 1 jour de battement reste libre pour le transport et les contrôles.'
        : `Entre deux prêts, ${days} jours de battement restent libres pour le transport et les contrôles.`;
    },
    totals: (loans, daysOut, daysShown) => `${plural(loans, 'prêt')} · ${plural(daysOut, 'jour')} hors dépôt · ${plural(daysShown, 'jour')} d'exposition`,
    daysOutMeaning: 'Jours hors dépôt : de la livraison à la reprise, comprises.',
    head: ['Livraison', 'Exposition', 'Reprise', 'Emprunteur', 'Statut'],
    days: (count) => plural(count, 'jour'),
    statuses: LOAN_STATUS_FR,
    leftOut: (count) =>
      `${plural(count, 'demande refusée ou annulée', 'demandes refusées ou annulées')} ne ${count > 1 ? 'figurent' : 'figure'} pas dans ce calendrier.`,
    shortDate: formatShortDateFr,
  },
  en: {
    title: (exhibition, schoolYear) => `Loan schedule — ${exhibition} — ${schoolYear}`,
    kicker: (schoolYear) => `LOAN SCHEDULE · SCHOOL YEAR ${schoolYear}`,
    ownerLine: (owner, items) => `Owner: ${owner} · ${pluralEn(items, 'item')}`,
    none: (schoolYear) => `No loan of this exhibition is recorded for the school year ${schoolYear}.`,
    buffer: (days) => {
      if (days === 0) return 'No buffer day is required between two loans.';
      return days === 1
        ? 'Between two loans, 1 buffer day is kept free for transport and checks.'
        : `Between two loans, ${days} buffer days are kept free for transport and checks.`;
    },
    totals: (loans, daysOut, daysShown) => `${pluralEn(loans, 'loan')} · ${pluralEn(daysOut, 'day')} out of storage · ${pluralEn(daysShown, 'day')} on show`,
    daysOutMeaning: 'Days out of storage: from delivery to pick-up, both included.',
    head: ['Delivery', 'On show', 'Pick-up', 'Borrower', 'Status'],
    days: (count) => pluralEn(count, 'day'),
    statuses: LOAN_STATUS_EN,
    leftOut: (count) => `${pluralEn(count, 'refused or cancelled request')} ${count === 1 ? 'is' : 'are'} not in this schedule.`,
    shortDate: formatShortDateEn,
  },
};
