import type { TFunction } from 'i18next';

/**
 * The filters sit in one row under the title: each says its name in its placeholder ("Type : tous") and keeps
 * its label for assistive technology only, which saves a line of height on a laptop screen.
 */
export const FILTER_LABEL_PROPS = { className: 'pa-sr-only' };

/** "École : toutes", "Type : tous" while nothing is chosen. */
export function filterPlaceholder(t: TFunction, field: 'school' | 'type' | 'partner' | 'status'): string {
  const all = t(field === 'school' ? 'calendar:filters.allFeminine' : 'calendar:filters.all');
  return t('calendar:filters.placeholder', { field: t(`calendar:filters.${field}`), all: all.toLocaleLowerCase() });
}
