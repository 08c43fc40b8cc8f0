// Public to other features, like index.ts; free of React and of the API so that models and tests can use it.

/** The grid entry page of an administration (hash router): EntryTab opens its grid from `?administration=`. */
export function entryHref(administrationId: number): string {
  return `#/questionnaires?administration=${administrationId}`;
}
