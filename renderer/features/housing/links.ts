// Public to other features, like index.ts; free of React and of the API so that models and tests can use it.

/**
 * Where a unit opens: the units tab of the housing section with the unit's own sheet (`?unit=<id>`). The home
 * screen's housing block links there, so a unit with room opens itself rather than the whole list.
 */
export function unitLocation(unitId: number): { pathname: string; search: string } {
  return { pathname: '/housing', search: `?unit=${unitId}` };
}

/** The unit id a `?unit=` address names, or null for anything that is not one. */
export function linkedUnitId(value: string | null): number | null {
  const id = Number(value);
  return value !== null && Number.isSafeInteger(id) && id > 0 ? id : null;
}
