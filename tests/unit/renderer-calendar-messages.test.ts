import { beforeAll, describe, expect, it } from 'vitest';
import { translators } from '../helpers/translators';
import type { TFunction } from 'i18next';
import calendarFr from '../../renderer/features/calendar/i18n/fr.json';
import calendarEn from '../../renderer/features/calendar/i18n/en.json';
import type { ApiError, ConflictDetail } from '../../shared/api/result';
import type { SchoolEvent } from '../../shared/domain/calendar/events';
import { translateApiError } from '../../renderer/i18n/translate-error';
import { conflictSentence, isScheduleConflict, refusalSentences } from '../../renderer/features/calendar/model/conflict-messages';
import { eventSummary, eventWhen, timeRange } from '../../renderer/features/calendar/model/event-text';

let tFr: TFunction;
let tEn: TFunction;

beforeAll(async () => {
  ({ tFr, tEn } = await translators({ calendar: { fr: calendarFr, en: calendarEn } }));
});

const classClash: ConflictDetail = {
  kind: 'class',
  otherId: 1,
  otherLabel: 'Atelier « Préjugés » — École communale de Droixhe',
  start: '2026-12-03T09:00',
  end: '2026-12-03T10:40',
  subject: '5e primaire A',
};

describe('conflict sentences', () => {
  it('says which class is taken, by which event, on which day and at what time', () => {
    expect(conflictSentence(tFr, classClash, 'fr', 2026)).toBe(
      'La classe 5e primaire A participe déjà à « Atelier « Préjugés » — École communale de Droixhe » le jeudi 3 décembre de 9:00 à 10:40.',
    );
    expect(conflictSentence(tEn, classClash, 'en', 2026)).toBe(
      'Class 5e primaire A already takes part in “Atelier « Préjugés » — École communale de Droixhe” on Thursday 3 December from 9:00 to 10:40.',
    );
    expect(conflictSentence(tFr, classClash, 'fr', 2025)).toContain('le jeudi 3 décembre 2026 de 9:00 à 10:40.');
  });

  it('has a sentence for the facilitator (named or not), the place, and any other kind', () => {
    const other = { ...classClash, otherLabel: 'Ciné-débat — Athénée' };
    expect(conflictSentence(tFr, { ...other, kind: 'facilitator', subject: 'Samira Intervenante' }, 'fr', 2026)).toBe(
      'Samira Intervenante intervient déjà dans « Ciné-débat — Athénée » le jeudi 3 décembre de 9:00 à 10:40.',
    );
    expect(conflictSentence(tFr, { ...other, kind: 'facilitator', subject: '' }, 'fr', 2026)).toMatch(/^L'intervenant·e intervient déjà dans/);
    expect(conflictSentence(tFr, { ...other, kind: 'location', subject: 'Cité Miroir' }, 'fr', 2026)).toBe(
      'Le lieu « Cité Miroir » est déjà occupé par « Ciné-débat — Athénée » le jeudi 3 décembre de 9:00 à 10:40.',
    );
    expect(conflictSentence(tFr, { ...other, kind: 'exhibition', subject: 'Panneaux' }, 'fr', 2026)).toBe(
      '« Ciné-débat — Athénée » occupe déjà ce créneau le jeudi 3 décembre de 9:00 à 10:40.',
    );
  });

  it('names both days when the other event runs past midnight', () => {
    expect(conflictSentence(tFr, { ...classClash, end: '2026-12-04T01:00' }, 'fr', 2026)).toContain('de 9:00 à vendredi 4 décembre 1:00.');
  });

  it('explains a refusal: each conflict, or the translated error otherwise', () => {
    const conflict: ApiError = { code: 'CONFLICT', message: '', reason: 'scheduleConflict', conflicts: [classClash, { ...classClash, kind: 'location', subject: 'Salle' }] };
    expect(isScheduleConflict(conflict)).toBe(true);
    expect(refusalSentences(tFr, conflict, 'fr', 2026)).toHaveLength(2);
    const invalid: ApiError = { code: 'VALIDATION', message: '', fields: [{ path: 'end', issue: 'end_before_start' }] };
    expect(isScheduleConflict(invalid)).toBe(false);
    expect(refusalSentences(tFr, invalid, 'fr')).toEqual([translateApiError(tFr, invalid)]);
  });
});

describe('event texts', () => {
  const event = {
    type: 'workshop',
    title: 'Atelier « Préjugés »',
    status: 'planned',
    start: '2026-12-03T09:00',
    end: '2026-12-03T10:40',
    schoolName: 'École communale de Droixhe',
  } as SchoolEvent;

  it('writes when an event happens', () => {
    expect(timeRange(event.start, event.end, 'fr')).toBe('9:00–10:40');
    expect(eventWhen(event, 'fr')).toBe('jeudi 3 décembre 2026, 9:00–10:40');
    expect(eventWhen(event, 'en')).toBe('Thursday, 3 December 2026, 9:00–10:40');
    expect(eventWhen({ start: '2026-12-03T22:00', end: '2026-12-04T01:00' }, 'fr')).toBe('jeudi 3 décembre 2026 22:00 – vendredi 4 décembre 2026 1:00');
  });

  it('sums an event up for screen readers: type, title, status, when, school', () => {
    expect(eventSummary(tFr, { ...event, title: 'Préjugés' }, 'fr')).toBe(
      'Atelier : Préjugés — Planifiée — jeudi 3 décembre 2026, 9:00–10:40 — École communale de Droixhe',
    );
    // A title that starts with its type says it once (issue 21), not « Atelier : Atelier « Préjugés » ».
    expect(eventSummary(tFr, event, 'fr')).toBe('Atelier « Préjugés » — Planifiée — jeudi 3 décembre 2026, 9:00–10:40 — École communale de Droixhe');
    expect(eventSummary(tFr, { ...event, type: 'training', title: 'formation des enseignants' }, 'fr')).toMatch(/^formation des enseignants — /);
    expect(eventSummary(tEn, { ...event, status: 'cancelled' }, 'en')).toBe(
      'Workshop: Atelier « Préjugés » — Cancelled — Thursday, 3 December 2026, 9:00–10:40 — École communale de Droixhe',
    );
  });

  it('words the attendance warning with its numbers', () => {
    expect(tFr('calendar:warnings.pupilsAboveClassSize', { present: 25, capacity: 20 })).toBe('25 élèves présents pour 20 inscrits dans les classes choisies.');
  });
});
