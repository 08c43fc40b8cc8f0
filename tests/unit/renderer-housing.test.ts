import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fr from '../../renderer/features/housing/i18n/fr.json';
import en from '../../renderer/features/housing/i18n/en.json';
import { HOUSING_TABS, housingTabOf, searchForHousingTab } from '../../renderer/features/housing/housing-tabs';
import {
  createUnitInput,
  emptyUnitValues,
  formatDay,
  lightHousingState,
  nextUnitSort,
  rollingLeaseErrorKey,
  rollingLeaseInput,
  rollingLeaseValues,
  sortUnits,
  unitErrorKey,
  unitFieldsFromValues,
  valuesFromUnit,
} from '../../renderer/features/housing/model/unit-form';
import type { HousingUnit, HousingUnitSummary } from '../../shared/domain/housing/housing-units-api';
import { LIGHT_HOUSING_CRITERIA } from '../../shared/domain/housing/light-housing';
import { PROVIDER_KINDS, SUPPORT_KINDS, UNIT_KINDS, UNIT_STATUSES } from '../../shared/domain/housing/units';
import { describeNamespace, flatten, type Tree } from '../helpers/i18n-namespace';
import {
  COMMON_LANGUAGES,
  STATUS_NOT_GIVEN,
  createHouseholdInput,
  dayOf,
  emptyHouseholdValues,
  emptyPersonValues,
  erasureConfirmed,
  householdErrorKey,
  nextHouseholdSort,
  personErrorKey,
  personFieldsFromValues,
  personName,
  personValues,
  sortHouseholds,
} from '../../renderer/features/housing/model/household-form';
import { RESIDENCE_STATUSES, type HousingHouseholdSummary, type HousingPerson } from '../../shared/domain/housing/people';

const summary = (fields: Partial<HousingUnitSummary>): HousingUnitSummary => ({
  id: 1,
  code: 'LS-0001',
  kind: 'habitat_leger',
  address: 'Rue Haute 1, 4000 Liège',
  providerId: null,
  providerName: null,
  capacity: 2,
  status: 'identified',
  statusDate: '2026-03-01',
  ...fields,
});

const unit = (fields: Partial<HousingUnit>): HousingUnit => ({
  ...summary({}),
  notes: '',
  nextStatuses: ['supported', 'closed'],
  statusHistory: [{ status: 'identified', date: '2026-03-01', recordedAt: '2026-03-01T09:00:00.000Z' }],
  supports: [],
  citizenStayDays: null,
  effectiveCitizenStayDays: null,
  lightHousing: null,
  rollingLease: null,
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
  ...fields,
});

describe('housing tabs', () => {
  it('keeps the tab in the address, the units tab needing none', () => {
    expect(housingTabOf('providers')).toBe('providers');
    expect(housingTabOf('nonsense')).toBe('units');
    expect(housingTabOf(null)).toBe('units');
    expect(searchForHousingTab('units')).toBe('');
    expect(searchForHousingTab('providers')).toBe('?tab=providers');
  });
});

describe('unit form values', () => {
  it('starts as an identified hébergement citoyen of one place, from today', () => {
    const values = emptyUnitValues('2026-11-28');
    expect(values).toMatchObject({ kind: 'hebergement_citoyen', capacity: 1, status: 'identified', statusDate: '2026-11-28', citizenStayDays: '' });
  });

  it('sends the supports in order with their dates, and the kind-specific details of its kind only', () => {
    const values = {
      ...emptyUnitValues('2026-11-28'),
      code: ' ls-7 ',
      kind: 'habitat_leger' as const,
      address: ' Rue Haute 1 ',
      providerId: '4',
      capacity: 3 as const,
      supportKinds: ['works' as const, 'rental_guarantee' as const],
      supportDates: { ...emptyUnitValues('x').supportDates, works: '2026-05-01' },
      citizenStayDays: 14 as const,
      lightHousingCriteria: ['no_foundations' as const, 'dismantlable' as const],
    };
    const input = createUnitInput(values);
    expect(input).toMatchObject({ code: 'ls-7', address: 'Rue Haute 1', providerId: 4, capacity: 3, status: 'identified', statusDate: '2026-11-28' });
    expect(input.supports).toEqual([
      { kind: 'rental_guarantee', startDate: null, notes: '' },
      { kind: 'works', startDate: '2026-05-01', notes: '' },
    ]);
    expect(input.citizenStayDays).toBeNull();
    expect(input.lightHousingCriteria).toEqual(['dismantlable', 'no_foundations']);
    expect(unitFieldsFromValues({ ...values, kind: 'hebergement_citoyen' })).toMatchObject({ citizenStayDays: 14, lightHousingCriteria: [] });
    expect(unitFieldsFromValues({ ...values, providerId: null }).providerId).toBeNull();
  });

  it('round-trips a unit, keeping the notes of its supports', () => {
    const existing = unit({
      providerId: 3,
      supports: [{ kind: 'insurance', startDate: '2026-04-01', notes: 'AXA' }],
      lightHousing: { criteria: ['movable', 'low_weight', 'self_built'], qualifies: true, missing: 0 },
    });
    const values = valuesFromUnit(existing);
    expect(values.providerId).toBe('3');
    expect(values.supportKinds).toEqual(['insurance']);
    expect(values.supportDates.insurance).toBe('2026-04-01');
    expect(unitFieldsFromValues(values, existing).supports).toEqual([{ kind: 'insurance', startDate: '2026-04-01', notes: 'AXA' }]);
    expect(unitFieldsFromValues(values, existing).lightHousingCriteria).toEqual(['movable', 'low_weight', 'self_built']);
  });

  it('shows an error of a support under the supports', () => {
    expect(unitErrorKey('supports.1.kind')).toBe('supportKinds');
    expect(unitErrorKey('code')).toBe('code');
  });
});

describe('habitat léger badge', () => {
  it('qualifies from 3 of the 9 criteria', () => {
    expect(lightHousingState([])).toEqual({ count: 0, qualifies: false, missing: 3, minimum: 3 });
    expect(lightHousingState(['movable', 'low_weight'])).toMatchObject({ qualifies: false, missing: 1 });
    expect(lightHousingState(['movable', 'low_weight', 'no_upper_floor'])).toMatchObject({ count: 3, qualifies: true, missing: 0 });
    expect(lightHousingState([...LIGHT_HOUSING_CRITERIA])).toMatchObject({ count: 9, qualifies: true });
  });
});

describe('units list order', () => {
  const rows = [
    summary({ id: 1, code: 'B-2', capacity: 4, status: 'active', providerName: 'Zoé' }),
    summary({ id: 2, code: 'A-10', capacity: 1, status: 'identified', providerName: null }),
    summary({ id: 3, code: 'A-9', capacity: 4, status: 'supported', providerName: 'Albert' }),
  ];
  const label = (kind: string) => kind;
  it('sorts by code in natural order, and by other columns with the code as tie-break', () => {
    expect(sortUnits(rows, { column: 'code', direction: 'asc' }, label).map((row) => row.code)).toEqual(['A-9', 'A-10', 'B-2']);
    expect(sortUnits(rows, { column: 'capacity', direction: 'desc' }, label).map((row) => row.code)).toEqual(['A-9', 'B-2', 'A-10']);
    expect(sortUnits(rows, { column: 'status', direction: 'asc' }, label).map((row) => row.status)).toEqual(['identified', 'supported', 'active']);
    expect(sortUnits(rows, { column: 'provider', direction: 'asc' }, label).map((row) => row.code)).toEqual(['A-10', 'A-9', 'B-2']);
  });
  it('turns a second click into the other direction', () => {
    expect(nextUnitSort({ column: 'code', direction: 'asc' }, 'code')).toEqual({ column: 'code', direction: 'desc' });
    expect(nextUnitSort({ column: 'code', direction: 'desc' }, 'status')).toEqual({ column: 'status', direction: 'asc' });
  });
});

describe('bail glissant form', () => {
  it('starts today when nothing is recorded, and sends empty dates as null and blank reviews not at all', () => {
    const values = rollingLeaseValues(null, '2026-11-28');
    expect(values.subleaseStart).toBe('2026-11-28');
    const input = rollingLeaseInput(5, { ...values, operator: ' AIS Liège ', renewals: ['2027-11-28', ''], reviews: [{ date: '2027-01-10', notes: ' ok ' }, { date: '', notes: ' ' }] });
    expect(input).toMatchObject({ unitId: 5, operator: 'AIS Liège', renewals: ['2027-11-28'], transferDate: null, endDate: null, reviews: [{ date: '2027-01-10', notes: 'ok' }] });
  });
  it('puts an error of a review on its row', () => {
    expect(rollingLeaseErrorKey('reviews.2.date')).toBe('reviews.2.date');
    expect(rollingLeaseErrorKey('renewals.1')).toBe('renewals');
    expect(rollingLeaseErrorKey('transferDate')).toBe('transferDate');
  });
});

describe('calendar days', () => {
  it('writes a day in the user language, whatever the time zone', () => {
    expect(formatDay('2027-03-01', 'fr-BE')).toBe('1er mars 2027');
    expect(formatDay('2027-03-01', 'en-GB')).toBe('1 March 2027');
  });
});

describeNamespace(
  {
    name: 'housing',
    fr,
    en,
    sourceDir: join(__dirname, '../../renderer/features/housing'),
    prefix: 'housing:',
    required: [
      ...HOUSING_TABS.map((tab) => `tabs.${tab}`),
      ...UNIT_KINDS.map((kind) => `kinds.${kind}`),
      ...UNIT_STATUSES.map((status) => `statuses.${status}`),
      ...SUPPORT_KINDS.map((kind) => `supports.${kind}`),
      ...PROVIDER_KINDS.map((kind) => `providerKinds.${kind}`),
      ...LIGHT_HOUSING_CRITERIA.map((criterion) => `criteria.${criterion}`),
      ...['code', 'kind', 'providerId', 'endDate'].map((name) => `fieldLabels.${name}`),
      ...['renewal_due', 'renewal_dueOverdue', 'maximum_reached', 'maximum_reachedOverdue'].map((key) => `lease.alerts.${key}`),
    ],
    requiredTitle: 'names every tab, unit kind, status, support, partner kind, criterion and alert',
    minimumUsed: 60,
    usedTitle: 'has a translation for every housing key the feature uses',
  },
  (flat) => {
    it('uses the words CPAS housing staff use', () => {
      expect(UNIT_KINDS.map((kind) => flat.fr.get(`kinds.${kind}`))).toEqual([
        'Hébergement citoyen',
        'Logement de transit',
        'Bail glissant',
        "Convention d'occupation précaire",
        'Occupation temporaire partagée',
        'Habitat léger',
        'Coopérative / habitat participatif',
        'Maison de jeunes travailleurs',
        'Autre',
      ]);
      expect(UNIT_STATUSES.map((status) => flat.fr.get(`statuses.${status}`))).toEqual(['Identifié', 'Soutenu', 'Actif', 'Suspendu', 'Clôturé']);
      expect(SUPPORT_KINDS.map((kind) => flat.fr.get(`supports.${kind}`))).toEqual(['Garantie locative', 'Assurance', 'Aide administrative', 'Travaux', 'Accompagnement']);
      expect(HOUSING_TABS.map((tab) => flat.fr.get(`tabs.${tab}`))).toEqual(['Logements', 'Partenaires', 'Ménages', "Liste d'attente"]);
      expect(flat.fr.get('lightHousing.qualifies_other')).toContain('(3 critères sur 9 minimum)'.replace('3', '{{minimum}}'));
    });

    it('is registered as the "housing" namespace of the app', () => {
      const index = readFileSync(join(__dirname, '../../renderer/i18n/index.ts'), 'utf8');
      expect(index).toMatch(/fr: \{[^}]*housing: housingFr[^}]*\}/);
      expect(index).toMatch(/en: \{[^}]*housing: housingEn[^}]*\}/);
      expect(index).toMatch(/ns: \[[^\]]*'housing'/);
    });
  },
);

describe('households and people (pseudonymous)', () => {
  const person: HousingPerson = {
    id: 7,
    code: 'P-4XH9',
    householdId: 3,
    firstName: 'Aïcha',
    lastName: '',
    residenceStatus: 'asylum_seeker',
    birthYear: 1990,
    contact: '',
    languages: ['ar', 'fr'],
    createdAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
  };

  it('starts a household with one empty row whose status is "non renseigné"', () => {
    expect(emptyHouseholdValues()).toEqual({ size: 1, notes: '', people: [emptyPersonValues()] });
    expect(emptyPersonValues().residenceStatus).toBe(STATUS_NOT_GIVEN);
  });

  it('sends null for a status not given and an empty year, trimmed names, each language once', () => {
    expect(
      personFieldsFromValues({ firstName: '  Aïcha ', lastName: '', residenceStatus: STATUS_NOT_GIVEN, birthYear: '', contact: ' ', languages: ['ar', 'AR', 'fr'] }),
    ).toEqual({ firstName: 'Aïcha', lastName: '', residenceStatus: null, birthYear: null, contact: '', languages: ['ar', 'fr'] });
    expect(personFieldsFromValues({ ...emptyPersonValues(), residenceStatus: 'permit_long', birthYear: 1980 })).toMatchObject({
      residenceStatus: 'permit_long',
      birthYear: 1980,
    });
  });

  it('round-trips a person through the form', () => {
    expect(personFieldsFromValues(personValues(person))).toEqual({
      firstName: 'Aïcha',
      lastName: '',
      residenceStatus: 'asylum_seeker',
      birthYear: 1990,
      contact: '',
      languages: ['ar', 'fr'],
    });
    expect(personValues({ ...person, residenceStatus: null, birthYear: null })).toMatchObject({ residenceStatus: STATUS_NOT_GIVEN, birthYear: '' });
  });

  it('builds the household to create, an empty size refused by the contract', () => {
    const values = { size: 2 as const, notes: ' ', people: [emptyPersonValues(), { ...emptyPersonValues(), firstName: 'Jan' }] };
    const input = createHouseholdInput(values);
    expect(input.size).toBe(2);
    expect(input.notes).toBe('');
    expect(input.people.map((row) => row.firstName)).toEqual(['', 'Jan']);
    expect(createHouseholdInput({ ...values, size: '' }).size).toBe(0);
  });

  it("puts a refused person's field on its own row", () => {
    expect(householdErrorKey('people.1.birthYear')).toBe('people.1.birthYear');
    expect(householdErrorKey('people.0.languages.2')).toBe('people.0.languages');
    expect(householdErrorKey('people')).toBe('people');
    expect(householdErrorKey('size')).toBe('size');
    expect(personErrorKey('languages.1')).toBe('languages');
  });

  it('shows a name only when one is given; the code stays the identity', () => {
    expect(personName(person)).toBe('Aïcha');
    expect(personName({ firstName: ' ', lastName: '' })).toBe('');
    expect(personName({ firstName: 'Jan', lastName: 'Peeters' })).toBe('Jan Peeters');
  });

  it('erases only once the exact code is typed (case and spaces aside)', () => {
    expect(erasureConfirmed('p-4xh9 ', 'P-4XH9')).toBe(true);
    expect(erasureConfirmed('P-4XH', 'P-4XH9')).toBe(false);
    expect(erasureConfirmed('', 'P-4XH9')).toBe(false);
  });

  it('sorts households, newest first by default when sorting by date', () => {
    const row = (id: number, code: string, createdAt: string, size = 1, personCount = 1): HousingHouseholdSummary => ({
      id,
      code,
      size,
      personCount,
      createdAt,
      updatedAt: createdAt,
    });
    const rows = [row(1, 'M-BBBB', '2026-11-01T09:00:00Z', 3, 1), row(2, 'M-AAAA', '2026-11-20T09:00:00Z', 1, 1), row(3, 'M-CCCC', '2026-11-10T09:00:00Z', 2, 2)];
    expect(sortHouseholds(rows, { column: 'created', direction: 'desc' }).map((h) => h.code)).toEqual(['M-AAAA', 'M-CCCC', 'M-BBBB']);
    expect(sortHouseholds(rows, { column: 'code', direction: 'asc' }).map((h) => h.code)).toEqual(['M-AAAA', 'M-BBBB', 'M-CCCC']);
    expect(sortHouseholds(rows, { column: 'size', direction: 'asc' }).map((h) => h.code)).toEqual(['M-AAAA', 'M-CCCC', 'M-BBBB']);
    expect(sortHouseholds(rows, { column: 'people', direction: 'desc' }).map((h) => h.code)).toEqual(['M-CCCC', 'M-AAAA', 'M-BBBB']);
    expect(nextHouseholdSort({ column: 'code', direction: 'asc' }, 'created')).toEqual({ column: 'created', direction: 'desc' });
    expect(nextHouseholdSort({ column: 'code', direction: 'asc' }, 'code')).toEqual({ column: 'code', direction: 'desc' });
    expect(dayOf('2026-11-28T23:10:00Z')).toBe('2026-11-28');
  });

  it('names every residence status and every offered language in both languages; the codes are ISO 639', () => {
    for (const tree of [fr, en] as Tree[]) {
      const flat = flatten(tree);
      for (const status of RESIDENCE_STATUSES) expect(flat.get(`residenceStatuses.${status}`), status).toBeTruthy();
      for (const code of COMMON_LANGUAGES) expect(flat.get(`languages.${code}`), code).toBeTruthy();
    }
    for (const code of COMMON_LANGUAGES) expect(code).toMatch(/^[a-z]{2,3}$/);
    expect(flatten(fr as Tree).get('languages.nl')).toBe('Néerlandais');
  });
});
