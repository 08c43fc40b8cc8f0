import type { TFunction } from 'i18next';
import type { Exhibition } from '../../../../shared/domain/loans/exhibitions';
import { loanBoundsText } from '../model/loan-text';

/** "12 éléments · 2 jours de battement · 5 à 30 jours": an exhibition's size and loan rules in a line. */
export function exhibitionFacts(t: TFunction, exhibition: Exhibition): string[] {
  const facts = [t('exhibitions:catalogue.items', { count: exhibition.items.length })];
  if (exhibition.kind === 'loanable') {
    facts.push(t('exhibitions:catalogue.buffer', { count: exhibition.bufferDays }));
    facts.push(loanBoundsText(t, exhibition));
  }
  return facts;
}

/** "1 250,00 €" in the current language. */
export function euros(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value);
}
