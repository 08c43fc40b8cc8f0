import { describe, expect, it } from 'vitest';
import {
  formatDateRange,
  formatDayMonth,
  formatFullDate,
  formatShortDate,
  formatWeekdayDate,
  languageOfLocale,
} from '../../renderer/dates/date-text';

/** Issue 17: a date reads the same way everywhere; in French the first of the month is "1er", never "1". */
describe('date texts, first of the month', () => {
  it('writes "1er" in French and "1" in English, in every helper', () => {
    expect(formatDayMonth('2027-03-01', 'fr', 2027)).toBe('1er mars');
    expect(formatDayMonth('2027-03-01', 'en', 2027)).toBe('1 March');
    expect(formatFullDate('2027-03-01', 'fr')).toBe('1er mars 2027');
    expect(formatFullDate('2027-03-01', 'en')).toBe('1 March 2027');
    expect(formatWeekdayDate('2027-03-01', 'fr', 2027)).toBe('lundi 1er mars');
    expect(formatWeekdayDate('2027-03-01', 'en')).toBe('Monday, 1 March 2027');
    expect(formatShortDate('2026-12-01', 'fr')).toBe('1er déc. 2026');
    expect(formatShortDate('2026-12-01', 'en')).toBe('1 Dec 2026');
  });

  it('never touches another day that holds a 1', () => {
    expect(formatFullDate('2027-03-11', 'fr')).toBe('11 mars 2027');
    expect(formatFullDate('2027-03-21', 'fr')).toBe('21 mars 2027');
    expect(formatFullDate('2031-01-10', 'fr')).toBe('10 janvier 2031');
    expect(formatShortDate('2031-01-31', 'fr')).toBe('31 janv. 2031');
  });

  it('gives each end of a range its own "1er"', () => {
    expect(formatDateRange('2027-03-01', '2027-03-05', 'fr')).toBe('1er–5 mars 2027');
    // Intl puts thin or non-breaking spaces around the dash: compared with plain ones.
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(plain(formatDateRange('2027-02-26', '2027-03-01', 'fr'))).toBe('26 février – 1er mars 2027');
    expect(plain(formatDateRange('2027-02-01', '2027-03-01', 'fr'))).toBe('1er février – 1er mars 2027');
    expect(formatDateRange('2027-03-01', '2027-03-01', 'fr')).toBe('1er mars 2027');
    expect(plain(formatDateRange('2027-02-26', '2027-03-01', 'en'))).toBe('26 February – 1 March 2027');
    expect(formatDateRange('2027-03-11', '2027-03-21', 'fr')).toBe('11–21 mars 2027');
  });

  it('reads the language of a locale', () => {
    expect(languageOfLocale('fr-BE')).toBe('fr');
    expect(languageOfLocale('en-GB')).toBe('en');
  });
});
