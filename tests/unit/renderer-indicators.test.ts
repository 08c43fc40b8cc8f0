import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fr from '../../renderer/features/indicators/i18n/fr.json';
import en from '../../renderer/features/indicators/i18n/en.json';
import { INDICATOR_TABLES } from '../../shared/domain/indicators/indicators';
import { changeOf, changeText, changeTone } from '../../renderer/features/indicators/change';
import { periodOf, type PeriodChoice } from '../../renderer/features/indicators/period-model';
import { matching, pageOf, sorted } from '../../renderer/features/indicators/rows/row-list';
import { describeNamespace } from '../helpers/i18n-namespace';

describeNamespace({
  name: 'indicators',
  fr,
  en,
  sourceDir: join(__dirname, '../../renderer/features/indicators'),
  prefix: 'indicators:',
  required: [
    ...INDICATOR_TABLES.map((table) => `tables.${table}`),
    ...(['planned', 'held', 'cancelled', 'open'] as const).map((status) => `activities.${status}`),
    ...(['held', 'schools', 'classes', 'pupils', 'teachers', 'loans', 'forms'] as const).map((key) => `keyFigures.${key}`),
    'questionnaires.audiences.pupil',
    'questionnaires.audiences.teacher',
    'rows.count',
  ],
  requiredTitle: 'names every table, activity status, key figure and audience',
  minimumUsed: 60,
  usedTitle: 'has a translation for every indicators key the dashboard uses',
});

describe('the change beside the previous period', () => {
  const same = { same: '=' };
  // French puts a no-break space before the percent sign (which one depends on the ICU version): compared as a space.
  const plain = (text: string) => text.replace(/\s/g, ' ');
  it('gives the difference and its percentage, signed, in the reader’s language', () => {
    expect(plain(changeText(changeOf(12, 8), 'fr', same))).toBe('+4 (+50 %)');
    expect(changeText(changeOf(6, 8), 'en', same)).toBe('-2 (-25%)');
    expect(changeTone(changeOf(6, 8))).toBe('down');
  });
  it('has no percentage from zero, says "=" when nothing changed, and nothing for a suppressed count', () => {
    expect(changeText(changeOf(3, 0), 'fr', same)).toBe('+3');
    expect(changeText(changeOf(7, 7), 'fr', same)).toBe('=');
    expect(changeText(changeOf({ lessThan: 5 }, { value: 12 }), 'fr', same)).toBe('—');
    expect(plain(changeText(changeOf({ value: 20 }, { value: 12 }), 'fr', same))).toBe('+8 (+67 %)');
  });
  it('keeps one decimal for weeks on loan', () => {
    expect(plain(changeText(changeOf(25.6, 28.1), 'fr', same, 1))).toBe('-2,5 (-9 %)');
  });
});

describe('the period asked for', () => {
  const choice: PeriodChoice = { kind: 'schoolYear', schoolYear: '2026–2027', from: '2026-08-31', to: '' };
  it('is the school year, or the range once both days are whole dates', () => {
    expect(periodOf(choice)).toEqual({ kind: 'schoolYear', schoolYear: '2026–2027' });
    expect(periodOf({ ...choice, kind: 'range' })).toBeNull();
    expect(periodOf({ ...choice, kind: 'range', to: '2026-10-31' })).toEqual({ kind: 'range', from: '2026-08-31', to: '2026-10-31' });
  });
});

describe('the list behind a figure', () => {
  const rows = [
    { id: 1, name: 'École libre Les Écureuils', count: 3 },
    { id: 2, name: 'Athénée du Confluent', count: 10 },
    { id: 3, name: 'École communale de Droixhe', count: null },
  ];
  const value = (row: (typeof rows)[number], column: string) => (column === 'count' ? row.count : row.name);
  it('finds every word, accents and case ignored', () => {
    expect(matching(rows, 'ecole LIBRE', (row) => row.name).map((row) => row.id)).toEqual([1]);
    expect(matching(rows, '  ', (row) => row.name)).toHaveLength(3);
  });
  it('sorts numbers as numbers, missing ones last, and texts as a French reader orders them', () => {
    expect(sorted(rows, { column: 'count', direction: 'desc' }, value).map((row) => row.id)).toEqual([2, 1, 3]);
    expect(sorted(rows, { column: 'count', direction: 'asc' }, value).map((row) => row.id)).toEqual([1, 2, 3]);
    expect(sorted(rows, { column: 'name', direction: 'asc' }, value).map((row) => row.id)).toEqual([2, 3, 1]);
  });
  it('pages from 1', () => {
    expect(pageOf(rows, 2, 2).map((row) => row.id)).toEqual([3]);
  });
});
