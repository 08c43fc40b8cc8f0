// The plain-language sentence of a before/after result (shared/domain/questionnaires/plain-language.ts):
// every branch in French and English, the French number format, and the honest wording of a result the data
// do not support.
import { describe, expect, it } from 'vitest';
import { pairedStatistics, suppressSmallGroups, type PublishableStatistics } from '../../shared/domain/questionnaires/paired-stats';
import { effectMagnitude, explainChange, formatNumber, formatP } from '../../shared/domain/questionnaires/plain-language';

const LIKERT = { min: 1, max: 5 };
/** A published group whose differences after − before are `changes` (every pupil starts at 3). */
function published(changes: number[], minimum = 5): PublishableStatistics {
  return suppressSmallGroups(pairedStatistics(changes.map((change) => ({ before: 3, after: 3 + change }))), minimum);
}
const fr = (result: PublishableStatistics, scale = LIKERT) => explainChange(result, { scale, subject: 'Idées reçues', language: 'fr' });
const en = (result: PublishableStatistics, scale = LIKERT) => explainChange(result, { scale, subject: 'Stereotypes', language: 'en' });

describe('explainChange', () => {
  it('a large, very clear progress: amount, interval, p < 0.001 and d, with French decimals', () => {
    const result = published([2, 1, 1, 1, 2, 1, 0, 1, 1, 2]); // mean 1.2, CI 0.75–1.65, p = 0.0002, d = 1.90
    expect(fr(result)).toBe(
      "En moyenne, les réponses sur « Idées reçues » ont progressé de 1,2 point sur 5 après l'activité (intervalle de confiance à 95 % : 0,7 à 1,7). " +
        "Ce changement est net : il a très peu de chances d'être dû au hasard (p < 0,001) ; son ampleur est grande (d = 1,90).",
    );
    expect(en(result)).toBe(
      'On average, answers about “Stereotypes” improved by 1.2 points out of 5 after the activity (95% confidence interval: 0.7 to 1.7). ' +
        'This change is clear: it is very unlikely to be due to chance (p < 0.001); its size is large (d = 1.90).',
    );
  });

  it('a decline that is probably real (0.01 ≤ p < 0.05) says "reculé" / "went back" with a negative interval', () => {
    const result = published([-1, -1, 0, -1, 1, -1, -1, -1, -1, 0]); // mean −0.6, p = 0.024, d = −0.86
    expect(fr(result)).toBe(
      "En moyenne, les réponses sur « Idées reçues » ont reculé de 0,6 point sur 5 après l'activité (intervalle de confiance à 95 % : -1,1 à -0,1). " +
        "Ce changement est probablement réel : il a peu de chances d'être dû au hasard (p = 0,024) ; son ampleur est grande (d = -0,86).",
    );
    expect(en(result)).toContain('went back by 0.6 points out of 5');
    expect(en(result)).toContain('This change is probably real: it is unlikely to be due to chance (p = 0.024); its size is large (d = -0.86).');
  });

  it('a change the data do not support never says "no effect"', () => {
    const result = published([1, 1, 0, 1, -1, 1, 0, 1, 0, 0]); // mean 0.4, p = 0.10, d = 0.57
    const french = fr(result);
    expect(french).toContain('progressé de 0,4 point sur 5');
    expect(french).toContain('(intervalle de confiance à 95 % : -0,1 à 0,9)');
    expect(french).toContain('Les données ne montrent pas de changement net');
    expect(french).toContain('(p = 0,10)');
    expect(french).toContain('ne prouve pas pour autant que l\'activité est restée sans effet ; son ampleur est moyenne (d = 0,57).');
    expect(french).not.toMatch(/est net|probablement réel|aucun effet/);
    const english = en(result);
    expect(english).toContain('The data do not show a clear change');
    expect(english).toContain('does not prove that the activity had no effect; its size is medium (d = 0.57).');
    expect(english).not.toMatch(/is clear|probably real/);
  });

  it('an average of zero with pupils moving both ways stays "at the same level"', () => {
    const result = published([1, -1, 0, 1, -1, 0, 1, -1]);
    expect(fr(result)).toMatch(/^En moyenne, les réponses sur « Idées reçues » sont restées au même niveau après l'activité \(intervalle de confiance à 95 % : -0,8 à 0,8\)\. Les données ne montrent pas/);
    expect(fr(result)).toContain('(p = 1,00), ce qui ne prouve pas');
    expect(fr(result)).toMatch(/ ; son ampleur est très faible \(d = 0,00\)\.$/);
    expect(en(result)).toMatch(/^On average, answers about “Stereotypes” stayed at the same level after the activity \(95% confidence interval: -0.8 to 0.8\)/);
    expect(en(result)).toContain('its size is very small (d = 0.00).');
  });

  it('a suppressed group says only that it is too small, with no number of its own', () => {
    const result = published([1, 1, 1, 2]);
    expect(fr(result)).toBe("Moins de 5 élèves appariés : aucun résultat n'est publié.");
    expect(en(result)).toBe('Fewer than 5 paired pupils: no result is published.');
  });

  it('explains the statistics that cannot be computed', () => {
    // Everyone moved by the same amount: no standard deviation, hence no interval nor p.
    expect(fr(published([1, 1, 1, 1, 1]))).toBe(
      "En moyenne, les réponses sur « Idées reçues » ont progressé de 1,0 point sur 5 après l'activité. Les 5 élèves appariés ont tous changé exactement de la même façon : la marge d'incertitude ne peut pas être calculée.",
    );
    expect(en(published([1, 1, 1, 1, 1]))).toBe(
      'On average, answers about “Stereotypes” improved by 1.0 point out of 5 after the activity. All 5 paired pupils changed in exactly the same way: the margin of uncertainty cannot be computed.',
    );
    // Nobody changed.
    expect(fr(published([0, 0, 0, 0, 0, 0]))).toBe("Aucun des 6 élèves appariés n'a changé ses réponses sur « Idées reçues » après l'activité.");
    expect(en(published([0, 0, 0, 0, 0, 0]))).toBe('None of the 6 paired pupils changed their answers about “Stereotypes” after the activity.');
    // With a minimum of 1 (not the published rule, but the function must still be honest): one pair, no pair.
    expect(fr(published([2], 1))).toBe(
      "En moyenne, les réponses sur « Idées reçues » ont progressé de 2,0 points sur 5 après l'activité. Un seul élève apparié : on ne peut pas savoir si ce changement est dû au hasard.",
    );
    expect(en(published([2], 1))).toContain('improved by 2.0 points out of 5 after the activity. Only one paired pupil: there is no way to tell');
    const none: PublishableStatistics = { suppressed: false, statistics: pairedStatistics([]) };
    expect(fr(none)).toBe("Aucun élève n'a répondu sur « Idées reçues » avant et après l'activité : il n'y a pas de changement à mesurer.");
    expect(en(none)).toBe('No pupil answered about “Stereotypes” both before and after the activity: there is no change to measure.');
  });

  it('states the scale: 0–100 for mixed dimensions, two decimals on a 0–1 scale, more when the change would read 0', () => {
    const hundred = suppressSmallGroups(pairedStatistics([10, 20, 30, 40, 50].map((before, i) => ({ before, after: before + 10 + i }))));
    expect(fr(hundred, { min: 0, max: 100 })).toContain('progressé de 12,0 points sur 100');
    const yesNo = suppressSmallGroups(pairedStatistics([0, 0, 0, 1, 1, 0, 0, 1].map((before, i) => ({ before, after: i < 3 ? 1 : before }))));
    expect(fr(yesNo, { min: 0, max: 1 })).toContain('progressé de 0,38 point sur 1');
    const tiny = suppressSmallGroups(pairedStatistics(Array.from({ length: 40 }, (_, i) => ({ before: 3, after: i === 0 ? 4 : i === 1 ? 2.6 : 3 }))));
    expect(en(tiny)).toContain('improved by 0.02 points out of 5');
  });
});

describe('number formats and thresholds', () => {
  it('formats numbers in French with a comma and never shows -0', () => {
    expect(formatNumber(0.55, 2, 'fr')).toBe('0,55');
    expect(formatNumber(-0.04, 1, 'fr')).toBe('0,0');
    expect(formatNumber(-1.25, 1, 'en')).toBe('-1.3');
  });

  it('keeps p on its side of 0.05 when rounding', () => {
    expect(formatP(0.0004, 'fr')).toBe('p < 0,001');
    expect(formatP(0.0496, 'fr')).toBe('p = 0,0496');
    expect(formatP(0.05, 'en')).toBe('p = 0.050');
    expect(formatP(0.234, 'en')).toBe('p = 0.23');
  });

  it("uses Cohen's thresholds 0.2, 0.5 and 0.8 on |d|", () => {
    expect([0.19, 0.2, -0.49, 0.5, 0.79, -0.8].map(effectMagnitude)).toEqual(['verySmall', 'small', 'small', 'medium', 'medium', 'large']);
  });
});
