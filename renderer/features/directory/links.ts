// Public to other features, like index.ts; free of React and of the API so that models and tests can use it.

/** Where a school opens: its own page in the schools section (`/schools/<id>`), reachable by address and Back. */
export function schoolLocation(schoolId: number): { pathname: string; search: string } {
  return { pathname: `/schools/${schoolId}`, search: '' };
}

/** The same place as a hash address, for links built outside React. */
export function schoolHref(schoolId: number): string {
  return `#${schoolLocation(schoolId).pathname}`;
}
