/**
 * Address registrations and their Belgian deadlines, turned into dated tasks for the home screen ("due this
 * week", "overdue") and into met / missed counts for the housing report. Lengths are settings, not constants
 * (issue 6: "Deadlines and their lengths are settings"). Periods follow occupancy.ts: `from` included, `to`
 * excluded. Every rule quotes its source in ../shared/reference/domain.md (Action 7, "Address registrations").
 */
import { addDays, daysBetween } from '../dates';
import { addMonths } from './months';
import { DWELLING_KINDS, REFERENCE_ADDRESS_KINDS, type RegistrationKind, type RegistrationStatus } from './registrations';

export interface HousingDeadlineSettings {
  /** domain.md l.87–88: "A CPAS that is not competent forwards the request within 5 days." */
  readonly forwardDays: number;
  /** domain.md l.88–89: "The person must come to the CPAS at least once every 3 months". */
  readonly contactMonths: number;
  /** domain.md l.94: "a move is declared within 8 days". */
  readonly moveDeclarationDays: number;
  /** domain.md l.94: "police check within 15 days". */
  readonly policeCheckDays: number;
  /** domain.md l.94–95: "strike-off after 6 months not found". */
  readonly strikeOffMonths: number;
  /** domain.md l.73: hébergement citoyen, "emergency stays often 28 days" (the default planned stay). */
  readonly citizenStayDays: number;
  /** Not in domain.md: a task is "due soon" this many days ahead (7: the home screen's "this week"). */
  readonly dueSoonDays: number;
  /** Not in domain.md: bail glissant alerts show this many days before each yearly due date (time for the review). */
  readonly rollingLeaseNoticeDays: number;
}

export const DEFAULT_HOUSING_DEADLINES: HousingDeadlineSettings = {
  forwardDays: 5,
  contactMonths: 3,
  moveDeclarationDays: 8,
  policeCheckDays: 15,
  strikeOffMonths: 6,
  citizenStayDays: 28,
  dueSoonDays: 7,
  rollingLeaseNoticeDays: 60,
};

/** Accepted range of each setting (whole numbers). Zero only where "no warning ahead" makes sense. */
export const HOUSING_DEADLINE_LIMITS: Readonly<Record<keyof HousingDeadlineSettings, { min: number; max: number }>> = {
  forwardDays: { min: 1, max: 90 },
  contactMonths: { min: 1, max: 24 },
  moveDeclarationDays: { min: 1, max: 90 },
  policeCheckDays: { min: 1, max: 90 },
  strikeOffMonths: { min: 1, max: 24 },
  citizenStayDays: { min: 1, max: 365 },
  dueSoonDays: { min: 0, max: 60 },
  rollingLeaseNoticeDays: { min: 0, max: 365 },
};

/** Saved settings (JSON of any shape) → complete settings: each valid value kept, anything else defaulted. */
export function resolveHousingDeadlines(saved: unknown): HousingDeadlineSettings {
  const source = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {};
  const resolved: Record<string, number> = { ...DEFAULT_HOUSING_DEADLINES };
  for (const [key, { min, max }] of Object.entries(HOUSING_DEADLINE_LIMITS)) {
    const value = source[key];
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) resolved[key] = value;
  }
  return resolved as unknown as HousingDeadlineSettings;
}

/** What the deadline rules need to know of a registration. All dates "YYYY-MM-DD". */
export interface RegistrationForDeadlines {
  readonly kind: RegistrationKind;
  readonly status: RegistrationStatus;
  readonly requestDate: string | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  /** Set when this CPAS is not competent: the day it received the request and the day it forwarded it. */
  readonly forwarding: { readonly receivedDate: string; readonly forwardedDate: string | null } | null;
  /** Days the person came to the CPAS (reference addresses). */
  readonly contactDates: readonly string[];
  /** A move (déménagement) and the day it was declared to the commune. */
  readonly move: { readonly date: string; readonly declaredDate: string | null } | null;
  /** The day the police checked the residence (enquête de résidence). */
  readonly policeCheckDate: string | null;
  /** The person was not found at the address since that day; resolved when found again or struck off. */
  readonly absence: { readonly notFoundSince: string; readonly resolvedDate: string | null } | null;
}

export const TASK_KINDS = ['forward_request', 'cpas_contact', 'move_declaration', 'police_check', 'strike_off'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];
export type TaskStatus = 'done' | 'dueSoon' | 'overdue' | 'upcoming';

export interface DatedTask {
  readonly kind: TaskKind;
  /** The day the deadline counts from (reception, last contact, move, declaration, first absence). */
  readonly fromDate: string;
  /** The last day to act: on that day it is due, the day after overdue. */
  readonly dueDate: string;
  readonly status: TaskStatus;
  readonly doneDate?: string;
}

/** done once a date is recorded; overdue the day after the due date; due soon within `dueSoonDays` (due day included). */
export function taskStatus(dueDate: string, doneDate: string | undefined, today: string, dueSoonDays: number): TaskStatus {
  if (doneDate !== undefined) return 'done';
  if (today > dueDate) return 'overdue';
  return daysBetween(today, dueDate) <= dueSoonDays ? 'dueSoon' : 'upcoming';
}

type TaskDraft = { kind: TaskKind; fromDate: string; dueDate: string; doneDate: string | null };

/**
 * domain.md l.88–89: "The person must come to the CPAS at least once every 3 months: track "last contact" and the
 * next due date." Next due = last contact (or the start of the reference address) + `contactMonths`, month-end
 * clamped. Each contact closes the task it answers (met if on or before its due date) and starts the next.
 * Contacts before the start do not count. The chain stops with the registration: no contact is due on or after
 * its end.
 */
function contactDrafts(registration: RegistrationForDeadlines, settings: HousingDeadlineSettings): TaskDraft[] {
  // Contacts kept from a time the registration was a reference address still read as history (see below).
  if (registration.startDate === null) return [];
  if (!REFERENCE_ADDRESS_KINDS.includes(registration.kind) && registration.contactDates.length === 0) return [];
  const drafts: TaskDraft[] = [];
  const contacts = [...registration.contactDates].sort();
  const end = registration.endDate;
  let last = registration.startDate;
  for (;;) {
    const dueDate = addMonths(last, settings.contactMonths);
    const previous = last;
    const next = contacts.find((date) => date > previous && (end === null || date <= end));
    if (next === undefined) {
      if (end === null || dueDate < end) drafts.push({ kind: 'cpas_contact', fromDate: last, dueDate, doneDate: null });
      return drafts;
    }
    drafts.push({ kind: 'cpas_contact', fromDate: last, dueDate, doneDate: next });
    last = next;
  }
}

/**
 * The obligations of a reference address (domain.md l.86–89, the `adresse de référence` bullet): forwarding the
 * request when this CPAS is not competent, and the person's contact at the CPAS every 3 months. They hold only
 * while the registration IS a reference address: when its kind changes (the person got an inscription
 * provisoire, a temporary address), none of them is due any more, but those already met stay in the
 * registration's tasks as done, so its history still reads (issue 14, item 9).
 */
export const REFERENCE_ADDRESS_TASKS: readonly TaskKind[] = ['forward_request', 'cpas_contact'];

/** Whether an open task of this kind is still owed by a registration of this kind. */
export function owedByKind(task: TaskKind, kind: RegistrationKind): boolean {
  return !REFERENCE_ADDRESS_TASKS.includes(task) || REFERENCE_ADDRESS_KINDS.includes(kind);
}

/** The day the residence was declared, which starts the police check: a declared move, or the request of a registration at a dwelling. */
function declarationDate(registration: RegistrationForDeadlines): string | null {
  if (registration.move?.declaredDate) return registration.move.declaredDate;
  return DWELLING_KINDS.includes(registration.kind) ? registration.requestDate : null;
}

/**
 * The registration's deadlines as tasks, by due date. An open task falling due on or after the registration's
 * end disappears (nothing left to do); one due before it stays, overdue: it was missed. An open task of a
 * reference address disappears once the registration is of another kind (REFERENCE_ADDRESS_TASKS). An inscription provisoire
 * has no deadline of its own (domain.md l.92–93: it "ends when the person leaves or the situation is
 * regularised"): see `proposesRegistrationEnd` in registrations.ts.
 */
export function registrationTasks(registration: RegistrationForDeadlines, settings: HousingDeadlineSettings, today: string): DatedTask[] {
  const drafts: TaskDraft[] = [];
  const { forwarding, move, absence } = registration;
  // domain.md l.87–88: "A CPAS that is not competent forwards the request within 5 days."
  if (forwarding !== null) {
    drafts.push({ kind: 'forward_request', fromDate: forwarding.receivedDate, dueDate: addDays(forwarding.receivedDate, settings.forwardDays), doneDate: forwarding.forwardedDate });
  }
  drafts.push(...contactDrafts(registration, settings));
  // domain.md l.94: "a move is declared within 8 days".
  if (move !== null) {
    drafts.push({ kind: 'move_declaration', fromDate: move.date, dueDate: addDays(move.date, settings.moveDeclarationDays), doneDate: move.declaredDate });
  }
  // domain.md l.94: "police check within 15 days" (of the declaration).
  // A check done while the registration was at a dwelling stays as history after a change of kind.
  const declared = declarationDate(registration) ?? (registration.policeCheckDate !== null ? registration.requestDate : null);
  if (declared !== null && registration.status !== 'refused') {
    drafts.push({ kind: 'police_check', fromDate: declared, dueDate: addDays(declared, settings.policeCheckDays), doneDate: registration.policeCheckDate });
  }
  // domain.md l.94–95: "strike-off after 6 months not found". Due when the 6 months are over: propose the
  // strike-off, or record that the person was found. Ending the registration settles it too.
  if (absence !== null) {
    drafts.push({
      kind: 'strike_off',
      fromDate: absence.notFoundSince,
      dueDate: addMonths(absence.notFoundSince, settings.strikeOffMonths),
      doneDate: absence.resolvedDate ?? registration.endDate,
    });
  }
  const end = registration.endDate;
  return drafts
    .filter((draft) => draft.doneDate !== null || end === null || draft.dueDate < end)
    // Done ones are history; an open one is owed only by the kind the registration has now.
    .filter((draft) => draft.doneDate !== null || owedByKind(draft.kind, registration.kind))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
    .map(({ doneDate, ...draft }) => {
      const status = taskStatus(draft.dueDate, doneDate ?? undefined, today, settings.dueSoonDays);
      return doneDate === null ? { ...draft, status } : { ...draft, status, doneDate };
    });
}

export type DeadlineOutcome = 'met' | 'missed' | 'open';

/** met: done on or before the due date; missed: done later, or not done and the due date has passed; open otherwise. */
export function deadlineOutcome(task: Pick<DatedTask, 'dueDate' | 'doneDate'>, today: string): DeadlineOutcome {
  if (task.doneDate !== undefined) return task.doneDate <= task.dueDate ? 'met' : 'missed';
  return today > task.dueDate ? 'missed' : 'open';
}

export type OutcomeCounts = Record<DeadlineOutcome, number>;

/** The report's "deadlines met and missed": tasks falling due in [from, to), by kind and in total. */
export function deadlineOutcomeCounts(
  tasks: readonly DatedTask[],
  from: string,
  to: string,
  today: string,
): { byKind: Record<TaskKind, OutcomeCounts>; total: OutcomeCounts } {
  const empty = (): OutcomeCounts => ({ met: 0, missed: 0, open: 0 });
  const byKind = Object.fromEntries(TASK_KINDS.map((kind) => [kind, empty()])) as Record<TaskKind, OutcomeCounts>;
  const total = empty();
  for (const task of tasks) {
    if (task.dueDate < from || task.dueDate >= to) continue;
    const outcome = deadlineOutcome(task, today);
    byKind[task.kind][outcome] += 1;
    total[outcome] += 1;
  }
  return { byKind, total };
}
