/** The tabs of the "Logement" section; the tab is kept in the address (`#/housing?tab=providers`). */
export const HOUSING_TABS = ['units', 'providers', 'households', 'waitlist'] as const;
export type HousingTab = (typeof HOUSING_TABS)[number];

const DEFAULT_HOUSING_TAB: HousingTab = 'units';

export function housingTabOf(value: string | null | undefined): HousingTab {
  return (HOUSING_TABS as readonly string[]).includes(value ?? '') ? (value as HousingTab) : DEFAULT_HOUSING_TAB;
}

/** The search part of the address for a tab: the default tab needs none. */
export function searchForHousingTab(tab: HousingTab): string {
  return tab === DEFAULT_HOUSING_TAB ? '' : `?tab=${tab}`;
}
