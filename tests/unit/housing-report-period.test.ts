import { describe, expect, it } from 'vitest';
import { changeText, rateChangeText } from '../../renderer/features/reports/housing/period';
import { yearEarlier } from '../../main/services/housing/reports';

describe('housing report: the year before and the change', () => {
  const format = (value: number) => new Intl.NumberFormat('fr-BE').format(value);

  it('compares with the same dates a year earlier, 29 February becoming 28', () => {
    expect(yearEarlier({ from: '2026-01-01', to: '2026-11-28' })).toEqual({ from: '2025-01-01', to: '2025-11-28' });
    expect(yearEarlier({ from: '2028-02-29', to: '2028-12-31' })).toEqual({ from: '2027-02-28', to: '2027-12-31' });
  });

  it('writes a change signed, and "—" when a value is "< 5" or withheld', () => {
    expect(changeText({ value: 1257 }, 1200, format)).toBe('+57');
    expect(changeText(39, { value: 41 }, format)).toBe('−2');
    expect(changeText(3, 3, format)).toBe('0');
    expect(changeText({ value: 86 }, { lessThan: 5 }, format)).toBe('—');
    expect(changeText(null, { value: 4 }, format)).toBe('—');
  });

  it('writes a rate change in points with one decimal, as the PDF does', () => {
    expect(rateChangeText(0.691, 0.6, 'fr-BE')).toBe('+9,1 pts');
    expect(rateChangeText(0.5455, 0.6851, 'en-GB')).toBe('−14.0 pts');
    expect(rateChangeText(0.5, null, 'fr-BE')).toBe('—');
  });
});
