import { schoolDayTest } from '../../shared/domain/calendar/school-days';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../shared/domain/dates';
import type { LoanAvailability, LoanStatus, LoanSummary } from '../../shared/domain/loans/loans';
import { schoolYearStarting } from '../../shared/domain/school-year';
import {
  answerDates,
  buildGrid,
  choiceOf,
  choiceRange,
  datesIssue,
  defaultDates,
  gridRange,
  loanDraft,
  loanRuns,
  MAX_RANGE_DAYS,
  monthHeaders,
  moveInGrid,
  schoolBreakWeeks,
  schoolYearWeeks,
  weekDates,
  type AvailabilityExhibition,
} from '../../renderer/features/loans/availability/availability-model';
import {
  formatDateRange,
  formatDayMonth,
  formatLongMonth,
  formatShortMonth,
  formatWeekdayDate,
} from '../../renderer/dates/date-text';
import { localToday } from '../../renderer/dates/local-today';
import { exhibitionLocation, loanHref, loanLocation } from '../../renderer/features/loans/links';

const YEAR = schoolYearStarting(2025); // 25 August 2025 to 3 July 2026

function exhibition(changes: Partial<AvailabilityExhibition> = {}): AvailabilityExhibition {
  return { id: 1, title: 'Une brève histoire de l’immigration en Belgique', kind: 'loanable', bufferDays: 2, archived: false, ...changes };
}

let nextId = 100;
function loan(changes: Partial<LoanSummary> & { deliveryDate: string; pickupDate: string }): LoanSummary {
  nextId += 1;
  return {
    id: nextId,
    exhibitionId: 1,
    exhibitionTitle: 'Une brève histoire de l’immigration en Belgique',
    schoolId: 3,
    borrowerName: 'École communale de Droixhe',
    status: 'approved' as LoanStatus,
    schoolYear: '2025–2026',
    startDate: changes.deliveryDate,
    endDate: changes.pickupDate,
    ...changes,
  };
}

function availability(exhibitions: AvailabilityExhibition[], loans: LoanSummary[]): LoanAvailability {
  return { exhibitions, loans };
}

const plain = (text: string) => text.replace(/\s/g, ' ');

describe('the weeks of a school year', () => {
  it('runs from the week of the last Monday of August to the week of the first Friday of July', () => {
    const weeks = schoolYearWeeks(YEAR);
    expect(weeks[0]).toBe('2025-08-25');
    expect(weeks.at(-1)).toBe('2026-06-29');
    expect(weeks).toHaveLength(45);
    expect(weeks.every((week) => new Date(`${week}T12:00:00Z`).getUTCDay() === 1)).toBe(true);
  });

  it('groups the week columns under their month, by the month of their Monday', () => {
    const months = monthHeaders(schoolYearWeeks(YEAR));
    expect(months[0]).toEqual({ month: '2025-08', span: 1 });
    expect(months[1]).toEqual({ month: '2025-09', span: 5 });
    expect(months.at(-1)).toEqual({ month: '2026-06', span: 5 });
    expect(months.reduce((sum, month) => sum + month.span, 0)).toBe(45);
  });

  it('fetches a month around the year, within what the channel answers', () => {
    const range = gridRange(YEAR);
    expect(range).toEqual({ from: '2025-07-25', to: '2026-08-03' });
    expect(daysBetween(range.from, range.to)).toBeLessThanOrEqual(MAX_RANGE_DAYS);
  });
});

describe('the availability grid', () => {
  const today = '2026-01-07'; // a Wednesday

  it('marks the weeks a loan holds, and the buffer weeks around it', () => {
    // Delivered Monday 12 January, picked up Friday 23 January; 4 buffer days reach into the weeks around.
    const held = loan({ deliveryDate: '2026-01-12', pickupDate: '2026-01-23' });
    const grid = buildGrid(availability([exhibition({ bufferDays: 4 })], [held]), YEAR, today);
    const cells = new Map(grid.rows[0]!.cells.map((cell) => [cell.week, cell]));
    expect(cells.get('2026-01-05')!.tone).toBe('buffer');
    expect(cells.get('2026-01-12')).toMatchObject({ tone: 'loan', loans: [held] });
    expect(cells.get('2026-01-19')).toMatchObject({ tone: 'loan', loans: [held] });
    expect(cells.get('2026-01-26')!.tone).toBe('buffer');
    expect(cells.get('2026-02-02')!.tone).toBe('free');
  });

  it('draws a week held only by requests as requested, and by any approved loan as a loan', () => {
    const request = loan({ deliveryDate: '2026-03-02', pickupDate: '2026-03-06', status: 'requested' });
    const approved = loan({ deliveryDate: '2026-03-09', pickupDate: '2026-03-10' });
    const other = loan({ deliveryDate: '2026-03-12', pickupDate: '2026-03-13', status: 'requested' });
    const grid = buildGrid(availability([exhibition({ bufferDays: 0 })], [request, approved, other]), YEAR, today);
    const cells = new Map(grid.rows[0]!.cells.map((cell) => [cell.week, cell]));
    expect(cells.get('2026-03-02')!.tone).toBe('requested');
    expect(cells.get('2026-03-09')).toMatchObject({ tone: 'loan', loans: [approved, other] });
  });

  it('ignores refused and cancelled loans', () => {
    const refused = loan({ deliveryDate: '2026-03-02', pickupDate: '2026-03-06', status: 'refused' });
    const cancelled = loan({ deliveryDate: '2026-03-09', pickupDate: '2026-03-13', status: 'cancelled' });
    const grid = buildGrid(availability([exhibition()], [refused, cancelled]), YEAR, today);
    expect(grid.rows[0]!.cells.every((cell) => cell.tone === 'free')).toBe(true);
  });

  it('keeps each exhibition to its own row, sorted by title, guided circuits apart', () => {
    const grid = buildGrid(
      availability(
        [
          exhibition({ id: 1, title: 'Une brève histoire' }),
          exhibition({ id: 2, title: 'Démocratie, Tolérance et Libertés', kind: 'guided_circuit' }),
          exhibition({ id: 3, title: 'Au-delà des préjugés' }),
        ],
        [loan({ exhibitionId: 3, deliveryDate: '2026-02-02', pickupDate: '2026-02-06' })],
      ),
      YEAR,
      today,
    );
    expect(grid.rows.map((row) => row.exhibition.id)).toEqual([3, 1]);
    expect(grid.rows[1]!.cells.every((cell) => cell.tone === 'free')).toBe(true);
    expect(grid.guidedCircuits.map((circuit) => circuit.id)).toEqual([2]);
  });

  it('shows an archived exhibition only when a loan holds it in the year', () => {
    const exhibitions = [exhibition({ id: 1, archived: true }), exhibition({ id: 2, title: 'Ancienne', archived: true })];
    const grid = buildGrid(availability(exhibitions, [loan({ exhibitionId: 1, deliveryDate: '2025-10-06', pickupDate: '2025-10-10' })]), YEAR, today);
    expect(grid.rows.map((row) => row.exhibition.id)).toEqual([1]);
  });

  it('knows this week, the past weeks, and which free weeks can still be chosen', () => {
    const grid = buildGrid(availability([exhibition()], []), YEAR, today);
    expect(grid.currentWeek).toBe('2026-01-05');
    const cells = new Map(grid.rows[0]!.cells.map((cell) => [cell.week, cell]));
    expect(cells.get('2025-12-29')).toMatchObject({ past: true, selectable: false });
    // This week has begun: its Monday has passed, so it cannot be delivered from Monday any more.
    expect(cells.get('2026-01-05')).toMatchObject({ past: false, selectable: false });
    expect(cells.get('2026-01-12')).toMatchObject({ past: false, selectable: true });
    expect(buildGrid(availability([exhibition()], []), schoolYearStarting(2026), today).currentWeek).toBeNull();
  });

  it('writes a loan’s borrower once over the weeks it covers', () => {
    const first = loan({ deliveryDate: '2026-01-12', pickupDate: '2026-01-23' });
    const second = loan({ deliveryDate: '2026-02-02', pickupDate: '2026-02-04', borrowerName: 'Athénée Léonie de Waha' });
    const grid = buildGrid(availability([exhibition({ bufferDays: 0 })], [first, second]), YEAR, today);
    const runs = loanRuns(grid.rows[0]!.cells);
    expect(runs.map((run) => ({ id: run.loan.id, week: grid.weeks[run.start], length: run.length }))).toEqual([
      { id: first.id, week: '2026-01-12', length: 2 },
      { id: second.id, week: '2026-02-02', length: 1 },
    ]);
  });
});

describe('school breaks in the grid', () => {
  it('names the weeks a school break mostly covers; public holidays and a break’s last days do not count', () => {
    const weeks = ['2025-12-15', '2025-12-22', '2025-12-29', '2026-01-05', '2026-01-12', '2026-11-09'];
    const breaks = schoolBreakWeeks(weeks, [
      { kind: 'school_break', label: 'Vacances d’hiver', startDate: '2025-12-22', endDate: '2026-01-06' },
      { kind: 'public_holiday', label: 'Armistice', startDate: '2026-11-11', endDate: '2026-11-11' },
    ]);
    expect([...breaks]).toEqual([
      ['2025-12-22', 'Vacances d’hiver'],
      ['2025-12-29', 'Vacances d’hiver'],
    ]);
  });
});

describe('moving in the grid with the keyboard', () => {
  const size = { rows: 3, columns: 45 };
  it('moves by one with the arrows and stops at the edges', () => {
    expect(moveInGrid({ row: 0, column: 0 }, 'ArrowRight', size)).toEqual({ row: 0, column: 1 });
    expect(moveInGrid({ row: 0, column: 0 }, 'ArrowLeft', size)).toEqual({ row: 0, column: 0 });
    expect(moveInGrid({ row: 2, column: 5 }, 'ArrowDown', size)).toEqual({ row: 2, column: 5 });
    expect(moveInGrid({ row: 2, column: 5 }, 'ArrowUp', size)).toEqual({ row: 1, column: 5 });
  });

  it('jumps to the row’s ends, the grid’s corners and by four weeks', () => {
    expect(moveInGrid({ row: 1, column: 9 }, 'Home', size)).toEqual({ row: 1, column: 0 });
    expect(moveInGrid({ row: 1, column: 9 }, 'End', size)).toEqual({ row: 1, column: 44 });
    expect(moveInGrid({ row: 1, column: 9 }, 'End', size, true)).toEqual({ row: 2, column: 44 });
    expect(moveInGrid({ row: 1, column: 9 }, 'Home', size, true)).toEqual({ row: 0, column: 0 });
    expect(moveInGrid({ row: 1, column: 9 }, 'PageDown', size)).toEqual({ row: 1, column: 13 });
    expect(moveInGrid({ row: 1, column: 2 }, 'PageUp', size)).toEqual({ row: 1, column: 0 });
    expect(moveInGrid({ row: 1, column: 2 }, 'a', size)).toBeNull();
  });
});

describe('choosing the dates first', () => {
  it('proposes next Monday to the Friday of the week after', () => {
    expect(defaultDates('2026-01-07')).toEqual({ deliveryDate: '2026-01-12', pickupDate: '2026-01-23' });
    // On a Monday, "next Monday" is a week later, never today.
    expect(defaultDates('2026-01-12')).toEqual({ deliveryDate: '2026-01-19', pickupDate: '2026-01-30' });
  });

  it('turns a week of the grid into Monday to Friday', () => {
    expect(weekDates('2026-02-02')).toEqual({ deliveryDate: '2026-02-02', pickupDate: '2026-02-06' });
  });

  it('says what is wrong with the dates', () => {
    expect(datesIssue({ deliveryDate: '', pickupDate: '2026-01-23' })).toBe('missingDelivery');
    expect(datesIssue({ deliveryDate: '2026-01-12', pickupDate: '' })).toBe('missingPickup');
    expect(datesIssue({ deliveryDate: '2026-01-12', pickupDate: '2026-01-09' })).toBe('pickupBeforeDelivery');
    expect(datesIssue({ deliveryDate: '2026-01-12', pickupDate: '2027-01-12' })).toBe('tooLong');
    expect(datesIssue({ deliveryDate: '2026-01-12', pickupDate: '2026-01-12' })).toBeNull();
  });

  it('fetches three months around the dates, less for long periods, never more than the channel answers', () => {
    expect(choiceRange({ deliveryDate: '2026-01-12', pickupDate: '2026-01-23' })).toEqual({ from: '2025-10-14', to: '2026-04-23' });
    const long = choiceRange({ deliveryDate: '2026-01-12', pickupDate: '2026-11-30' });
    expect(daysBetween(long.from, long.to)).toBeLessThanOrEqual(MAX_RANGE_DAYS);
    expect(long.from < '2026-01-12').toBe(true);
  });

  it('prefills the loan form: shown from delivery to pick-up', () => {
    expect(loanDraft(4, { deliveryDate: '2026-01-12', pickupDate: '2026-01-23' })).toEqual({
      exhibitionId: 4,
      deliveryDate: '2026-01-12',
      startDate: '2026-01-12',
      endDate: '2026-01-23',
      pickupDate: '2026-01-23',
    });
  });

  it('says which exhibition is free and what is in the way of the other, with the nearest free periods', () => {
    const choice = { deliveryDate: '2026-01-19', pickupDate: '2026-01-30' };
    const range = choiceRange(choice);
    const busy = loan({ exhibitionId: 1, deliveryDate: '2026-01-12', pickupDate: '2026-01-23' });
    const elsewhere = loan({ exhibitionId: 3, deliveryDate: '2026-02-16', pickupDate: '2026-02-20' });
    const answer = answerDates(
      availability(
        [
          exhibition({ id: 1, bufferDays: 2 }),
          exhibition({ id: 2, title: 'Démocratie, Tolérance et Libertés', kind: 'guided_circuit' }),
          exhibition({ id: 3, title: 'Au-delà des préjugés', bufferDays: 2 }),
          exhibition({ id: 4, title: 'Archivée', archived: true }),
        ],
        [busy, elsewhere],
      ),
      choice,
      range,
      '2026-01-07',
    );
    expect(answer.loanable.map((item) => [item.exhibition.id, item.free])).toEqual([
      [3, true],
      [1, false],
    ]);
    const blocked = answer.loanable[1]!;
    expect(blocked.inTheWay).toEqual([busy]);
    // The first free start after the loan and its two buffer days: Monday 26 January, for the same 11 days.
    expect(blocked.suggestions).toContainEqual({ start: '2026-01-26', end: '2026-02-06' });
    expect(blocked.suggestions.every((span) => span.start >= '2026-01-07')).toBe(true);
    expect(choiceOf(blocked.suggestions[0]!)).toEqual({ deliveryDate: blocked.suggestions[0]!.start, pickupDate: blocked.suggestions[0]!.end });
    expect(answer.loanable[0]!.suggestions).toEqual([]);
    expect(answer.guidedCircuits.map((circuit) => circuit.id)).toEqual([2]);
  });

  it('suggests only periods that start and end on school days, as the server does', () => {
    const choice = { deliveryDate: '2026-01-19', pickupDate: '2026-01-30' };
    const busy = loan({ exhibitionId: 1, deliveryDate: '2026-01-12', pickupDate: '2026-01-23' });
    // A (fictional) school break over the week after the loan: the nearest usable start is Monday 2 February.
    const usableDay = schoolDayTest([{ startDate: '2026-01-26', endDate: '2026-02-01' }]);
    const answer = answerDates(availability([exhibition({ id: 1, bufferDays: 2 })], [busy]), choice, choiceRange(choice), '2026-01-07', usableDay);
    expect(answer.loanable[0]!.suggestions).toContainEqual({ start: '2026-02-02', end: '2026-02-13' });
    expect(answer.loanable[0]!.suggestions.every((span) => usableDay(span.start) && usableDay(span.end))).toBe(true);
  });

  it('drops a suggestion the fetched range does not cover (an unseen loan could sit there)', () => {
    const choice = { deliveryDate: '2026-01-19', pickupDate: '2026-01-30' };
    const busy = loan({ exhibitionId: 1, deliveryDate: '2026-01-12', pickupDate: '2026-01-23' });
    const answer = answerDates(availability([exhibition({ id: 1 })], [busy]), choice, { from: '2026-01-10', to: '2026-02-01' }, '2026-01-07');
    expect(answer.loanable[0]!.free).toBe(false);
    expect(answer.loanable[0]!.suggestions).toEqual([]);
  });

  it('counts the buffer days: a loan picked up two days before is in the way with three buffer days', () => {
    const choice = { deliveryDate: '2026-01-26', pickupDate: '2026-01-30' };
    const before = loan({ exhibitionId: 1, deliveryDate: '2026-01-19', pickupDate: '2026-01-23' });
    const answerWith = (bufferDays: number) =>
      answerDates(availability([exhibition({ id: 1, bufferDays })], [before]), choice, choiceRange(choice), '2026-01-07').loanable[0]!.free;
    expect(answerWith(2)).toBe(true);
    expect(answerWith(3)).toBe(false);
  });
});

describe('loan dates in words', () => {
  it('writes ranges with the shared parts once', () => {
    expect(plain(formatDateRange('2026-01-12', '2026-01-23', 'fr'))).toBe('12–23 janvier 2026');
    expect(plain(formatDateRange('2026-01-28', '2026-02-06', 'fr'))).toBe('28 janvier – 6 février 2026');
    expect(plain(formatDateRange('2026-01-12', '2026-01-12', 'fr'))).toBe('12 janvier 2026');
    expect(plain(formatDateRange('2026-01-28', '2026-02-06', 'en'))).toBe('28 January – 6 February 2026');
  });

  it('writes days and months in French and English, the year only when needed', () => {
    expect(formatDayMonth('2026-01-12', 'fr', 2026)).toBe('12 janvier');
    expect(formatDayMonth('2026-01-12', 'fr')).toBe('12 janvier 2026');
    expect(formatWeekdayDate('2026-01-12', 'fr', 2026)).toBe('lundi 12 janvier');
    expect(formatWeekdayDate('2026-01-12', 'en', 2026)).toBe('Monday 12 January');
    expect(formatDayMonth('2027-02-01', 'fr')).toBe('1er février 2027');
    expect(formatWeekdayDate('2027-02-01', 'fr', 2027)).toBe('lundi 1er février');
    expect(formatWeekdayDate('2027-02-01', 'en', 2027)).toBe('Monday 1 February');
    expect(formatDayMonth('2027-02-11', 'fr', 2027)).toBe('11 février');
    expect(formatShortMonth('2025-09', 'fr')).toBe('sept.');
    expect(formatLongMonth('2025-09', 'fr')).toBe('septembre 2025');
  });

  it('reads today from the local clock', () => {
    expect(localToday(new Date(2026, 0, 7, 23, 30))).toBe('2026-01-07');
  });
});

describe('links to a loan', () => {
  it('opens the loans tab on the loan', () => {
    expect(loanLocation(12)).toEqual({ pathname: '/exhibitions', search: '?tab=loans&loan=12' });
    expect(loanHref(12)).toBe('#/exhibitions?tab=loans&loan=12');
    expect(exhibitionLocation(3)).toEqual({ pathname: '/exhibitions', search: '?tab=catalogue&exhibition=3' });
  });
});
