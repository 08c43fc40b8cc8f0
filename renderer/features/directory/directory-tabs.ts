/** The tabs of the "Écoles" section; the tab is kept in the address (`#/schools?tab=classes`). */
export const DIRECTORY_TABS = ['schools', 'classes', 'contacts', 'partners'] as const;
export type DirectoryTab = (typeof DIRECTORY_TABS)[number];

const DEFAULT_DIRECTORY_TAB: DirectoryTab = 'schools';

export function directoryTabOf(value: string | null | undefined): DirectoryTab {
  return (DIRECTORY_TABS as readonly string[]).includes(value ?? '') ? (value as DirectoryTab) : DEFAULT_DIRECTORY_TAB;
}

/** The search part of the address for a tab: the default tab needs none. */
export function searchForTab(tab: DirectoryTab): string {
  return tab === DEFAULT_DIRECTORY_TAB ? '' : `?tab=${tab}`;
}
