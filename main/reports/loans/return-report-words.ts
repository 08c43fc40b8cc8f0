// The printed words of the return report (issue 17), one record per language. Names, labels and notes are
// printed as typed, in any script.
import type { ItemCondition } from '../../../shared/domain/loans/exhibitions';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import { formatDateEn, ITEM_CONDITION_EN } from '../../exports/labels-en';
import { formatDateFr, ITEM_CONDITION_FR } from '../../exports/labels-fr';

export interface ReturnReportWords {
  title: (exhibition: string, borrower: string) => string;
  kicker: (loanId: number, schoolYear: string) => string;
  heading: string;
  quoted: (title: string) => string;
  intro: (borrower: string) => string;
  borrower: string;
  address: string;
  contact: string;
  delivered: string;
  returned: string;
  checkedBy: (date: string, name: string) => string;
  summaryHeading: string;
  summary: (counts: { items: number; good: number; damaged: number; missing: number; changed: number }) => string;
  changesHeading: string;
  noChange: string;
  changesHead: [string, string, string, string, string];
  repairHeading: string;
  nothingToRepair: string;
  repairHead: [string, string, string, string];
  action: Record<Exclude<ItemCondition, 'good'>, string>;
  allItemsHeading: string;
  allItemsHead: [string, string, string, string];
  notChecked: string;
  notesHeading: string;
  deliveryNotes: string;
  returnNotes: string;
  closing: string;
  conditions: Record<ItemCondition, string>;
  dateText: (date: string) => string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const RETURN_FR: ReturnReportWords = {
  title: (exhibition, borrower) => `État au retour — ${exhibition} — ${borrower}`,
  kicker: (loanId, schoolYear) => `PRÊT N° ${loanId} · EXPOSITION ITINÉRANTE · ANNÉE SCOLAIRE ${schoolYear}`,
  heading: 'État au retour',
  quoted: (title) => `« ${title} »`,
  intro: (borrower) =>
    `Ce document compare l'état de chaque élément de l'exposition au départ vers ${borrower} et à son retour, tel que constaté lors des deux contrôles.`,
  borrower: 'Emprunteur',
  address: 'Adresse',
  contact: 'Personne de contact',
  delivered: 'Livrée le',
  returned: 'Revenue le',
  checkedBy: (date, name) => (name === '' ? date : `${date} (contrôle : ${name})`),
  summaryHeading: 'En bref',
  summary: ({ items, good, damaged, missing, changed }) =>
    `${plural(items, 'élément contrôlé', 'éléments contrôlés')} au retour : ${good} en bon état, ${plural(damaged, 'endommagé', 'endommagés')}, ${plural(missing, 'manquant', 'manquants')}. ` +
    (changed === 0 ? "Rien n'a changé depuis la livraison." : `${plural(changed, 'élément a changé', 'éléments ont changé')} depuis la livraison.`),
  changesHeading: 'Ce qui a changé depuis la livraison',
  noChange: "Aucun changement : chaque élément est revenu dans l'état où il est parti.",
  changesHead: ['N°', 'Élément', 'Au départ', 'Au retour', 'Remarque'],
  repairHeading: 'À réparer ou à remplacer',
  nothingToRepair: 'Rien à réparer : tous les éléments sont revenus en bon état.',
  repairHead: ['N°', 'Élément', 'À faire', 'Remarque'],
  action: { damaged: 'à réparer', missing: 'à retrouver ou à remplacer' },
  allItemsHeading: 'État de chaque élément',
  allItemsHead: ['N°', 'Élément', 'Au départ', 'Au retour'],
  notChecked: 'non contrôlé',
  notesHeading: 'Remarques des contrôles',
  deliveryNotes: 'À la livraison',
  returnNotes: 'Au retour',
  closing:
    "Pour toute question sur ce constat, contactez l'Échevinat de l'Instruction publique et de l'Interculturalité de la Ville de Liège.",
  conditions: ITEM_CONDITION_FR,
  dateText: formatDateFr,
};

const RETURN_EN: ReturnReportWords = {
  title: (exhibition, borrower) => `Return report — ${exhibition} — ${borrower}`,
  kicker: (loanId, schoolYear) => `LOAN NO. ${loanId} · TRAVELLING EXHIBITION · SCHOOL YEAR ${schoolYear}`,
  heading: 'Return report',
  quoted: (title) => `“${title}”`,
  intro: (borrower) =>
    `This document compares the condition of each item of the exhibition when it left for ${borrower} and when it came back, as found at the two checks.`,
  borrower: 'Borrower',
  address: 'Address',
  contact: 'Contact person',
  delivered: 'Delivered on',
  returned: 'Returned on',
  checkedBy: (date, name) => (name === '' ? date : `${date} (checked by ${name})`),
  summaryHeading: 'In short',
  summary: ({ items, good, damaged, missing, changed }) =>
    `${plural(items, 'item', 'items')} checked at return: ${good} in good condition, ${damaged} damaged, ${missing} missing. ` +
    (changed === 0 ? 'Nothing changed since delivery.' : `${plural(changed, 'item has', 'items have')} changed since delivery.`),
  changesHeading: 'What changed since delivery',
  noChange: 'No change: every item came back in the condition it left in.',
  changesHead: ['No.', 'Item', 'At delivery', 'At return', 'Note'],
  repairHeading: 'To repair or replace',
  nothingToRepair: 'Nothing to repair: every item came back in good condition.',
  repairHead: ['No.', 'Item', 'To do', 'Note'],
  action: { damaged: 'to repair', missing: 'to find or replace' },
  allItemsHeading: 'Condition of each item',
  allItemsHead: ['No.', 'Item', 'At delivery', 'At return'],
  notChecked: 'not checked',
  notesHeading: 'Notes of the checks',
  deliveryNotes: 'At delivery',
  returnNotes: 'At return',
  closing: 'For any question about this report, contact the Department of Public Education and Interculturality of the City of Liège.',
  conditions: ITEM_CONDITION_EN,
  dateText: formatDateEn,
};

export const RETURN_REPORT_WORDS: Record<DocumentLanguage, ReturnReportWords> = { fr: RETURN_FR, en: RETURN_EN };
