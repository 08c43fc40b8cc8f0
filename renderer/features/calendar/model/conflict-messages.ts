import type { TFunction } from 'i18next';
import type { ApiError, ConflictDetail, DateSpan } from '../../../../shared/api/result';
import type { Language } from '../../../i18n/language';
import { translateApiError } from '../../../i18n/translate-error';
import { formatDay } from './format-day';
import { shortTime } from './local-datetime';

/** The kinds of conflict the calendar words itself; others (e.g. an exhibition loan) get a general sentence. */
export const CONFLICT_KINDS: readonly string[] = ['class', 'facilitator', 'location'];

/**
 * "La classe 5e primaire A participe déjà à « Atelier … — École … » le mardi 3 décembre de 9:00 à 10:40."
 * One sentence per conflict; the year is named only when it is not `referenceYear`.
 */
export function conflictSentence(t: TFunction, conflict: ConflictDetail, language: Language, referenceYear?: number): string {
  const subject = conflict.subject?.trim() ?? '';
  let key = CONFLICT_KINDS.includes(conflict.kind) ? conflict.kind : 'other';
  if (key === 'facilitator' && subject === '') key = 'facilitatorUnnamed';
  if (key === 'class' && subject === '') key = 'other';
  return t(`calendar:conflicts.${key}`, {
    subject,
    other: conflict.otherLabel,
    day: formatDay(conflict.start, language, referenceYear),
    start: shortTime(conflict.start),
    end: conflict.end.slice(0, 10) === conflict.start.slice(0, 10) ? shortTime(conflict.end) : `${formatDay(conflict.end, language, referenceYear)} ${shortTime(conflict.end)}`,
  });
}

/** A proposed free slot: "jeudi 3 décembre, 10:45–12:25". */
export function slotText(t: TFunction, slot: DateSpan, language: Language, referenceYear?: number): string {
  return t('calendar:conflicts.alternative', { day: formatDay(slot.start, language, referenceYear), start: shortTime(slot.start), end: shortTime(slot.end) });
}

/** Why a save or a move was refused, as sentences: each conflict and the nearest free slots, or the translated error. */
export function refusalSentences(t: TFunction, error: ApiError, language: Language, referenceYear?: number): string[] {
  if (error.code === 'CONFLICT' && error.conflicts && error.conflicts.length > 0) {
    const sentences = error.conflicts.map((conflict) => conflictSentence(t, conflict, language, referenceYear));
    const slots = (error.alternatives ?? []).map((slot) => slotText(t, slot, language, referenceYear));
    return slots.length > 0 ? [...sentences, t('calendar:conflicts.alternativesLine', { slots: slots.join(' ; ') })] : sentences;
  }
  return [translateApiError(t, error)];
}

export function isScheduleConflict(error: ApiError): boolean {
  return error.code === 'CONFLICT' && (error.conflicts?.length ?? 0) > 0;
}
