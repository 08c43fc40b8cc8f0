import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { isLanguage, localeOf } from './language';

export interface Formatters {
  dateTime(iso: string): string;
  date(iso: string): string;
  relative(iso: string): string;
  number(value: number): string;
  bytes(value: number): string;
}

/** Date and number formatting in the current language: fr-BE for French, en-GB for English. */
export function formattersFor(language: string): Formatters {
  const locale = localeOf(isLanguage(language) ? language : 'fr');
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const number = new Intl.NumberFormat(locale);
  return {
    dateTime: (iso) => dateTime.format(new Date(iso)),
    date: (iso) => date.format(new Date(iso)),
    relative: (iso) => dayjs(iso).locale(language === 'en' ? 'en-gb' : 'fr').fromNow(),
    number: (value) => number.format(value),
    bytes: (value) => {
      const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
      let index = 0;
      let amount = value;
      while (amount >= 1024 && index < units.length - 1) {
        amount /= 1024;
        index += 1;
      }
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: units[index],
        unitDisplay: 'short',
        maximumFractionDigits: index === 0 ? 0 : 1,
      }).format(amount);
    },
  };
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.language);
}
