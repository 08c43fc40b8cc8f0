/**
 * Travelling exhibitions (Action 9): CRIPEL's "Une brève histoire de l'immigration en Belgique" and
 * "Démocratie, Tolérance et Libertés". Panel counts and loan conditions are not public, so an exhibition is
 * a configurable list of items, each with its own condition history.
 */

/** A loanable exhibition travels to the borrower; a guided circuit is walked with a guide and booked as an event. */
export const EXHIBITION_KINDS = ['loanable', 'guided_circuit'] as const;
export type ExhibitionKind = (typeof EXHIBITION_KINDS)[number];

/** Panels, roll-ups, crates; a circuit's stops. */
export const ITEM_KINDS = ['panel', 'rollup', 'crate', 'stop', 'other'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const EXHIBITION_LANGUAGES = ['fr', 'nl', 'de', 'en'] as const;
export type ExhibitionLanguage = (typeof EXHIBITION_LANGUAGES)[number];

/** The condition of one item at a check: present and fine, present but damaged, or not there. */
export const ITEM_CONDITIONS = ['good', 'damaged', 'missing'] as const;
export type ItemCondition = (typeof ITEM_CONDITIONS)[number];

/** A damaged or missing item found at a return, shown on the exhibition until someone resolves it. */
export interface ItemFlag {
  condition: Exclude<ItemCondition, 'good'>;
  note: string;
  loanId: number;
  /** The day of the return check that found it. */
  since: string;
}

export interface ExhibitionItem {
  id: number;
  /** Order and printed number: panel 1, 2, 3… */
  number: number;
  kind: ItemKind;
  label: string;
  flag: ItemFlag | null;
}

export interface Exhibition {
  id: number;
  title: string;
  owner: string;
  kind: ExhibitionKind;
  description: string;
  audience: string;
  languages: ExhibitionLanguage[];
  items: ExhibitionItem[];
  transportNotes: string;
  setupNotes: string;
  /** Euros, as agreed with the owner for insurance; null when unknown. */
  insuranceValue: number | null;
  /** Bounds on the loan period (first to last day shown), in days; null when free. */
  minLoanDays: number | null;
  maxLoanDays: number | null;
  /** Days kept free between two loans for transport and checks. */
  bufferDays: number;
  notes: string;
  /** Archived exhibitions stay in history but take no new loans. */
  archived: boolean;
  /** Items currently flagged damaged or missing. */
  flaggedItems: number;
}
