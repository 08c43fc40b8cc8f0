/**
 * The "Évolution" column: the difference between the period and the previous one, with its percentage when
 * the previous is not zero. A count suppressed as "< 5" on either side has no change to show. Pure.
 */
import type { PublishedCount } from '../../../shared/domain/questionnaires/analysis';
import { localeOf, type Language } from '../../i18n/language';

export type Figure = number | PublishedCount | null;

export type Change =
  | { kind: 'none' }
  | { kind: 'same' }
  | { kind: 'new'; difference: number }
  | { kind: 'diff'; difference: number; ratio: number };

function valueOf(figure: Figure): number | null {
  if (figure === null) return null;
  if (typeof figure === 'number') return figure;
  return 'value' in figure ? figure.value : null;
}

export function changeOf(current: Figure, previous: Figure): Change {
  const now = valueOf(current);
  const before = valueOf(previous);
  if (now === null || before === null) return { kind: 'none' };
  const difference = now - before;
  if (Math.abs(difference) < 1e-9) return { kind: 'same' };
  if (before === 0) return { kind: 'new', difference };
  return { kind: 'diff', difference, ratio: difference / before };
}

/** "+3 (+25 %)", "−2 (−10 %)", "=", "+4": in the user's language. `digits` for weeks (one decimal). */
export function changeText(change: Change, language: Language, words: { same: string }, digits = 0): string {
  const locale = localeOf(language);
  const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: digits });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 0 });
  switch (change.kind) {
    case 'none':
      return '—';
    case 'same':
      return words.same;
    case 'new':
      return signed.format(change.difference);
    case 'diff':
      return `${signed.format(change.difference)} (${percent.format(change.ratio)})`;
  }
}

/** The colour a change is drawn in: neither good nor bad in itself, so only up and down are told apart. */
export function changeTone(change: Change): 'up' | 'down' | 'flat' {
  if (change.kind === 'diff' || change.kind === 'new') return change.difference > 0 ? 'up' : 'down';
  return 'flat';
}
