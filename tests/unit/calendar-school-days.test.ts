import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { translators } from '../helpers/translators';
import calendarFr from '../../renderer/features/calendar/i18n/fr.json';
import calendarEn from '../../renderer/features/calendar/i18n/en.json';
import { daysOfActivity, nonSchoolDays, type Closure } from '../../shared/domain/calendar/non-school-days';
import { nearestFreeSlots, type TimeSlot } from '../../shared/domain/calendar/free-slots';
import { daysToConfirm, nonSchoolDayText, nonSchoolDaysOfError } from '../../renderer/features/calendar/model/school-days';
import { refusalSentences } from '../../renderer/features/calendar/model/conflict-messages';

/** Issue 14: the rules the form, the drag and the server share about days without school and free slots. */

const closures: Closure[] = [
  { kind: 'school_break', label: "Vacances d'hiver", startDate: '2026-12-21', endDate: '2027-01-03' },
  { kind: 'public_holiday', label: 'Noël', startDate: '2026-12-25', endDate: '2026-12-25' },
];

let tFr: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  ({ tFr, tEn } = await translators({ calendar: { fr: calendarFr, en: calendarEn } }));
});

describe('days without school', () => {
  it('finds weekends, breaks and public holidays, the holiday naming its day', () => {
    expect(nonSchoolDays({ start: '2026-12-18T09:00', end: '2026-12-18T10:00' }, closures)).toEqual([]);
    expect(nonSchoolDays({ start: '2026-12-19T09:00', end: '2026-12-19T10:00' }, closures)).toEqual([{ date: '2026-12-19', kind: 'weekend', label: '' }]);
    expect(nonSchoolDays({ start: '2026-12-24T09:00', end: '2026-12-25T10:00' }, closures)).toEqual([
      { date: '2026-12-24', kind: 'school_break', label: "Vacances d'hiver" },
      { date: '2026-12-25', kind: 'public_holiday', label: 'Noël' },
    ]);
  });

  it('counts the days an activity touches, an end at midnight touching none', () => {
    expect(daysOfActivity('2026-12-18T20:00', '2026-12-19T00:00')).toEqual(['2026-12-18']);
    expect(daysOfActivity('2026-12-18T20:00', '2026-12-19T00:15')).toEqual(['2026-12-18', '2026-12-19']);
  });

  it('asks only about new days, as the server does', () => {
    const saturday = { start: '2026-12-19T09:00', end: '2026-12-19T12:00' };
    expect(daysToConfirm(saturday, closures, null)).toHaveLength(1);
    expect(daysToConfirm({ ...saturday, start: '2026-12-19T10:00' }, closures, saturday)).toEqual([]);
    expect(daysToConfirm({ start: '2026-12-20T09:00', end: '2026-12-20T12:00' }, closures, saturday)).toHaveLength(1);
    expect(daysToConfirm({ start: '2026-12-19T', end: '' }, closures, null)).toEqual([]);
  });

  it("reads the server's question back as days, and words them", () => {
    const days = nonSchoolDaysOfError({
      code: 'VALIDATION',
      message: 'invalid input',
      fields: [{ path: 'start', issue: 'in_school_break', params: { date: '2026-12-22', label: "Vacances d'hiver" } }],
    });
    expect(days).toEqual([{ date: '2026-12-22', kind: 'school_break', label: "Vacances d'hiver" }]);
    expect(nonSchoolDayText(tFr, days[0]!, 'fr')).toBe("mardi 22 décembre 2026 : congés scolaires (Vacances d'hiver)");
    expect(nonSchoolDayText(tEn, { date: '2026-12-19', kind: 'weekend', label: '' }, 'en')).toBe('Saturday, 19 December 2026: weekend');
    expect(nonSchoolDaysOfError({ code: 'VALIDATION', message: 'x', fields: [{ path: 'end', issue: 'end_before_start' }] })).toEqual([]);
  });
});

describe('nearest free slots', () => {
  const schoolDay = (date: string) => nonSchoolDays({ start: `${date}T09:00`, end: `${date}T10:00` }, closures).length === 0;
  const busy: TimeSlot[] = [{ start: '2026-12-16T08:00', end: '2026-12-16T12:00' }];
  const isFree = (slot: TimeSlot) => !busy.some((other) => other.start < slot.end && slot.start < other.end);

  it('keeps the length, the same week first, one per day, the nearest time of day', () => {
    expect(nearestFreeSlots({ start: '2026-12-16T09:00', end: '2026-12-16T10:40' }, isFree, { schoolDay })).toEqual([
      { start: '2026-12-16T12:00', end: '2026-12-16T13:40' },
      { start: '2026-12-15T09:00', end: '2026-12-15T10:40' },
      { start: '2026-12-17T09:00', end: '2026-12-17T10:40' },
    ]);
  });

  it('skips the break and weekends, and never goes before today', () => {
    const wanted = { start: '2026-12-18T09:00', end: '2026-12-18T10:00' };
    const taken = (slot: TimeSlot) => slot.start.slice(0, 10) !== '2026-12-18' && slot.start.slice(0, 10) >= '2027-01-04';
    expect(nearestFreeSlots(wanted, taken, { schoolDay }).map((slot) => slot.start)).toEqual(['2027-01-04T09:00', '2027-01-05T09:00', '2027-01-06T09:00']);
    expect(nearestFreeSlots(wanted, () => true, { schoolDay, notBefore: '2026-12-18' }).map((slot) => slot.start)).toEqual([
      '2026-12-18T08:45',
      '2027-01-04T09:00',
      '2027-01-05T09:00',
    ]);
  });

  it('proposes nothing longer than a school day, nor outside school hours', () => {
    expect(nearestFreeSlots({ start: '2026-12-16T08:00', end: '2026-12-16T17:15' }, () => true, { schoolDay })).toEqual([]);
    for (const slot of nearestFreeSlots({ start: '2026-12-15T18:00', end: '2026-12-15T20:00' }, () => true, { schoolDay })) {
      expect(slot.start.slice(11) >= '08:00' && slot.end.slice(11) <= '17:00').toBe(true);
    }
  });
});

describe('a refused drag', () => {
  it('names the nearest free slots after the conflicts', () => {
    const lines = refusalSentences(
      tFr,
      {
        code: 'CONFLICT',
        message: 'schedule conflict',
        reason: 'scheduleConflict',
        conflicts: [{ kind: 'class', otherId: 1, otherLabel: 'Atelier', start: '2026-12-03T09:00', end: '2026-12-03T10:40', subject: '5e A' }],
        alternatives: [{ start: '2026-12-03T10:45', end: '2026-12-03T12:25' }, { start: '2026-12-04T09:30', end: '2026-12-04T11:10' }],
      },
      'fr',
      2026,
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('Libre au plus près : jeudi 3 décembre, 10:45–12:25 ; vendredi 4 décembre, 9:30–11:10.');
  });
});
