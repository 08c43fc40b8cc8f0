/**
 * The information notice (issue 20, GDPR art. 13–14): what a housed household is told about how its data is
 * used, on paper, in a language it reads. The household's sheet records the day it was given and its language
 * (`housing_households.notice_given_at` / `notice_language`); the notice itself holds no personal data, so it
 * is printed blank.
 *
 * Languages: a notice text is shipped for each of `NOTICE_LANGUAGES` (main/reports/privacy/notice-texts/).
 * French, English and Arabic are always offered; the CPAS chooses which of the others it offers too (settings
 * row `noticeLanguages`: the list of those extra codes). The data protection officer's contact printed on the
 * notice is the settings row `dpoContact` (free text, a few lines).
 */

/** Every language a notice text is shipped in (ISO 639-1). */
export const NOTICE_LANGUAGES = ['fr', 'en', 'ar', 'nl'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

/** Always offered, whatever the setting. */
export const ALWAYS_OFFERED_NOTICE_LANGUAGES = ['fr', 'en', 'ar'] as const satisfies readonly NoticeLanguage[];

/** What the CPAS may add to the offer (the `noticeLanguages` setting holds a subset of these). */
export const OPTIONAL_NOTICE_LANGUAGES = NOTICE_LANGUAGES.filter(
  (language) => !(ALWAYS_OFFERED_NOTICE_LANGUAGES as readonly string[]).includes(language),
) as readonly Exclude<NoticeLanguage, (typeof ALWAYS_OFFERED_NOTICE_LANGUAGES)[number]>[];
export type OptionalNoticeLanguage = (typeof OPTIONAL_NOTICE_LANGUAGES)[number];

/**
 * Texts written by a French-speaking author (fr) and checked in English (en); the others are translations
 * that a native speaker must review before the CPAS hands them out (README, « Notice d'information »).
 */
export const NOTICE_TEXT_REVIEWED: Readonly<Record<NoticeLanguage, boolean>> = { fr: true, en: true, ar: false, nl: false };

/** Written right to left. */
export const RTL_NOTICE_LANGUAGES: readonly NoticeLanguage[] = ['ar'];

export function isNoticeLanguage(value: string): value is NoticeLanguage {
  return (NOTICE_LANGUAGES as readonly string[]).includes(value);
}

/** The languages offered, in the order of NOTICE_LANGUAGES, from the saved extras (anything unknown dropped). */
export function offeredNoticeLanguages(savedExtras: unknown): NoticeLanguage[] {
  const extras = Array.isArray(savedExtras) ? savedExtras.filter((code): code is string => typeof code === 'string') : [];
  return NOTICE_LANGUAGES.filter(
    (language) => (ALWAYS_OFFERED_NOTICE_LANGUAGES as readonly string[]).includes(language) || extras.includes(language),
  );
}

/** The longest DPO contact kept (a name, an address, an e-mail and a phone fit several times). */
export const DPO_CONTACT_MAX_LENGTH = 600;
export const DPO_CONTACT_MAX_LINES = 6;

export interface NoticeLanguageSettings {
  /** What the selects offer: always fr, en, ar, then the extras chosen. */
  offered: NoticeLanguage[];
  /** The extras chosen (a subset of OPTIONAL_NOTICE_LANGUAGES). */
  extras: OptionalNoticeLanguage[];
}

export interface NoticeSettings {
  /** The data protection officer's contact as printed on the notice; '' = not set (the notice then names the CPAS's address). */
  dpoContact: string;
}

/** What recording a notice answers: the household's notice as its sheet shows it. */
export interface HouseholdNotice {
  householdId: number;
  noticeGivenAt: string | null;
  noticeLanguage: NoticeLanguage | null;
}
