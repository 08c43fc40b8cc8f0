import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoanReminders, LoanSummary } from '../../shared/domain/loans/loans';
import { contrastRatio, LOAN_COLOUR, loanColours } from '../../renderer/features/calendar/model/event-colours';
import { NO_FILTERS } from '../../renderer/features/calendar/model/filters';
import { loanOf, loanSummaryText, loanTitle, toLoanEvent, visibleLoans } from '../../renderer/features/calendar/model/loan-events';
import {
  DEFAULT_REMINDER_DAYS,
  hasNothingToReport,
  lateCount,
  relativeDay,
  reminderDaysOf,
  reminderSections,
  storedReminderDays,
  storeReminderDays,
} from '../../renderer/features/home/loans/reminders-model';
import { homeWidgetsFor, widgetsFor } from '../../renderer/features/home/widget-roles';

function loan(id: number, changes: Partial<LoanSummary> = {}): LoanSummary {
  return {
    id,
    exhibitionId: 1,
    exhibitionTitle: 'Une brève histoire de l’immigration en Belgique',
    schoolId: 3,
    borrowerName: 'École communale de Droixhe',
    status: 'approved',
    schoolYear: '2025–2026',
    deliveryDate: '2026-01-12',
    startDate: '2026-01-12',
    endDate: '2026-01-23',
    pickupDate: '2026-01-23',
    ...changes,
  };
}

function reminders(changes: Partial<LoanReminders> = {}): LoanReminders {
  return {
    today: '2026-01-14',
    days: 14,
    deliveries: [],
    pickups: [],
    overdueReturns: [],
    awaitingApproval: [],
    freedWaiting: [],
    waitingCount: 0,
    flaggedItems: [],
    ...changes,
  };
}

describe('the home reminders of loans', () => {
  it('lists late returns first, then deliveries (late ones first), requests, pick-ups; empty groups are left out', () => {
    const sections = reminderSections(
      reminders({
        deliveries: [loan(1, { deliveryDate: '2026-01-20' }), loan(2, { deliveryDate: '2026-01-12' })],
        pickups: [loan(3, { status: 'delivered', pickupDate: '2026-01-16' })],
        overdueReturns: [loan(4, { status: 'delivered', pickupDate: '2026-01-09' })],
      }),
    );
    expect(sections.map((section) => section.group)).toEqual(['overdueReturns', 'deliveries', 'pickups']);
    expect(sections[0]!.lines).toMatchObject([{ loan: { id: 4 }, date: '2026-01-09', days: -5, late: true }]);
    expect(sections[1]!.lines).toMatchObject([
      { loan: { id: 2 }, date: '2026-01-12', days: -2, late: true },
      { loan: { id: 1 }, date: '2026-01-20', days: 6, late: false },
    ]);
    expect(sections[2]!.lines).toMatchObject([{ loan: { id: 3 }, date: '2026-01-16', days: 2, late: false }]);
    expect(lateCount(sections)).toBe(2);
  });

  it('says which late return a delivery of the same exhibition waits for', () => {
    const sections = reminderSections(
      reminders({
        deliveries: [loan(1, { deliveryDate: '2026-01-15' }), loan(2, { exhibitionId: 2, deliveryDate: '2026-01-16' })],
        overdueReturns: [loan(4, { status: 'delivered', pickupDate: '2026-01-09', borrowerName: 'Athénée Léonie de Waha' })],
      }),
    );
    const deliveries = sections.find((section) => section.group === 'deliveries')!;
    expect(deliveries.lines.map((line) => [line.loan.id, line.waitsFor?.id ?? null])).toEqual([
      [1, 4],
      [2, null],
    ]);
    expect(sections.find((section) => section.group === 'overdueReturns')!.lines[0]!.waitsFor).toBeNull();
  });

  it('dates a request by its wished delivery, never calling it late', () => {
    const [section] = reminderSections(reminders({ awaitingApproval: [loan(5, { status: 'requested', deliveryDate: '2026-01-13' })] }));
    expect(section).toMatchObject({ group: 'awaitingApproval', lines: [{ date: '2026-01-13', days: -1, late: false }] });
  });

  it('has nothing to report only when every group and the flagged items are empty', () => {
    expect(hasNothingToReport(reminders())).toBe(true);
    expect(hasNothingToReport(reminders({ flaggedItems: [{ exhibitionId: 1, exhibitionTitle: 'Expo', count: 2 }] }))).toBe(false);
    expect(hasNothingToReport(reminders({ pickups: [loan(1)] }))).toBe(false);
  });

  it('says how soon in words', () => {
    expect(relativeDay(0, false)).toEqual({ key: 'today', count: 0 });
    expect(relativeDay(1, false)).toEqual({ key: 'tomorrow', count: 1 });
    expect(relativeDay(6, false)).toEqual({ key: 'inDays', count: 6 });
    expect(relativeDay(-3, true)).toEqual({ key: 'late', count: 3 });
    expect(relativeDay(-3, false)).toEqual({ key: 'ago', count: 3 });
  });

  describe('the number of days, kept on this machine', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('accepts 7, 14 or 30 and falls back to 14', () => {
      expect(reminderDaysOf('30')).toBe(30);
      expect(reminderDaysOf(7)).toBe(7);
      expect(reminderDaysOf('12')).toBe(DEFAULT_REMINDER_DAYS);
      expect(reminderDaysOf(null)).toBe(14);
    });

    it('remembers the choice, and survives storage being unavailable', () => {
      const store = new Map<string, string>();
      vi.stubGlobal('localStorage', { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => store.set(key, value) });
      expect(storedReminderDays()).toBe(14);
      storeReminderDays(30);
      expect(store.get('passerelle.home.reminderDays')).toBe('30');
      expect(storedReminderDays()).toBe(30);
      vi.stubGlobal('localStorage', {
        getItem: () => {
          throw new Error('denied');
        },
        setItem: () => {
          throw new Error('denied');
        },
      });
      expect(storedReminderDays()).toBe(14);
      expect(() => storeReminderDays(7)).not.toThrow();
    });
  });
});

describe('home widgets', () => {
  const widgets = [
    { id: 'loans', roles: ['coordinator'] },
    { id: 'housing', roles: ['housing'] },
  ] as const;

  it('shows each role its own blocks, all of them for a user with several roles', () => {
    expect(widgetsFor(['coordinator'], widgets).map((widget) => widget.id)).toEqual(['loans']);
    expect(widgetsFor(['coordinator', 'housing'], widgets).map((widget) => widget.id)).toEqual(['loans', 'housing']);
    expect(widgetsFor(['teacher'], widgets)).toEqual([]);
  });

  it('gives coordinators the loan reminders', () => {
    expect(homeWidgetsFor(['coordinator'])).toEqual(['loans']);
    expect(homeWidgetsFor(['admin'])).toEqual(['backups', 'retention']);
  });
});

describe('loans on the calendar', () => {
  const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as never;

  it('draws a loan as an all-day bar from delivery to pick-up included, never editable, linking to the loan', () => {
    const input = toLoanEvent(loan(7), { scheme: 'light', title: 'Prêt : Expo — École' });
    expect(input).toMatchObject({
      id: 'loan-7',
      title: 'Prêt : Expo — École',
      start: '2026-01-12',
      end: '2026-01-24',
      allDay: true,
      editable: false,
      startEditable: false,
      durationEditable: false,
      url: '#/exhibitions?tab=loans&loan=7',
      classNames: ['pa-loan', 'pa-loan--approved'],
      backgroundColor: LOAN_COLOUR,
      textColor: '#ffffff',
    });
    expect(loanOf(input.extendedProps as Record<string, unknown>)).toMatchObject({ id: 7 });
    expect(loanOf({ event: {} })).toBeNull();
  });

  it('draws a request pale with a border, like a planned event', () => {
    const colours = loanColours('requested', 'light');
    expect(colours.borderColor).toBe(LOAN_COLOUR);
    expect(colours.backgroundColor).not.toBe(LOAN_COLOUR);
    expect(contrastRatio(colours.textColor, colours.backgroundColor)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#ffffff', LOAN_COLOUR)).toBeGreaterThanOrEqual(4.5);
    const dark = loanColours('requested', 'dark');
    expect(contrastRatio(dark.textColor, dark.backgroundColor)).toBeGreaterThanOrEqual(4.5);
  });

  it('follows the school filter only', () => {
    const loans = [loan(1, { schoolId: 3 }), loan(2, { schoolId: null, borrowerName: 'Cité Miroir' }), loan(3, { schoolId: 8 })];
    expect(visibleLoans(loans, NO_FILTERS).map((item) => item.id)).toEqual([1, 2, 3]);
    expect(visibleLoans(loans, { ...NO_FILTERS, schoolIds: [3] }).map((item) => item.id)).toEqual([1]);
    expect(visibleLoans(loans, { ...NO_FILTERS, types: ['workshop'] }).map((item) => item.id)).toEqual([1, 2, 3]);
  });

  it('titles and announces a loan with its exhibition, borrower, dates and status', () => {
    expect(loanTitle(t, loan(1))).toBe(
      'calendar:loans.title {"exhibition":"Une brève histoire de l’immigration en Belgique","borrower":"École communale de Droixhe"}',
    );
    const summary = loanSummaryText(t, loan(1), 'fr');
    expect(summary).toContain('"borrower":"École communale de Droixhe"');
    expect(summary.replace(/\s/g, ' ')).toContain('"range":"12–23 janvier 2026"');
    expect(summary).toContain('"status":"calendar:loans.statuses.approved"');
  });
});
