import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fr from '../../renderer/features/questionnaires/results/i18n/fr.json';
import en from '../../renderer/features/questionnaires/results/i18n/en.json';
import { chartRows, niceCeiling, place, sharedChangeAxis } from '../../renderer/features/questionnaires/results/chart-geometry';
import { codePieces } from '../../renderer/features/questionnaires/results/code-diff';
import { orderedColors, segments } from '../../renderer/features/questionnaires/results/feedback-model';
import { decisionFor, reviewKeyAction } from '../../renderer/features/questionnaires/results/review-keys';
import {
  defaultTemplateId,
  pupilTemplates,
  readSelection,
  schoolYearOptions,
  scopeOf,
  selectionParams,
  SCOPE_KINDS,
} from '../../renderer/features/questionnaires/results/scope-model';
import { STAT_COLUMNS, statCells } from '../../renderer/features/questionnaires/results/stat-cells';
import { statFormat } from '../../renderer/features/questionnaires/results/stat-format';
import { ANALYSIS_SCOPE_KINDS, type DimensionChange } from '../../shared/domain/questionnaires/analysis';
import { pairedStatistics, suppressSmallGroups, type PairedValue } from '../../shared/domain/questionnaires/paired-stats';
import { QUESTIONNAIRE_AUDIENCES, type QuestionnaireTemplate } from '../../shared/domain/questionnaires/templates';
import { describeNamespace } from '../helpers/i18n-namespace';

/** Intl separates thousands and "%" with no-break spaces (U+00A0 / U+202F): compared as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const frFormat = statFormat('fr');
const enFormat = statFormat('en');

const pairs = (list: [number, number][]): PairedValue[] => list.map(([before, after]) => ({ before, after }));
// Differences 2, 1, 1, 0, 2, 2: mean before 2.5, after 3.8333…, change +1.3333…
const SIX = pairs([
  [2, 4],
  [3, 4],
  [2, 3],
  [4, 4],
  [1, 3],
  [3, 5],
]);

describe('statFormat', () => {
  it('writes French numbers with a decimal comma and English ones with a point', () => {
    expect(frFormat.mean(3.4)).toBe('3,40');
    expect(enFormat.mean(3.4)).toBe('3.40');
    expect(plain(frFormat.integer(12345))).toBe('12 345');
    expect(plain(frFormat.percent(0.724))).toBe('72 %');
    expect(enFormat.percent(0.724)).toBe('72%');
  });

  it('signs changes and never writes "-0,00"', () => {
    expect(frFormat.change(0.424)).toBe('+0,42');
    expect(frFormat.change(-0.1)).toBe('-0,10');
    expect(frFormat.change(-0.001)).toBe('0,00');
    expect(frFormat.mean(-0.001)).toBe('0,00');
  });

  it('writes axis ticks signed without useless decimals', () => {
    expect([2, -0.5, 0, 0.25].map(frFormat.tick)).toEqual(['+2', '-0,5', '0', '+0,25']);
  });

  it('writes intervals with a semicolon in French (the comma is the decimal sign)', () => {
    expect(frFormat.interval({ level: 0.95, lower: 0.12, upper: 0.714 })).toBe('[+0,12 ; +0,71]');
    expect(enFormat.interval({ level: 0.95, lower: -0.5, upper: 0.25 })).toBe('[-0.50, +0.25]');
  });

  it('writes p under 0.001 as "< 0,001", three decimals under 0.1 and two above', () => {
    expect(frFormat.p(0.0004)).toBe('< 0,001');
    expect(enFormat.p(0.0000001)).toBe('< 0.001');
    expect(frFormat.p(0.001)).toBe('0,001');
    expect(frFormat.p(0.0494)).toBe('0,049');
    expect(frFormat.p(0.0506)).toBe('0,051');
    expect(frFormat.p(0.4123)).toBe('0,41');
  });

  it('writes a small group as "< 5", never its number', () => {
    expect(frFormat.count({ lessThan: 5 })).toBe('< 5');
    expect(frFormat.count({ value: 0 })).toBe('0');
    expect(frFormat.count({ value: 27 })).toBe('27');
  });
});

describe('statCells', () => {
  it('gives every statistic of a published group in the table order', () => {
    const statistics = pairedStatistics(SIX);
    const cells = statCells(suppressSmallGroups(statistics), frFormat);
    expect(Object.keys(cells)).toEqual([...STAT_COLUMNS]);
    const ci = statistics.confidenceInterval.value!;
    expect(cells.n).toEqual({ kind: 'value', text: '6' });
    expect(cells.meanBefore).toEqual({ kind: 'value', text: '2,50' });
    expect(cells.meanAfter).toEqual({ kind: 'value', text: '3,83' });
    expect(cells.change).toEqual({ kind: 'value', text: `+1,33 ${frFormat.interval(ci)}` });
    expect(ci.lower).toBeGreaterThan(0);
    expect(cells.pT).toEqual({ kind: 'value', text: frFormat.p(statistics.tTest.value!.p) });
    expect(cells.pWilcoxon).toEqual({ kind: 'value', text: frFormat.p(statistics.wilcoxon.value!.p) });
    expect(cells.dz).toEqual({ kind: 'value', text: frFormat.effect(statistics.cohensDz.value!) });
    // Five went up, none down: the rank-biserial correlation is +1.
    expect(cells.r).toEqual({ kind: 'value', text: '+1,00' });
  });

  it('writes "< 5" in every cell of a suppressed group', () => {
    const cells = statCells(suppressSmallGroups(pairedStatistics(SIX.slice(0, 4))), frFormat);
    for (const column of STAT_COLUMNS) expect(cells[column]).toEqual({ kind: 'suppressed', text: '< 5' });
  });

  it('marks a missing statistic with its reason (every pupil changed the same way: no t-test, no interval, no d_z)', () => {
    const cells = statCells(suppressSmallGroups(pairedStatistics(pairs([[1, 2], [2, 3], [3, 4], [1, 2], [4, 5]]))), frFormat);
    expect(cells.meanBefore.kind).toBe('value');
    expect(cells.change).toEqual({ kind: 'value', text: '+1,00' });
    expect(cells.pT).toEqual({ kind: 'unavailable', reason: 'constantDifferences' });
    expect(cells.dz).toEqual({ kind: 'unavailable', reason: 'constantDifferences' });
    expect(cells.pWilcoxon.kind).toBe('value');
  });

  it('with nobody changed, the Wilcoxon test and r are missing for want of differences', () => {
    const cells = statCells(suppressSmallGroups(pairedStatistics(pairs([[1, 1], [2, 2], [3, 3], [4, 4], [5, 5]]))), enFormat);
    expect(cells.change).toEqual({ kind: 'value', text: '0.00' });
    expect(cells.pWilcoxon).toEqual({ kind: 'unavailable', reason: 'allDifferencesZero' });
    expect(cells.r).toEqual({ kind: 'unavailable', reason: 'allDifferencesZero' });
  });
});

describe('scope selection', () => {
  const today = '2026-12-02';

  it('defaults to the current school year', () => {
    const selection = readSelection(new URLSearchParams(''), today);
    expect(selection).toEqual({ kind: 'schoolYear', schoolYear: '2026–2027', schoolId: null, classId: null, eventId: null });
    expect(scopeOf(selection)).toEqual({ kind: 'schoolYear', schoolYear: '2026–2027' });
  });

  it('reads and writes each kind through the address, keeping only what the kind uses', () => {
    const school = readSelection(new URLSearchParams('scope=school&year=all&school=4&class=9'), today);
    expect(scopeOf(school)).toEqual({ kind: 'school', schoolId: 4, schoolYear: null });
    expect(selectionParams(school)).toEqual({ scope: 'school', year: 'all', school: '4' });

    const klass = readSelection(new URLSearchParams('scope=class&year=2025-2026&school=4&class=9'), today);
    expect(klass.schoolYear).toBe('2025–2026');
    expect(scopeOf(klass)).toEqual({ kind: 'class', classId: 9 });
    expect(selectionParams(klass)).toEqual({ scope: 'class', year: '2025–2026', school: '4', class: '9' });

    expect(scopeOf(readSelection(new URLSearchParams('scope=event&event=12'), today))).toEqual({ kind: 'event', eventId: 12 });
    expect(selectionParams(readSelection(new URLSearchParams('scope=all&year=2025-2026'), today))).toEqual({ scope: 'all' });
  });

  it('has no scope until the kind has what it needs, and refuses nonsense in the address', () => {
    expect(scopeOf(readSelection(new URLSearchParams('scope=class&school=4'), today))).toBeNull();
    expect(scopeOf(readSelection(new URLSearchParams('scope=event&event=-3'), today))).toBeNull();
    expect(readSelection(new URLSearchParams('scope=galaxy&year=banana'), today)).toMatchObject({ kind: 'schoolYear', schoolYear: '2026–2027' });
  });

  it('offers every scope kind of the contract, widest first', () => {
    expect([...SCOPE_KINDS].sort()).toEqual([...ANALYSIS_SCOPE_KINDS].sort());
    expect(SCOPE_KINDS[0]).toBe('all');
  });

  it('offers the school years from the programme start to the current one, newest first', () => {
    expect(schoolYearOptions('2026-12-02')).toEqual(['2026–2027', '2025–2026']);
    // Summer belongs to the year just ended.
    expect(schoolYearOptions('2026-07-20')).toEqual(['2025–2026']);
  });

  it('chooses the seeded pupil questionnaire by default, or the one in the address', () => {
    const template = (id: number, name: string, changes: Partial<QuestionnaireTemplate> = {}): QuestionnaireTemplate => ({
      id,
      name,
      audience: 'pupil',
      description: '',
      version: 1,
      previousVersionId: null,
      codeRecipe: [],
      items: [],
      answerCount: 0,
      administrationCount: 0,
      archived: false,
      ...changes,
    });
    const all = pupilTemplates([
      template(1, 'Regards sur la migration — élèves', { archived: true }),
      template(2, "Retour de l'enseignant·e", { audience: 'teacher' }),
      template(3, 'Atelier cinéma'),
      template(4, 'Regards sur la migration — élèves', { version: 2, previousVersionId: 1 }),
    ]);
    expect(all.map((item) => item.id)).toEqual([3, 4, 1]);
    expect(defaultTemplateId(all, null)).toBe(4);
    expect(defaultTemplateId(all, 1)).toBe(1);
    expect(defaultTemplateId(all, 2)).toBe(4);
    expect(defaultTemplateId([], null)).toBeNull();
  });
});

describe('codePieces', () => {
  it('marks the one differing character', () => {
    expect(codePieces('MA0312', { kind: 'oneCharacterDifferent', position: 3 })).toEqual([
      { text: 'MA0', differs: false },
      { text: '3', differs: true },
      { text: '12', differs: false },
    ]);
  });

  it('marks both swapped characters, at the start or the end of the code', () => {
    expect(codePieces('AM12', { kind: 'adjacentSwap', position: 0 })).toEqual([
      { text: 'AM', differs: true },
      { text: '12', differs: false },
    ]);
    expect(codePieces('MA21', { kind: 'adjacentSwap', position: 2 })).toEqual([
      { text: 'MA', differs: false },
      { text: '21', differs: true },
    ]);
  });

  it('counts characters as code points and marks nothing for a position outside the code', () => {
    expect(codePieces('É😀B', { kind: 'oneCharacterDifferent', position: 2 }).map((piece) => piece.text)).toEqual(['É😀', 'B']);
    expect(codePieces('AB', { kind: 'adjacentSwap', position: 1 })).toEqual([{ text: 'AB', differs: false }]);
  });
});

describe('chart geometry', () => {
  const dimension = (name: DimensionChange['dimension'], list: [number, number][], scale = { min: 1, max: 5 }): DimensionChange => ({
    dimension: name,
    itemIds: [],
    scale,
    result: suppressSmallGroups(pairedStatistics(pairs(list))),
  });

  it('rounds axis extents up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.07, 0.1, 0.3, 0.5, 0.51, 1.2, 2.2, 3, 7, 42].map(niceCeiling)).toEqual([0.1, 0.1, 0.5, 0.5, 1, 2, 2.5, 5, 10, 50]);
    expect(niceCeiling(0)).toBe(1);
  });

  it('shares one change axis between dimensions on the same scale, wide enough for every interval', () => {
    const rows = chartRows([dimension('stereotypes', SIX.map((p): [number, number] => [p.before, p.after])), dimension('empathy', [[3, 3], [3, 3], [4, 4], [2, 3], [3, 2]])]);
    const upper = pairedStatistics(SIX).confidenceInterval.value!.upper;
    expect(rows[0]!.extent).toBe(rows[1]!.extent);
    expect(rows[0]!.extent).toBeGreaterThanOrEqual(upper);
    expect(sharedChangeAxis(rows)).toBe(true);
    expect(rows[0]).toMatchObject({ before: 2.5, suppressedBelow: null });
  });

  it('gives a suppressed dimension no number, and a dimension on another scale its own axis', () => {
    const rows = chartRows([dimension('stereotypes', [[1, 2], [2, 3], [3, 3]]), dimension('empathy', SIX.map((p): [number, number] => [p.before * 20, p.after * 20]), { min: 0, max: 100 })]);
    expect(rows[0]).toMatchObject({ suppressedBelow: 5, before: null, after: null, change: null, interval: null });
    expect(rows[1]!.extent).toBeGreaterThan(10);
    expect(sharedChangeAxis(rows)).toBe(false);
  });

  it('places values linearly and clamps them into the panel', () => {
    expect(place(3, 1, 5, 100, 200)).toBe(200);
    expect(place(9, 1, 5, 100, 200)).toBe(300);
    expect(place(-1, -1, 1, 0, 50)).toBe(0);
  });
});

describe('review keys', () => {
  const key = (value: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
    reviewKeyAction({ key: value, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

  it('A accepts, R rejects, U or Backspace takes back, arrows move; modified keys stay the browser’s', () => {
    expect(['a', 'A', 'r', 'R', 'u', 'Backspace', 'ArrowDown', 'ArrowUp', 'x'].map((value) => key(value))).toEqual([
      'accept',
      'accept',
      'reject',
      'reject',
      'undecided',
      'undecided',
      'next',
      'previous',
      null,
    ]);
    expect(key('r', { ctrlKey: true })).toBeNull();
    expect(key('a', { metaKey: true })).toBeNull();
  });

  it('asks the server only for a decision that changes something', () => {
    expect(decisionFor('accept', null)).toBe('accept');
    expect(decisionFor('accept', 'accepted')).toBeNull();
    expect(decisionFor('reject', 'accepted')).toBe('reject');
    expect(decisionFor('undecided', 'rejected')).toBe('undecided');
    expect(decisionFor('undecided', null)).toBeNull();
  });
});

describe('feedback segments', () => {
  it('gives each point its share and a colour from red (lowest) to green (highest)', () => {
    const parts = segments(
      {
        answerType: 'likert5',
        distribution: [1, 2, 3, 4, 5].map((value) => ({ value, labelFr: `F${value}`, labelEn: value === 5 ? '' : `E${value}`, count: [0, 1, 1, 4, 14][value - 1]! })),
      },
      'en',
    );
    expect(parts.map((part) => part.share)).toEqual([0, 0.05, 0.05, 0.2, 0.7]);
    // An English label left empty falls back to the French one.
    expect(parts.map((part) => part.label)).toEqual(['E1', 'E2', 'E3', 'E4', 'F5']);
    expect(parts[0]!.color).toBe('red.7');
    expect(parts[4]!.color).toBe('teal.8');
    expect(parts[2]).toMatchObject({ color: 'gray.4' });
  });

  it('has nothing to draw without answers, and spreads colours over any scale length', () => {
    expect(segments({ answerType: 'yes_no', distribution: null }, 'fr')).toEqual([]);
    expect(segments({ answerType: 'yes_no', distribution: [{ value: 0, labelFr: 'Non', labelEn: 'No', count: 0 }] }, 'fr')).toEqual([]);
    expect(orderedColors(11)).toHaveLength(11);
    expect(new Set(orderedColors(11)).size).toBe(11);
    expect(orderedColors(2)).toEqual(['red.7', 'teal.8']);
  });
});

describeNamespace({
  name: 'questionnaireResults',
  fr,
  en,
  sourceDir: join(__dirname, '../../renderer/features/questionnaires/results'),
  prefix: 'questionnaireResults:',
  required: [
    ...SCOPE_KINDS.flatMap((kind) => [`scope.kinds.${kind}`, `empty.choose.${kind}`]),
    ...STAT_COLUMNS.flatMap((column) => [`stats.columns.${column}`, `stats.help.${column}`]),
    ...(['noPairs', 'tooFewPairs', 'constantDifferences', 'allDifferencesZero'] as const).map((reason) => `stats.reasons.${reason}`),
    ...(['oneCharacterDifferent', 'adjacentSwap'] as const).map((kind) => `review.kinds.${kind}`),
    'review.phase.before',
    'review.phase.after',
    ...QUESTIONNAIRE_AUDIENCES.map((audience) => `feedback.audience.${audience}`),
  ],
  requiredTitle: 'has the scope kinds, statistics, reasons, dimensions, candidate kinds and audiences the view builds keys from',
  minimumUsed: 80,
  usedTitle: 'has every questionnaireResults: key the view uses',
});
