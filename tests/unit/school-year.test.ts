import { describe, expect, it } from 'vitest';
import {
  firstFridayOfJuly,
  lastMondayOfAugust,
  parseSchoolYearLabel,
  schoolYearOf,
  schoolYearStarting,
} from '../../shared/domain/school-year';

describe('FWB school years', () => {
  it('start on the last Monday of August and end on the first Friday of July', () => {
    // Published calendar 2025–2026: Monday 25 August 2025 to Friday 3 July 2026 (summer from Sat 4 July).
    expect(schoolYearStarting(2025)).toEqual({ startYear: 2025, label: '2025–2026', firstDay: '2025-08-25', lastDay: '2026-07-03' });
    expect(lastMondayOfAugust(2026)).toBe('2026-08-31');
    expect(lastMondayOfAugust(2027)).toBe('2027-08-30');
    expect(firstFridayOfJuly(2027)).toBe('2027-07-02');
    expect(firstFridayOfJuly(2022)).toBe('2022-07-01');
  });

  it('gives each date its school year, summer counting in the year just ended', () => {
    expect(schoolYearOf('2025-08-24').label).toBe('2024–2025');
    expect(schoolYearOf('2025-08-25').label).toBe('2025–2026');
    expect(schoolYearOf('2025-12-31').label).toBe('2025–2026');
    expect(schoolYearOf('2026-01-01T09:00').label).toBe('2025–2026');
    expect(schoolYearOf('2026-07-15').label).toBe('2025–2026');
    expect(schoolYearOf('2026-08-30').label).toBe('2025–2026');
    expect(schoolYearOf('2026-08-31').label).toBe('2026–2027');
  });

  it('reads labels with an en dash or a hyphen', () => {
    expect(parseSchoolYearLabel('2025–2026')).toBe(2025);
    expect(parseSchoolYearLabel(' 2025-2026 ')).toBe(2025);
    expect(parseSchoolYearLabel('2025–2027')).toBeNull();
    expect(parseSchoolYearLabel('25-26')).toBeNull();
  });
});
