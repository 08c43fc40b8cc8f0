import type { EventStatus, EventTheme, EventType } from '../../shared/domain/calendar/events';
import type { ExhibitionLanguage, ItemCondition, ItemKind } from '../../shared/domain/loans/exhibitions';
import type { LoanStatus } from '../../shared/domain/loans/loans';
import type { AnswerType, Dimension, ItemPhase } from '../../shared/domain/questionnaires/templates';

/**
 * French labels for documents made on the Node side (ICS, PDF). A PDF is written in the language of the
 * interface that asked for it: English twins are in labels-en.ts. The renderer has its own translations.
 */
export const EVENT_TYPE_FR: Record<EventType, string> = {
  workshop: 'Atelier',
  training: 'Formation',
  film_screening: 'Projection de film',
  theatre: 'Spectacle de théâtre',
  exhibition_visit: "Visite d'exposition",
  guided_visit: 'Visite guidée',
  remembrance: 'Activité de mémoire',
  other: 'Autre activité',
};

export const EVENT_STATUS_FR: Record<EventStatus, string> = {
  planned: 'Planifiée',
  confirmed: 'Confirmée',
  held: 'Réalisée',
  cancelled: 'Annulée',
};

export const EVENT_THEME_FR: Record<EventTheme, string> = {
  discrimination: 'Discriminations',
  migration: 'Migrations',
  living_together: 'Vivre-ensemble',
  remembrance: 'Mémoire',
  citizenship: 'Citoyenneté',
  interculturality: 'Interculturalité',
  other: 'Autre',
};

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** "mardi 3 décembre 2026, 9:00–10:40" from local "YYYY-MM-DDTHH:mm" times, without time zone arithmetic. */
export function formatSlotFr(start: string, end: string): string {
  const [year, month, day] = start.slice(0, 10).split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const time = (value: string): string => value.slice(11, 16).replace(/^0/, '');
  const sameDay = start.slice(0, 10) === end.slice(0, 10);
  const date = `${weekday} ${day} ${MONTHS[month - 1]} ${year}`;
  return sameDay ? `${date}, ${time(start)}–${time(end)}` : `${date}, ${time(start)} – ${end.slice(0, 10).split('-').reverse().join('/')} ${time(end)}`;
}

// Exhibition loans (issue 4): the loan agreement and the exhibition's loan schedule.

export const LOAN_STATUS_FR: Record<LoanStatus, string> = {
  waiting: 'en attente',
  requested: 'demandé',
  approved: 'approuvé',
  delivered: 'livré',
  returned: 'rendu',
  refused: 'refusé',
  cancelled: 'annulé',
};

export const ITEM_KIND_FR: Record<ItemKind, string> = {
  panel: 'panneau',
  rollup: 'roll-up',
  crate: 'caisse',
  stop: 'étape',
  other: 'autre',
};

export const ITEM_CONDITION_FR: Record<ItemCondition, string> = {
  good: 'bon état',
  damaged: 'endommagé',
  missing: 'manquant',
};

export const EXHIBITION_LANGUAGE_FR: Record<ExhibitionLanguage, string> = {
  fr: 'français',
  nl: 'néerlandais',
  de: 'allemand',
  en: 'anglais',
};

/** "lundi 12 janvier 2026", "lundi 1er septembre 2025" from a calendar date "YYYY-MM-DD". */
export function formatDateFr(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday} ${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}

/** "lun. 12/01/2026": a date that fits a table cell. */
export function formatShortDateFr(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-') as [string, string, string];
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay()]!;
  return `${weekday.slice(0, 3)}. ${day}/${month}/${year}`;
}

/** "12 500,00 €" (with no-break spaces; `pdfText` makes them plain for jsPDF). */
export function formatEurosFr(amount: number): string {
  return new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 }).format(amount);
}

// Questionnaires (issue 5): the answers' codebook and exports.

export const DIMENSION_FR: Record<Dimension, string> = {
  stereotypes: 'Stéréotypes',
  migration_knowledge: 'Connaissances sur la migration',
  empathy: 'Empathie',
  satisfaction: 'Satisfaction',
  observed_change: 'Changement observé',
  comments: 'Commentaires',
  other: 'Autre',
};

export const ANSWER_TYPE_FR: Record<AnswerType, string> = {
  likert4: 'Échelle en 4 points',
  likert5: 'Échelle en 5 points',
  yes_no: 'Oui / non',
  scale_0_10: 'Note de 0 à 10',
  single_choice: 'Choix unique',
  free_text: 'Texte libre',
};

/** When an item is asked; an administration's phase is one of the first two. */
export const ITEM_PHASE_FR: Record<ItemPhase, string> = {
  before: 'avant',
  after: 'après',
  both: 'avant et après',
};
