import { describe, expect, it } from 'vitest';
import { MAX_PERIOD_YEARS, previousPeriod, rangeProblem, resolvePeriod, sameDayYearBefore } from '../../shared/domain/indicators/period';

describe('indicator periods', () => {
  it('a school year runs from its last Monday of August to the day before the next one (summer included)', () => {
    expect(resolvePeriod({ kind: 'schoolYear', schoolYear: '2025–2026' })).toMatchObject({ schoolYear: '2025–2026', from: '2025-08-25', to: '2026-08-30' });
    expect(resolvePeriod({ kind: 'schoolYear', schoolYear: '2026-2027' })).toMatchObject({ schoolYear: '2026–2027', from: '2026-08-31', to: '2027-08-29' });
  });

  it('the previous period is the school year before, or the same days one year earlier', () => {
    expect(previousPeriod({ kind: 'schoolYear', schoolYear: '2025–2026' })).toEqual({ kind: 'schoolYear', schoolYear: '2024–2025' });
    expect(previousPeriod({ kind: 'range', from: '2025-10-01', to: '2026-03-31' })).toEqual({ kind: 'range', from: '2024-10-01', to: '2025-03-31' });
    expect(sameDayYearBefore('2024-02-29')).toBe('2023-02-28');
    expect(previousPeriod({ kind: 'range', from: '2024-02-29', to: '2024-03-01' })).toEqual({ kind: 'range', from: '2023-02-28', to: '2023-03-01' });
  });

  it('a range ends on or after its start and covers at most ten years', () => {
    expect(MAX_PERIOD_YEARS).toBe(10);
    expect(rangeProblem('2026-01-01', '2026-01-01')).toBeNull();
    expect(rangeProblem('2026-01-02', '2026-01-01')).toBe('period_reversed');
    expect(rangeProblem('2016-01-01', '2025-12-31')).toBeNull();
    expect(rangeProblem('2015-03-01', '2025-03-01')).toBe('period_too_long');
    expect(rangeProblem('2015-01-01', '2026-01-01')).toBe('period_too_long');
  });
});
