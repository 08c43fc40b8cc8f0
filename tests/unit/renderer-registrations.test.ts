import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fr from '../../renderer/features/housing/registrations/i18n/fr.json';
import en from '../../renderer/features/housing/registrations/i18n/en.json';
import {
  emptyRegistrationValues,
  registrationErrorKey,
  registrationFieldsFromValues,
  valuesFromRegistration,
  type RegistrationFormValues,
} from '../../renderer/features/housing/registrations/model/registration-form';
import {
  dueDistance,
  nextContactStatus,
  nextRegistrationSort,
  shortDay,
  sortRegistrations,
  sortTasks,
  urgentCount,
} from '../../renderer/features/housing/registrations/model/registration-list';
import { codeSearchKey, filterRegistrations, searchableRegistrations } from '../../renderer/features/housing/registrations/model/registration-search';
import { contract } from '../../shared/api/contract';
import { TASK_KINDS, type DatedTask } from '../../shared/domain/housing/deadlines';
import { REGISTRATION_KINDS, REGISTRATION_STATUSES } from '../../shared/domain/housing/registrations';
import type { HousingRegistration, RegistrationSummary, RegistrationTask } from '../../shared/domain/housing/registrations-api';
import { describeNamespace } from '../helpers/i18n-namespace';

function summary(overrides: Partial<RegistrationSummary>): RegistrationSummary {
  return {
    id: 1,
    kind: 'reference_address_cpas',
    status: 'active',
    personId: 10,
    personCode: 'P-AAAA',
    householdId: 3,
    householdCode: 'M-BBBB',
    unitId: null,
    unitCode: null,
    requestDate: '2027-01-02',
    decisionDate: null,
    startDate: '2027-01-10',
    endDate: null,
    lastContactDate: null,
    nextContactDue: '2027-04-10',
    openTasks: [],
    createdAt: '2027-01-02T10:00:00Z',
    updatedAt: '2027-01-02T10:00:00Z',
    ...overrides,
  };
}

const registration: HousingRegistration = {
  ...summary({ unitId: 4, unitCode: 'L-01', decisionDate: '2027-01-08' }),
  communeReference: 'REF-77',
  notes: 'Passe le mardi',
  forwarding: { receivedDate: '2027-01-02', forwardedDate: null },
  move: null,
  policeCheckDate: '2027-01-20',
  absence: { notFoundSince: '2027-02-01', resolvedDate: '2027-02-15' },
  contactDates: ['2027-02-01'],
  tasks: [],
};

describe('registration form ↔ channel input', () => {
  it('starts a new registration as a request received today, no person, no optional part', () => {
    const values = emptyRegistrationValues('2027-03-01');
    expect(values).toMatchObject({ kind: 'reference_address_cpas', status: 'requested', requestDate: '2027-03-01', personId: null, householdId: null });
    const fields = registrationFieldsFromValues(values);
    expect(fields).toMatchObject({ forwarding: null, move: null, absence: null, startDate: null, unitId: null, policeCheckDate: null });
    // No person chosen: 0, which the contract refuses under personId.
    const parsed = contract.registrations.create.input.safeParse(fields);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['personId']);
  });

  it('sends back what it read: ids as numbers, empty dates as null, sections switched on as objects', () => {
    const values = valuesFromRegistration(registration);
    expect(values).toMatchObject({ personId: '10', householdId: '3', unitId: '4', forwardingOn: true, moveOn: false, absenceOn: true, endDate: '', forwardedDate: '' });
    const fields = registrationFieldsFromValues(values);
    expect(fields).toEqual({
      kind: 'reference_address_cpas',
      status: 'active',
      personId: 10,
      unitId: 4,
      requestDate: '2027-01-02',
      decisionDate: '2027-01-08',
      startDate: '2027-01-10',
      endDate: null,
      communeReference: 'REF-77',
      notes: 'Passe le mardi',
      forwarding: { receivedDate: '2027-01-02', forwardedDate: null },
      move: null,
      policeCheckDate: '2027-01-20',
      absence: { notFoundSince: '2027-02-01', resolvedDate: '2027-02-15' },
    });
    expect(contract.registrations.update.input.safeParse({ id: 1, ...fields }).success).toBe(true);
  });

  it('switching a section off sends null; on with its first date empty, the contract names that date', () => {
    const values: RegistrationFormValues = { ...valuesFromRegistration(registration), forwardingOn: false, moveOn: true, moveDate: '', declaredDate: '' };
    const fields = registrationFieldsFromValues(values);
    expect(fields.forwarding).toBeNull();
    expect(fields.move).toEqual({ date: '', declaredDate: null });
    const parsed = contract.registrations.create.input.safeParse(fields);
    expect([...new Set(parsed.error?.issues.map((issue) => issue.path.join('.')))]).toEqual(['move.date']);
  });

  it('trims the texts', () => {
    const values = { ...emptyRegistrationValues('2027-03-01'), communeReference: '  R-1 ', notes: ' note\n' };
    expect(registrationFieldsFromValues(values)).toMatchObject({ communeReference: 'R-1', notes: 'note' });
  });

  it('shows each refused path under its input, nested or not', () => {
    expect(registrationErrorKey('forwarding.forwardedDate')).toBe('forwardedDate');
    expect(registrationErrorKey('forwardedDate')).toBe('forwardedDate');
    expect(registrationErrorKey('forwarding.receivedDate')).toBe('receivedDate');
    expect(registrationErrorKey('forwarding')).toBe('receivedDate');
    expect(registrationErrorKey('move.date')).toBe('moveDate');
    expect(registrationErrorKey('move.declaredDate')).toBe('declaredDate');
    expect(registrationErrorKey('absence.notFoundSince')).toBe('notFoundSince');
    expect(registrationErrorKey('absence.resolvedDate')).toBe('resolvedDate');
    expect(registrationErrorKey('endDate')).toBe('endDate');
    expect(registrationErrorKey('personId')).toBe('personId');
  });
});

describe('registration list', () => {
  const rows = [
    summary({ id: 1, personCode: 'P-CCCC', nextContactDue: '2027-05-01', startDate: '2027-02-01', status: 'ended' }),
    summary({ id: 2, personCode: 'P-AAAA', nextContactDue: null, startDate: null, kind: 'inscription_provisoire', status: 'requested' }),
    summary({ id: 3, personCode: 'P-BBBB', nextContactDue: '2027-04-01', startDate: '2027-01-01', status: 'active' }),
  ];

  it('searches codes as the channel does: capitals, digits and dashes of what is typed, in the person or household code', () => {
    expect(codeSearchKey(' p-a%a_ ')).toBe('P-AA');
    expect(codeSearchKey('ménage m-2bé')).toBe('MNAGEM-2B');
    const searchable = searchableRegistrations([
      summary({ id: 1, personCode: 'P-AB23', householdCode: 'M-XY45' }),
      summary({ id: 2, personCode: 'P-CD67', householdCode: 'M-AB89' }),
      // An erased person: no code left, found only when nothing is searched.
      summary({ id: 3, personCode: null, householdCode: null, status: 'ended' }),
    ]);
    const ids = (search: string, kind: RegistrationSummary['kind'] | null = null, status: RegistrationSummary['status'] | null = null) =>
      filterRegistrations(searchable, { search, kind, status }).map((row) => row.id);
    expect(ids('')).toEqual([1, 2, 3]);
    expect(ids('ab')).toEqual([1, 2]);
    expect(ids(' xy4 ')).toEqual([1]);
    expect(ids('m-ab')).toEqual([2]);
    // Never across the person's and the household's codes.
    expect(ids('23M')).toEqual([]);
    expect(ids('', null, 'ended')).toEqual([3]);
    expect(ids('ab', 'inscription_provisoire')).toEqual([]);
  });

  it('filtering keeps the order it is given (the list sorts once, then filters at each keystroke)', () => {
    const sorted = sortRegistrations(rows, { column: 'person', direction: 'desc' }, (kind) => kind);
    expect(filterRegistrations(searchableRegistrations(sorted), { search: 'P-', kind: null, status: null }).map((row) => row.id)).toEqual([1, 3, 2]);
  });
  const label = (kind: string) => ({ reference_address_cpas: 'Adresse de référence au CPAS', inscription_provisoire: 'Inscription provisoire' })[kind] ?? kind;

  it('sorts by next contact due, soonest first, registrations without one last in both directions', () => {
    expect(sortRegistrations(rows, { column: 'nextContact', direction: 'asc' }, label).map((row) => row.id)).toEqual([3, 1, 2]);
    expect(sortRegistrations(rows, { column: 'nextContact', direction: 'desc' }, label).map((row) => row.id)).toEqual([1, 3, 2]);
  });

  it('sorts by person code, kind label and status order', () => {
    expect(sortRegistrations(rows, { column: 'person', direction: 'asc' }, label).map((row) => row.personCode)).toEqual(['P-AAAA', 'P-BBBB', 'P-CCCC']);
    expect(sortRegistrations(rows, { column: 'kind', direction: 'asc' }, label).map((row) => row.id)).toEqual([3, 1, 2]);
    expect(sortRegistrations(rows, { column: 'status', direction: 'asc' }, label).map((row) => row.status)).toEqual(['requested', 'active', 'ended']);
  });

  it('writes days short enough for a column, in the user language', () => {
    expect(shortDay('2026-12-14', 'fr-BE')).toBe('14 déc. 2026');
    expect(shortDay('2027-03-15', 'fr-BE')).toBe('15 mars 2027');
    expect(shortDay('2026-12-14', 'en-GB')).toBe('14 Dec 2026');
  });

  it('a second click reverses the order, another column starts ascending', () => {
    expect(nextRegistrationSort({ column: 'start', direction: 'asc' }, 'start')).toEqual({ column: 'start', direction: 'desc' });
    expect(nextRegistrationSort({ column: 'start', direction: 'desc' }, 'person')).toEqual({ column: 'person', direction: 'asc' });
  });

  it('colours the next contact due with its open contact task', () => {
    const task: DatedTask = { kind: 'cpas_contact', fromDate: '2027-01-10', dueDate: '2027-04-10', status: 'overdue' };
    expect(nextContactStatus(summary({ openTasks: [task] }))).toBe('overdue');
    expect(nextContactStatus(summary({ openTasks: [{ ...task, status: 'dueSoon' }] }))).toBe('dueSoon');
    expect(nextContactStatus(summary({ openTasks: [{ ...task, kind: 'police_check' }] }))).toBe('upcoming');
    expect(nextContactStatus(summary({ nextContactDue: null, openTasks: [task] }))).toBeNull();
  });
});

describe('tasks', () => {
  const task = (overrides: Partial<RegistrationTask>): RegistrationTask => ({
    kind: 'cpas_contact',
    fromDate: '2027-01-01',
    dueDate: '2027-04-01',
    status: 'upcoming',
    registrationId: 1,
    registrationKind: 'reference_address_cpas',
    personCode: 'P-AAAA',
    ...overrides,
  });

  it('lists overdue first, then due soon, then upcoming, each by due date', () => {
    const tasks = [
      task({ registrationId: 1, status: 'upcoming', dueDate: '2027-03-20' }),
      task({ registrationId: 2, status: 'dueSoon', dueDate: '2027-03-05' }),
      task({ registrationId: 3, status: 'overdue', dueDate: '2027-02-20' }),
      task({ registrationId: 4, status: 'overdue', dueDate: '2027-01-15', kind: 'forward_request' }),
      task({ registrationId: 5, status: 'dueSoon', dueDate: '2027-03-02' }),
    ];
    expect(sortTasks(tasks).map((one) => one.registrationId)).toEqual([4, 3, 5, 2, 1]);
    expect(urgentCount(tasks)).toBe(4);
  });

  it('says how late or how soon, counting calendar days', () => {
    expect(dueDistance({ dueDate: '2027-03-01' }, '2027-03-04')).toEqual({ key: 'late', count: 3 });
    expect(dueDistance({ dueDate: '2027-03-01' }, '2027-03-01')).toEqual({ key: 'today', count: 0 });
    expect(dueDistance({ dueDate: '2027-03-31' }, '2027-03-25')).toEqual({ key: 'in', count: 6 });
    // Across the change to summer time (28 March 2027): still whole days.
    expect(dueDistance({ dueDate: '2027-04-02' }, '2027-03-26')).toEqual({ key: 'in', count: 7 });
    expect(dueDistance({ dueDate: '2027-03-01', doneDate: '2027-03-09' }, '2027-03-20')).toEqual({ key: 'done', count: 0 });
  });
});

describeNamespace(
  {
    name: 'registrations',
    fr,
    en,
    sourceDir: join(__dirname, '../../renderer/features/housing/registrations'),
    prefix: 'registrations:',
    required: [
      ...REGISTRATION_KINDS.map((kind) => `kinds.${kind}`),
      ...REGISTRATION_STATUSES.map((status) => `statuses.${status}`),
      ...TASK_KINDS.map((kind) => `taskKinds.${kind}`),
      ...['overdue', 'dueSoon', 'upcoming', 'done'].map((status) => `taskStatuses.${status}`),
      ...['late', 'in', 'today', 'done'].map((key) => `due.${key}`),
      ...Object.keys(emptyRegistrationValues('2027-01-01'))
        .filter((key) => !key.endsWith('On'))
        .map((key) => `fieldLabels.${key}`),
      'fieldLabels.date',
    ],
    requiredTitle: 'names every kind, status, task, delay and form field',
    minimumUsed: 60,
    usedTitle: 'has a translation for every registrations key the feature uses',
  },
  (flat) => {
    it('uses the words CPAS housing staff use', () => {
      expect(REGISTRATION_KINDS.map((kind) => flat.fr.get(`kinds.${kind}`))).toEqual([
        'Adresse de référence au CPAS',
        'Adresse de référence chez une personne',
        'Inscription provisoire',
        'Adresse temporaire (ASBL)',
      ]);
      expect(TASK_KINDS.map((kind) => flat.fr.get(`taskKinds.${kind}`))).toEqual([
        'Transmettre la demande au CPAS compétent',
        'Contact au CPAS',
        'Déclaration du déménagement',
        'Enquête de police',
        'Radiation',
      ]);
      expect(flat.fr.get('contacts.record')).toBe("Contact aujourd'hui");
    });

    it('is registered as the "registrations" namespace of the app', () => {
      const index = readFileSync(join(__dirname, '../../renderer/i18n/index.ts'), 'utf8');
      expect(index).toMatch(/fr: \{[^}]*registrations: registrationsFr[^}]*\}/);
      expect(index).toMatch(/en: \{[^}]*registrations: registrationsEn[^}]*\}/);
      expect(index).toMatch(/ns: \[[^\]]*'registrations'/);
    });
  },
);
