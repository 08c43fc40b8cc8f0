/**
 * One or two plain sentences saying what a before/after result means and how sure we can be (issue 5,
 * point 7), for the results page and the impact report. Pure: runs in the renderer and in Node.
 *
 * Honesty rules:
 * - Scores are oriented so that higher is better (reverse-keyed items are already turned around), so a
 *   positive change "progressed" and a negative one "went back".
 * - Sureness comes from the paired t-test (the same test as the 95% interval shown): p < 0.05 is called a
 *   clear change, p < 0.01 a very clear one; otherwise the data "do not show a clear change", which is
 *   never written as "no effect" (absence of evidence is not evidence of absence).
 * - Size follows Cohen's conventions for d_z: < 0.2 very small, < 0.5 small, < 0.8 medium, otherwise large.
 * - A suppressed group says only that it has fewer than the minimum of pupils: no number of its own.
 * Text uses plain spaces and characters that the PDF's standard fonts can draw (no U+2212 minus sign).
 */
import type { PublishableStatistics } from './paired-stats';
import type { ScoreScale } from './analysis';

export type ExplanationLanguage = 'fr' | 'en';

export interface ExplainOptions {
  readonly scale: ScoreScale;
  /** What the score is about, as the reader knows it (a dimension name or an item's wording). */
  readonly subject: string;
  readonly language: ExplanationLanguage;
  /**
   * false: the same sentences without the figures a statistician would quote (interval, p, d), for readers
   * who want the meaning only (the impact report's plain part; its appendix has the figures). Default true.
   */
  readonly figures?: boolean;
}

/** " (p = 0,03)" or nothing when the figures are left out. */
const inParentheses = (text: string | null) => (text === null ? '' : ` (${text})`);

/** Cohen's conventional thresholds for a standardised mean difference. */
const EFFECT_SIZE_THRESHOLDS = { small: 0.2, medium: 0.5, large: 0.8 } as const;
const SIGNIFICANCE_LEVEL = 0.05;

type Magnitude = 'verySmall' | 'small' | 'medium' | 'large';

export function effectMagnitude(d: number): Magnitude {
  const size = Math.abs(d);
  if (size < EFFECT_SIZE_THRESHOLDS.small) return 'verySmall';
  if (size < EFFECT_SIZE_THRESHOLDS.medium) return 'small';
  if (size < EFFECT_SIZE_THRESHOLDS.large) return 'medium';
  return 'large';
}

/** A number with `decimals` decimals, comma-separated in French; never "-0". */
export function formatNumber(value: number, decimals: number, language: ExplanationLanguage): string {
  let text = value.toFixed(decimals);
  if (/^-0(\.0*)?$/.test(text)) text = text.slice(1);
  return language === 'fr' ? text.replace('.', ',') : text;
}

/** "p < 0,001", or p with the decimals needed for its rounding to stay on its side of 0.05. */
export function formatP(p: number, language: ExplanationLanguage): string {
  if (p < 0.001) return `p < ${formatNumber(0.001, 3, language)}`;
  let decimals = p >= 0.1 ? 2 : 3;
  while (decimals < 6 && p < SIGNIFICANCE_LEVEL !== Number(p.toFixed(decimals)) < SIGNIFICANCE_LEVEL) decimals += 1;
  return `p = ${formatNumber(p, decimals, language)}`;
}

/** Decimals for a change on this scale: one (two on a 0–1 scale), more when the change would read as 0. */
function changeDecimals(change: number, scale: ScoreScale): number {
  let decimals = scale.max - scale.min <= 1 ? 2 : 1;
  while (decimals < 4 && change !== 0 && Number(Math.abs(change).toFixed(decimals)) === 0) decimals += 1;
  return decimals;
}

const FR = {
  suppressed: (minimum: number) => `Moins de ${minimum} élèves appariés : aucun résultat n'est publié.`,
  noPairs: (subject: string) => `Aucun élève n'a répondu sur « ${subject} » avant et après l'activité : il n'y a pas de changement à mesurer.`,
  points: (amount: string, value: number, max: string) => `${amount} ${Math.abs(value) < 2 ? 'point' : 'points'} sur ${max}`,
  moved: (subject: string, up: boolean, amount: string) =>
    `En moyenne, les réponses sur « ${subject} » ont ${up ? 'progressé' : 'reculé'} de ${amount} après l'activité`,
  unchanged: (subject: string) => `En moyenne, les réponses sur « ${subject} » sont restées au même niveau après l'activité`,
  interval: (lower: string, upper: string) => ` (intervalle de confiance à 95 % : ${lower} à ${upper})`,
  veryClear: (p: string | null) => `Ce changement est net : il a très peu de chances d'être dû au hasard${inParentheses(p)}`,
  clear: (p: string | null) => `Ce changement est probablement réel : il a peu de chances d'être dû au hasard${inParentheses(p)}`,
  unclear: (p: string | null) =>
    `Les données ne montrent pas de changement net : un écart comme celui-ci peut venir du hasard${inParentheses(p)}, ce qui ne prouve pas pour autant que l'activité est restée sans effet`,
  magnitude: (word: string, d: string | null) => ` ; son ampleur est ${word}${inParentheses(d === null ? null : `d = ${d}`)}.`,
  magnitudes: { verySmall: 'très faible', small: 'faible', medium: 'moyenne', large: 'grande' } as Record<Magnitude, string>,
  onePair: 'Un seul élève apparié : on ne peut pas savoir si ce changement est dû au hasard.',
  allSame: (n: number) => `Les ${n} élèves appariés ont tous changé exactement de la même façon : la marge d'incertitude ne peut pas être calculée.`,
  noneChanged: (n: number, subject: string) => `Aucun des ${n} élèves appariés n'a changé ses réponses sur « ${subject} » après l'activité.`,
};

const EN: typeof FR = {
  suppressed: (minimum: number) => `Fewer than ${minimum} paired pupils: no result is published.`,
  noPairs: (subject: string) => `No pupil answered about “${subject}” both before and after the activity: there is no change to measure.`,
  points: (amount: string, value: number, max: string) => `${amount} ${Math.abs(value) === 1 ? 'point' : 'points'} out of ${max}`,
  moved: (subject: string, up: boolean, amount: string) =>
    `On average, answers about “${subject}” ${up ? 'improved' : 'went back'} by ${amount} after the activity`,
  unchanged: (subject: string) => `On average, answers about “${subject}” stayed at the same level after the activity`,
  interval: (lower: string, upper: string) => ` (95% confidence interval: ${lower} to ${upper})`,
  veryClear: (p: string | null) => `This change is clear: it is very unlikely to be due to chance${inParentheses(p)}`,
  clear: (p: string | null) => `This change is probably real: it is unlikely to be due to chance${inParentheses(p)}`,
  unclear: (p: string | null) =>
    `The data do not show a clear change: a difference like this one can arise by chance${inParentheses(p)}, which does not prove that the activity had no effect`,
  magnitude: (word: string, d: string | null) => `; its size is ${word}${inParentheses(d === null ? null : `d = ${d}`)}.`,
  magnitudes: { verySmall: 'very small', small: 'small', medium: 'medium', large: 'large' },
  onePair: 'Only one paired pupil: there is no way to tell whether this change is due to chance.',
  allSame: (n: number) => `All ${n} paired pupils changed in exactly the same way: the margin of uncertainty cannot be computed.`,
  noneChanged: (n: number, subject: string) => `None of the ${n} paired pupils changed their answers about “${subject}” after the activity.`,
};

/** What changed and how sure we can be, in one or two sentences (see the rules at the top of the file). */
export function explainChange(result: PublishableStatistics, options: ExplainOptions): string {
  const words = options.language === 'fr' ? FR : EN;
  if (result.suppressed) return words.suppressed(result.minimum);
  const statistics = result.statistics;
  const change = statistics.meanChange.value;
  if (change === null) return words.noPairs(options.subject);

  const language = options.language;
  const max = formatNumber(options.scale.max, 0, language);
  const decimals = changeDecimals(change, options.scale);
  const rounded = Number(Math.abs(change).toFixed(decimals));
  const what =
    rounded === 0
      ? words.unchanged(options.subject)
      : words.moved(options.subject, change > 0, words.points(formatNumber(Math.abs(change), decimals, language), rounded, max));

  const interval = statistics.confidenceInterval.value;
  const tTest = statistics.tTest.value;
  const dz = statistics.cohensDz.value;
  if (interval === null || tTest === null || dz === null) {
    switch (statistics.tTest.reason) {
      case 'tooFewPairs':
        return `${what}. ${words.onePair}`;
      case 'constantDifferences':
        return change === 0 ? words.noneChanged(statistics.n, options.subject) : `${what}. ${words.allSame(statistics.n)}`;
      default:
        return `${what}.`;
    }
  }

  const figures = options.figures ?? true;
  const bounds = figures ? words.interval(formatNumber(interval.lower, decimals, language), formatNumber(interval.upper, decimals, language)) : '';
  const p = figures ? formatP(tTest.p, language) : null;
  const sureness = tTest.p < 0.01 ? words.veryClear(p) : tTest.p < SIGNIFICANCE_LEVEL ? words.clear(p) : words.unclear(p);
  const size = words.magnitude(words.magnitudes[effectMagnitude(dz)], figures ? formatNumber(dz, 2, language) : null);
  return `${what}${bounds}. ${sureness}${size}`;
}
