/** The tabs of the "Expositions" section; the tab is kept in the address (`#/exhibitions?tab=catalogue`). */
export const EXHIBITION_TABS = ['loans', 'availability', 'catalogue'] as const;
export type ExhibitionTab = (typeof EXHIBITION_TABS)[number];

const DEFAULT_EXHIBITION_TAB: ExhibitionTab = 'loans';

export function exhibitionTabOf(value: string | null | undefined): ExhibitionTab {
  return (EXHIBITION_TABS as readonly string[]).includes(value ?? '') ? (value as ExhibitionTab) : DEFAULT_EXHIBITION_TAB;
}

/** The search part of the address for a tab: the default tab needs none. */
export function searchForExhibitionTab(tab: ExhibitionTab): string {
  return tab === DEFAULT_EXHIBITION_TAB ? '' : `?tab=${tab}`;
}
