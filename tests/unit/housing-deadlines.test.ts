import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HOUSING_DEADLINES,
  deadlineOutcome,
  deadlineOutcomeCounts,
  HOUSING_DEADLINE_LIMITS,
  registrationTasks,
  resolveHousingDeadlines,
  taskStatus,
  type DatedTask,
  type HousingDeadlineSettings,
  type RegistrationForDeadlines,
} from '../../shared/domain/housing/deadlines';
import {
  canMoveRegistration,
  proposesRegistrationEnd,
  REGISTRATION_KINDS,
  REGISTRATION_STATUSES,
  registrationDateIssues,
} from '../../shared/domain/housing/registrations';

const settings = DEFAULT_HOUSING_DEADLINES;

const registration = (overrides: Partial<RegistrationForDeadlines> = {}): RegistrationForDeadlines => ({
  kind: 'reference_address_cpas',
  status: 'active',
  requestDate: '2026-01-05',
  startDate: '2026-01-10',
  endDate: null,
  forwarding: null,
  contactDates: [],
  move: null,
  policeCheckDate: null,
  absence: null,
  ...overrides,
});

const brief = (tasks: DatedTask[]) => tasks.map((task) => `${task.kind} ${task.dueDate} ${task.status}${task.doneDate ? ` ${task.doneDate}` : ''}`);
const ofKind = (tasks: DatedTask[], kind: DatedTask['kind']) => tasks.filter((task) => task.kind === kind);
/** The status of the only task of `kind` on `today`. */
const statusOn = (reg: RegistrationForDeadlines, kind: DatedTask['kind'], today: string, s: HousingDeadlineSettings = settings) => {
  const tasks = ofKind(registrationTasks(reg, s, today), kind);
  expect(tasks).toHaveLength(1);
  return tasks[0]!.status;
};

describe('settings', () => {
  it('has the Belgian defaults', () => {
    expect(DEFAULT_HOUSING_DEADLINES).toEqual({
      forwardDays: 5,
      contactMonths: 3,
      moveDeclarationDays: 8,
      policeCheckDays: 15,
      strikeOffMonths: 6,
      citizenStayDays: 28,
      dueSoonDays: 7,
      rollingLeaseNoticeDays: 60,
    });
    for (const [key, value] of Object.entries(DEFAULT_HOUSING_DEADLINES)) {
      const limits = HOUSING_DEADLINE_LIMITS[key as keyof HousingDeadlineSettings];
      expect(value).toBeGreaterThanOrEqual(limits.min);
      expect(value).toBeLessThanOrEqual(limits.max);
    }
  });

  it('keeps valid saved values and defaults the rest', () => {
    expect(resolveHousingDeadlines(null)).toEqual(DEFAULT_HOUSING_DEADLINES);
    expect(resolveHousingDeadlines('5')).toEqual(DEFAULT_HOUSING_DEADLINES);
    expect(resolveHousingDeadlines({ forwardDays: 7, contactMonths: 2 })).toEqual({ ...DEFAULT_HOUSING_DEADLINES, forwardDays: 7, contactMonths: 2 });
    expect(resolveHousingDeadlines({ forwardDays: 0, contactMonths: 2.5, policeCheckDays: '15', strikeOffMonths: 99, dueSoonDays: 0, unknown: 3 })).toEqual({
      ...DEFAULT_HOUSING_DEADLINES,
      dueSoonDays: 0,
    });
  });
});

describe('task status', () => {
  it('is upcoming, then due soon from dueSoonDays before, due on the day, overdue the day after', () => {
    expect(taskStatus('2026-03-20', undefined, '2026-03-12', 7)).toBe('upcoming');
    expect(taskStatus('2026-03-20', undefined, '2026-03-13', 7)).toBe('dueSoon');
    expect(taskStatus('2026-03-20', undefined, '2026-03-20', 7)).toBe('dueSoon');
    expect(taskStatus('2026-03-20', undefined, '2026-03-21', 7)).toBe('overdue');
    expect(taskStatus('2026-03-20', undefined, '2026-03-19', 0)).toBe('upcoming');
    expect(taskStatus('2026-03-20', undefined, '2026-03-20', 0)).toBe('dueSoon');
    expect(taskStatus('2026-03-20', '2026-03-25', '2026-03-30', 7)).toBe('done');
  });
});

describe('forwarding by a non-competent CPAS (5 days)', () => {
  const received = registration({ status: 'requested', startDate: null, forwarding: { receivedDate: '2026-03-02', forwardedDate: null } });

  it('falls due 5 days after reception', () => {
    const [task] = registrationTasks(received, settings, '2026-03-02');
    expect(task).toEqual({ kind: 'forward_request', fromDate: '2026-03-02', dueDate: '2026-03-07', status: 'dueSoon' });
  });

  it('is due the day before and on the day, overdue the day after', () => {
    expect(statusOn(received, 'forward_request', '2026-03-06')).toBe('dueSoon');
    expect(statusOn(received, 'forward_request', '2026-03-07')).toBe('dueSoon');
    expect(statusOn(received, 'forward_request', '2026-03-08')).toBe('overdue');
  });

  it('is done once forwarded, met or missed by the date', () => {
    const onTime = registration({ ...received, forwarding: { receivedDate: '2026-03-02', forwardedDate: '2026-03-07' } });
    const [task] = registrationTasks(onTime, settings, '2026-04-01');
    expect(task).toMatchObject({ status: 'done', doneDate: '2026-03-07' });
    expect(deadlineOutcome(task!, '2026-04-01')).toBe('met');
    const late = registration({ ...received, forwarding: { receivedDate: '2026-03-02', forwardedDate: '2026-03-08' } });
    expect(deadlineOutcome(registrationTasks(late, settings, '2026-04-01')[0]!, '2026-04-01')).toBe('missed');
  });

  it('follows the setting', () => {
    const tenDays = { ...settings, forwardDays: 10 };
    expect(registrationTasks(received, tenDays, '2026-03-02')[0]!.dueDate).toBe('2026-03-12');
    expect(statusOn(received, 'forward_request', '2026-03-08', tenDays)).toBe('dueSoon');
  });
});

describe('CPAS contact every 3 months (reference address)', () => {
  it('falls due 3 months after the start with no contact yet', () => {
    expect(brief(registrationTasks(registration(), settings, '2026-02-01'))).toEqual(['cpas_contact 2026-04-10 upcoming']);
  });

  it('is due the day before and on the day, overdue the day after', () => {
    expect(statusOn(registration(), 'cpas_contact', '2026-04-09')).toBe('dueSoon');
    expect(statusOn(registration(), 'cpas_contact', '2026-04-10')).toBe('dueSoon');
    expect(statusOn(registration(), 'cpas_contact', '2026-04-11')).toBe('overdue');
  });

  it('counts the next due date from the last contact', () => {
    const reg = registration({ contactDates: ['2026-02-20', '2026-04-01'] });
    expect(brief(registrationTasks(reg, settings, '2026-04-02'))).toEqual([
      'cpas_contact 2026-04-10 done 2026-02-20',
      'cpas_contact 2026-05-20 done 2026-04-01',
      'cpas_contact 2026-07-01 upcoming',
    ]);
  });

  it('clamps to the end of the month: 30 November + 3 months is 28 February, or 29 in a leap year', () => {
    expect(registrationTasks(registration({ startDate: '2026-11-30' }), settings, '2026-12-01')[0]!.dueDate).toBe('2027-02-28');
    expect(registrationTasks(registration({ startDate: '2026-10-01', contactDates: ['2027-11-30'] }), settings, '2027-12-01').at(-1)!.dueDate).toBe(
      '2028-02-29',
    );
    expect(registrationTasks(registration({ startDate: '2026-05-31' }), settings, '2026-06-01')[0]!.dueDate).toBe('2026-08-31');
    expect(registrationTasks(registration({ startDate: '2026-03-31' }), settings, '2026-04-01')[0]!.dueDate).toBe('2026-06-30');
  });

  it('records a late contact as done but missed, and starts the next interval from it', () => {
    const reg = registration({ contactDates: ['2026-04-15'] });
    const tasks = registrationTasks(reg, settings, '2026-04-16');
    expect(brief(tasks)).toEqual(['cpas_contact 2026-04-10 done 2026-04-15', 'cpas_contact 2026-07-15 upcoming']);
    expect(deadlineOutcome(tasks[0]!, '2026-04-16')).toBe('missed');
    expect(deadlineOutcome(tasks[1]!, '2026-04-16')).toBe('open');
  });

  it('ignores contacts before the start, sorts contacts given in any order', () => {
    expect(brief(registrationTasks(registration({ contactDates: ['2026-01-02'] }), settings, '2026-02-01'))).toEqual(['cpas_contact 2026-04-10 upcoming']);
    const unordered = registration({ contactDates: ['2026-04-01', '2026-02-20'] });
    expect(registrationTasks(unordered, settings, '2026-04-02').at(-1)!.dueDate).toBe('2026-07-01');
  });

  it('applies to a reference address at a private person, not to an inscription provisoire', () => {
    expect(ofKind(registrationTasks(registration({ kind: 'reference_address_private' }), settings, '2026-02-01'), 'cpas_contact')).toHaveLength(1);
    expect(ofKind(registrationTasks(registration({ kind: 'inscription_provisoire' }), settings, '2026-02-01'), 'cpas_contact')).toHaveLength(0);
  });

  it('waits for the start date', () => {
    expect(registrationTasks(registration({ status: 'requested', startDate: null }), settings, '2026-02-01')).toEqual([]);
  });

  it('stops with the registration: nothing due on or after its end, a missed contact before it stays', () => {
    expect(registrationTasks(registration({ status: 'ended', endDate: '2026-04-10' }), settings, '2026-05-01')).toEqual([]);
    const endedLate = registration({ status: 'ended', endDate: '2026-04-11' });
    expect(brief(registrationTasks(endedLate, settings, '2026-05-01'))).toEqual(['cpas_contact 2026-04-10 overdue']);
    // A contact after the end does not count.
    const contactAfter = registration({ status: 'ended', endDate: '2026-04-11', contactDates: ['2026-04-20'] });
    expect(brief(registrationTasks(contactAfter, settings, '2026-05-01'))).toEqual(['cpas_contact 2026-04-10 overdue']);
  });

  it('follows the setting', () => {
    const monthly = { ...settings, contactMonths: 1 };
    expect(registrationTasks(registration({ startDate: '2026-01-31' }), monthly, '2026-02-01')[0]!.dueDate).toBe('2026-02-28');
  });
});

describe('move declaration (8 days) and police check (15 days)', () => {
  const moved = registration({ kind: 'inscription_provisoire', requestDate: '2026-05-04', startDate: '2026-05-04', move: { date: '2026-05-01', declaredDate: null } });

  it('declares a move within 8 days', () => {
    expect(statusOn(moved, 'move_declaration', '2026-05-08')).toBe('dueSoon');
    expect(statusOn(moved, 'move_declaration', '2026-05-09')).toBe('dueSoon'); // 1 May + 8
    expect(statusOn(moved, 'move_declaration', '2026-05-10')).toBe('overdue');
  });

  it('checks the residence within 15 days of the declaration (the request, until a move is declared)', () => {
    // Not declared yet: the inscription provisoire's request (4 May) is the declaration.
    expect(ofKind(registrationTasks(moved, settings, '2026-05-05'), 'police_check')[0]!.dueDate).toBe('2026-05-19');
    const declared = registration({ ...moved, move: { date: '2026-05-01', declaredDate: '2026-05-06' } });
    expect(statusOn(declared, 'police_check', '2026-05-20')).toBe('dueSoon');
    expect(statusOn(declared, 'police_check', '2026-05-21')).toBe('dueSoon'); // 6 May + 15
    expect(statusOn(declared, 'police_check', '2026-05-22')).toBe('overdue');
    const checked = registration({ ...declared, policeCheckDate: '2026-05-18' });
    expect(ofKind(registrationTasks(checked, settings, '2026-05-22'), 'police_check')[0]).toMatchObject({ status: 'done', doneDate: '2026-05-18' });
  });

  it('has no police check for a reference address without a move, nor for a refused registration', () => {
    expect(ofKind(registrationTasks(registration(), settings, '2026-02-01'), 'police_check')).toEqual([]);
    expect(ofKind(registrationTasks(registration({ ...moved, status: 'refused', move: null }), settings, '2026-05-05'), 'police_check')).toEqual([]);
    expect(ofKind(registrationTasks(registration({ kind: 'temporary_address_nonprofit', move: null }), settings, '2026-01-06'), 'police_check')).toHaveLength(1);
  });

  it('follows the settings', () => {
    const longer = { ...settings, moveDeclarationDays: 15, policeCheckDays: 30 };
    const tasks = registrationTasks(moved, longer, '2026-05-05');
    expect(ofKind(tasks, 'move_declaration')[0]!.dueDate).toBe('2026-05-16');
    expect(ofKind(tasks, 'police_check')[0]!.dueDate).toBe('2026-06-03');
  });
});

describe('strike-off after 6 months not found', () => {
  const absent = registration({ contactDates: ['2026-03-01'], absence: { notFoundSince: '2026-08-31', resolvedDate: null } });

  it('falls due 6 months after the first absence, month-end clamped', () => {
    expect(statusOn(absent, 'strike_off', '2027-02-20')).toBe('upcoming');
    expect(statusOn(absent, 'strike_off', '2027-02-27')).toBe('dueSoon');
    expect(statusOn(absent, 'strike_off', '2027-02-28')).toBe('dueSoon'); // 31 August + 6 months
    expect(statusOn(absent, 'strike_off', '2027-03-01')).toBe('overdue');
  });

  it('is settled when the person is found again, or when the registration ends', () => {
    const found = registration({ ...absent, absence: { notFoundSince: '2026-08-31', resolvedDate: '2026-10-01' } });
    expect(ofKind(registrationTasks(found, settings, '2027-03-01'), 'strike_off')[0]).toMatchObject({ status: 'done', doneDate: '2026-10-01' });
    const struckOff = registration({ ...absent, status: 'ended', endDate: '2027-03-02' });
    const task = ofKind(registrationTasks(struckOff, settings, '2027-03-10'), 'strike_off')[0]!;
    expect(task).toMatchObject({ status: 'done', doneDate: '2027-03-02' });
    expect(deadlineOutcome(task, '2027-03-10')).toBe('missed');
  });

  it('follows the setting', () => {
    expect(ofKind(registrationTasks(absent, { ...settings, strikeOffMonths: 3 }, '2026-09-01'), 'strike_off')[0]!.dueDate).toBe('2026-11-30');
  });
});

describe('all tasks of a registration', () => {
  it('lists them by due date', () => {
    const reg = registration({
      kind: 'reference_address_private',
      forwarding: { receivedDate: '2026-01-02', forwardedDate: '2026-01-05' },
      move: { date: '2026-03-30', declaredDate: null },
    });
    expect(brief(registrationTasks(reg, settings, '2026-04-03'))).toEqual([
      'forward_request 2026-01-07 done 2026-01-05',
      'move_declaration 2026-04-07 dueSoon',
      'cpas_contact 2026-04-10 dueSoon',
    ]);
  });
});

describe('deadlines met and missed', () => {
  const task = (dueDate: string, doneDate?: string, kind: DatedTask['kind'] = 'cpas_contact'): DatedTask =>
    doneDate === undefined ? { kind, fromDate: '2026-01-01', dueDate, status: 'upcoming' } : { kind, fromDate: '2026-01-01', dueDate, status: 'done', doneDate };

  it('is met on or before the due date, missed after, open until then', () => {
    expect(deadlineOutcome(task('2026-03-10', '2026-03-09'), '2026-04-01')).toBe('met');
    expect(deadlineOutcome(task('2026-03-10', '2026-03-10'), '2026-04-01')).toBe('met');
    expect(deadlineOutcome(task('2026-03-10', '2026-03-11'), '2026-04-01')).toBe('missed');
    expect(deadlineOutcome(task('2026-03-10'), '2026-03-10')).toBe('open');
    expect(deadlineOutcome(task('2026-03-10'), '2026-03-11')).toBe('missed');
  });

  it('counts the tasks falling due in the period, by kind', () => {
    const tasks = [
      task('2026-01-01', '2025-12-30'),
      task('2026-01-15', '2026-01-20'),
      task('2026-01-31'),
      task('2026-02-01'),
      task('2026-01-20', '2026-01-19', 'forward_request'),
    ];
    const counts = deadlineOutcomeCounts(tasks, '2026-01-01', '2026-02-01', '2026-02-15');
    expect(counts.total).toEqual({ met: 2, missed: 2, open: 0 });
    expect(counts.byKind.cpas_contact).toEqual({ met: 1, missed: 2, open: 0 });
    expect(counts.byKind.forward_request).toEqual({ met: 1, missed: 0, open: 0 });
    expect(counts.byKind.strike_off).toEqual({ met: 0, missed: 0, open: 0 });
    expect(deadlineOutcomeCounts(tasks, '2026-01-01', '2026-02-01', '2026-01-25').total).toEqual({ met: 2, missed: 1, open: 1 });
    expect(deadlineOutcomeCounts(tasks, '2026-01-01', '2026-01-01', '2026-02-15').total).toEqual({ met: 0, missed: 0, open: 0 });
  });
});

describe('registrations', () => {
  it('has the four kinds and a transition entry for every status', () => {
    expect(REGISTRATION_KINDS).toEqual(['reference_address_cpas', 'reference_address_private', 'inscription_provisoire', 'temporary_address_nonprofit']);
    for (const status of REGISTRATION_STATUSES) expect(canMoveRegistration(status, status)).toBe(false);
    expect(canMoveRegistration('requested', 'active')).toBe(true);
    expect(canMoveRegistration('active', 'ended')).toBe(true);
    expect(canMoveRegistration('refused', 'active')).toBe(false);
    expect(canMoveRegistration('ended', 'active')).toBe(false);
  });

  it('proposes to end an active registration at a dwelling when its placement ends', () => {
    const linked = { kind: 'inscription_provisoire' as const, status: 'active' as const, unitId: 4, endDate: null };
    expect(proposesRegistrationEnd(linked, 4)).toBe(true);
    expect(proposesRegistrationEnd({ ...linked, kind: 'temporary_address_nonprofit' }, 4)).toBe(true);
    expect(proposesRegistrationEnd(linked, 5)).toBe(false);
    expect(proposesRegistrationEnd({ ...linked, endDate: '2026-03-01' }, 4)).toBe(false);
    expect(proposesRegistrationEnd({ ...linked, status: 'requested' }, 4)).toBe(false);
    expect(proposesRegistrationEnd({ ...linked, kind: 'reference_address_cpas' }, 4)).toBe(false);
  });

  it('checks the order of its dates', () => {
    const dates = { requestDate: '2026-01-05', startDate: '2026-01-10', endDate: null, forwarding: null, move: null };
    expect(registrationDateIssues(dates)).toEqual([]);
    expect(registrationDateIssues({ ...dates, endDate: '2026-01-09' })).toEqual([{ path: 'endDate', issue: 'end_before_start' }]);
    expect(registrationDateIssues({ ...dates, endDate: '2026-01-10' })).toEqual([]);
    expect(registrationDateIssues({ ...dates, startDate: '2026-01-04' })).toEqual([{ path: 'startDate', issue: 'start_before_request' }]);
    expect(registrationDateIssues({ ...dates, forwarding: { receivedDate: '2026-01-05', forwardedDate: '2026-01-04' } })).toEqual([
      { path: 'forwardedDate', issue: 'before_received' },
    ]);
    expect(registrationDateIssues({ ...dates, move: { date: '2026-02-01', declaredDate: '2026-01-31' } })).toEqual([
      { path: 'declaredDate', issue: 'before_move' },
    ]);
  });
});
