import { describe, expect, it } from 'vitest';
import type { Facilitator } from '../../shared/domain/directory';
import { contract } from '../../shared/api/contract';
import { currentSchoolYear, schoolYearChoices } from '../../renderer/dates/school-years';
import { localToday } from '../../renderer/dates/local-today';
import { numberOrMissing, numberOrNull, requiredChoice } from '../../renderer/features/directory/common/form-values';
import { directoryTabOf, searchForTab } from '../../renderer/features/directory/directory-tabs';
import { pageOf, sortFacilitators } from '../../renderer/features/directory/partners/facilitator-list';
import { LIEGE_NEIGHBOURHOODS } from '../../renderer/features/directory/schools/neighbourhoods';
import { fieldErrorsFromSchema } from '../../renderer/forms/contract-validation';

describe('school years in the directory', () => {
  it('defaults to the school year of today (summer belongs to the year just ended)', () => {
    expect(currentSchoolYear(new Date(2026, 10, 28))).toBe('2026–2027');
    expect(currentSchoolYear(new Date(2026, 6, 20))).toBe('2025–2026');
    expect(currentSchoolYear(new Date(2026, 7, 31))).toBe('2026–2027');
  });

  it('reads today in local time', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('offers one year ahead and four back, keeping an older value', () => {
    expect(schoolYearChoices('2026–2027')).toEqual(['2027–2028', '2026–2027', '2025–2026', '2024–2025', '2023–2024', '2022–2023']);
    expect(schoolYearChoices('2026–2027', '2019–2020')).toContain('2019–2020');
    expect(schoolYearChoices('2026–2027', '2025–2026')).toHaveLength(6);
  });
});

describe('directory forms', () => {
  it('turns an empty choice or number box into "missing", so the contract says "required"', () => {
    const input = {
      schoolId: requiredChoice(null),
      schoolYear: '2026–2027',
      name: '5e primaire B',
      grade: '5P',
      pupilCount: numberOrMissing(''),
      teacherIds: [],
    };
    const issues = fieldErrorsFromSchema(contract.classes.create.input, input);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'schoolId', issue: 'required' },
        { path: 'pupilCount', issue: 'required' },
      ]),
    );
    expect(numberOrMissing('12')).toBe(12);
    expect(numberOrMissing(0)).toBe(0);
    expect(numberOrNull('')).toBeNull();
  });

  it('refuses a postal code of two digits, as the server does', () => {
    const school = {
      name: 'École du Laveu',
      network: 'communal',
      levels: ['primaire'],
      street: '',
      postalCode: '40',
      city: 'Liège',
      neighbourhood: '',
      phone: '',
      email: '',
      notes: '',
    };
    expect(fieldErrorsFromSchema(contract.schools.create.input, school)).toEqual([{ path: 'postalCode', issue: 'invalid_format' }]);
    expect(fieldErrorsFromSchema(contract.schools.create.input, { ...school, postalCode: '4000' })).toEqual([]);
  });

  it('suggests every Liège neighbourhood once', () => {
    expect(new Set(LIEGE_NEIGHBOURHOODS).size).toBe(LIEGE_NEIGHBOURHOODS.length);
    expect(LIEGE_NEIGHBOURHOODS).toEqual(expect.arrayContaining(['Outremeuse', 'Sainte-Marguerite', 'Amercœur', 'Chênée', 'Wandre']));
  });
});

describe('directory tabs in the address', () => {
  it('reads the tab, falling back to the schools for anything else', () => {
    expect(directoryTabOf('classes')).toBe('classes');
    expect(directoryTabOf('partners')).toBe('partners');
    expect(directoryTabOf(null)).toBe('schools');
    expect(directoryTabOf('housing')).toBe('schools');
  });

  it('writes no search for the default tab', () => {
    expect(searchForTab('schools')).toBe('');
    expect(searchForTab('contacts')).toBe('?tab=contacts');
  });
});

describe('facilitators list', () => {
  const person = (id: number, name: string, partnerName: string | null): Facilitator => ({
    id,
    name,
    partnerId: partnerName ? id + 100 : null,
    partnerName,
    email: '',
    phone: '',
  });
  const rows = [person(1, 'Élise Celik', 'CRIPEL'), person(2, 'Yasmina Gérard', null), person(3, 'camille Marchal', 'Cité Miroir'), person(4, 'Bruno Petit', 'CRIPEL')];
  const compare = new Intl.Collator('fr-BE', { sensitivity: 'base', numeric: true }).compare;
  const ids = (list: Facilitator[]) => list.map((row) => row.id);

  it('sorts names as French speakers expect', () => {
    expect(ids(sortFacilitators(rows, { column: 'name', direction: 'asc' }, compare))).toEqual([4, 3, 1, 2]);
    expect(ids(sortFacilitators(rows, { column: 'name', direction: 'desc' }, compare))).toEqual([2, 1, 3, 4]);
  });

  it('sorts by partner, independents last in both directions, then by name', () => {
    expect(ids(sortFacilitators(rows, { column: 'partnerName', direction: 'asc' }, compare))).toEqual([3, 4, 1, 2]);
    expect(ids(sortFacilitators(rows, { column: 'partnerName', direction: 'desc' }, compare))).toEqual([4, 1, 3, 2]);
  });

  it('pages the sorted list', () => {
    expect(pageOf([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect(pageOf([1, 2, 3], 3, 2)).toEqual([]);
  });
});
