import type { EventStatus, EventTheme, EventType } from '../../shared/domain/calendar/events';
import type { ExhibitionLanguage, ItemCondition, ItemKind } from '../../shared/domain/loans/exhibitions';
import type { LoanStatus } from '../../shared/domain/loans/loans';
import type { Dimension } from '../../shared/domain/questionnaires/templates';

/**
 * English labels for documents made on the Node side, for a user whose interface is in English (the French
 * twins are in labels-fr.ts). The words match the English interface's (renderer/features/<d>/i18n/en.json).
 */
export const EVENT_TYPE_EN: Record<EventType, string> = {
  workshop: 'Workshop',
  training: 'Training course',
  film_screening: 'Film screening',
  theatre: 'Theatre show',
  exhibition_visit: 'Exhibition visit',
  guided_visit: 'Guided visit',
  remembrance: 'Remembrance activity',
  other: 'Other activity',
};

export const EVENT_STATUS_EN: Record<EventStatus, string> = {
  planned: 'Planned',
  confirmed: 'Confirmed',
  held: 'Held',
  cancelled: 'Cancelled',
};

export const EVENT_THEME_EN: Record<EventTheme, string> = {
  discrimination: 'Discrimination',
  migration: 'Migration',
  living_together: 'Living together',
  remembrance: 'Remembrance',
  citizenship: 'Citizenship',
  interculturality: 'Interculturality',
  other: 'Other',
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function weekdayOf(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] as string;
}

/** "Monday 12 January 2026" from a calendar date "YYYY-MM-DD". */
export function formatDateEn(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${weekdayOf(date)} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** "Tuesday 3 December 2026, 9:00–10:40" from local "YYYY-MM-DDTHH:mm" times, without time zone arithmetic. */
export function formatSlotEn(start: string, end: string): string {
  const time = (value: string): string => value.slice(11, 16).replace(/^0/, '');
  const date = formatDateEn(start);
  return start.slice(0, 10) === end.slice(0, 10)
    ? `${date}, ${time(start)}–${time(end)}`
    : `${date}, ${time(start)} – ${end.slice(0, 10).split('-').reverse().join('/')} ${time(end)}`;
}

/** "Mon 12/01/2026": a date that fits a table cell (day first, as in Belgium and Britain). */
export function formatShortDateEn(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-') as [string, string, string];
  return `${weekdayOf(date).slice(0, 3)} ${day}/${month}/${year}`;
}

/** "€12,500.00". */
export function formatEurosEn(amount: number): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 }).format(amount);
}

export const LOAN_STATUS_EN: Record<LoanStatus, string> = {
  waiting: 'waiting',
  requested: 'requested',
  approved: 'approved',
  delivered: 'delivered',
  returned: 'returned',
  refused: 'refused',
  cancelled: 'cancelled',
};

export const ITEM_KIND_EN: Record<ItemKind, string> = {
  panel: 'panel',
  rollup: 'roll-up',
  crate: 'crate',
  stop: 'stop',
  other: 'other',
};

export const ITEM_CONDITION_EN: Record<ItemCondition, string> = {
  good: 'good condition',
  damaged: 'damaged',
  missing: 'missing',
};

export const EXHIBITION_LANGUAGE_EN: Record<ExhibitionLanguage, string> = {
  fr: 'French',
  nl: 'Dutch',
  de: 'German',
  en: 'English',
};

export const DIMENSION_EN: Record<Dimension, string> = {
  stereotypes: 'Stereotypes',
  migration_knowledge: 'Knowledge of migration',
  empathy: 'Empathy',
  satisfaction: 'Satisfaction',
  observed_change: 'Observed change',
  comments: 'Comments',
  other: 'Other',
};
