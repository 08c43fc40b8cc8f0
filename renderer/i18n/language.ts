/** The app speaks French first (Liège), English second. The choice is per machine, kept in localStorage. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';

const STORAGE_KEY = 'passerelle.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage disabled: the choice lasts until the window closes, which is acceptable.
  }
}

/** Belgian French formats dates and numbers as users expect; English uses British conventions (day first). */
export function localeOf(language: Language): string {
  return language === 'fr' ? 'fr-BE' : 'en-GB';
}

/** The language of a document asked for now: the interface's (what the `language` of a document channel takes). */
export function documentLanguage(i18nLanguage: string): Language {
  return isLanguage(i18nLanguage) ? i18nLanguage : DEFAULT_LANGUAGE;
}
