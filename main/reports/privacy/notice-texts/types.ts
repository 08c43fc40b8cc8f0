/**
 * The shape of one information notice text (GDPR art. 13–14). Each language's file fills it completely; the
 * builder (../information-notice.ts) lays it out left to right or right to left.
 *
 * Blocks:
 * - `paragraph`: wrapped text in the notice's language;
 * - `bullets`: a list;
 * - `lines`: lines printed as they are, one per line, never wrapped into the paragraph's direction (addresses,
 *   e-mail and web addresses: Latin text that must not be mixed into an Arabic sentence);
 * - `dpo`: where the data protection officer's contact goes (the `dpoContact` setting, or `dpoFallback`).
 */
export type NoticeBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'lines'; lines: string[] }
  | { kind: 'dpo' };

export interface NoticeSection {
  heading: string;
  blocks: NoticeBlock[];
}

export interface NoticeText {
  /** The document's title: what pdftotext reads first, and the footer's. */
  title: string;
  subtitle: string;
  /** The file name without its extension, ASCII. */
  fileName: string;
  intro: string;
  /** Every section; `retention(years)` fills the section whose blocks hold `{retention}`. */
  sections: NoticeSection[];
  /** The housing records' retention sentence for a term in whole years (the `retentionRules` setting). */
  retention(years: number): string;
  /** Printed where the DPO's contact goes when the setting is empty. */
  dpoFallback: string[];
  /** "page 1 / 2" in the notice's language. */
  page(page: number, pages: number): string;
}

/** The sentence the retention section's paragraph is replaced by. */
export const RETENTION_PLACEHOLDER = '{retention}';

/** The CPAS de Liège's postal address (the controller), and the Belgian Data Protection Authority's contact. */
export const CPAS_ADDRESS = ['CPAS de Liège', 'Place Saint-Jacques 13', '4000 Liège'];
export const APD_CONTACT_LINES = [
  'Rue de la Presse 35, 1000 Bruxelles',
  'contact@apd-gba.be · +32 2 274 48 00',
  'www.autoriteprotectiondonnees.be',
];
