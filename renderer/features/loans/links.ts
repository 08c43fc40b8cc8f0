// Public to other features, like index.ts; free of React and of the API so that models and tests can use it.

/**
 * Where a loan opens: the loans tab of the exhibitions section with the loan's detail (`?tab=loans&loan=<id>`).
 * The home reminders, the availability grid and the calendar all link there.
 */
export function loanLocation(loanId: number): { pathname: string; search: string } {
  return { pathname: '/exhibitions', search: `?tab=loans&loan=${loanId}` };
}

/** The same place as a hash address, for links built outside React (the calendar's events). */
export function loanHref(loanId: number): string {
  const { pathname, search } = loanLocation(loanId);
  return `#${pathname}${search}`;
}

/** An exhibition in the catalogue tab (`?tab=catalogue&exhibition=<id>`), for its flagged items. */
export function exhibitionLocation(exhibitionId: number): { pathname: string; search: string } {
  return { pathname: '/exhibitions', search: `?tab=catalogue&exhibition=${exhibitionId}` };
}

/** The new loan request with the school already chosen (`?tab=loans&new=loan&school=<id>`): a school's page asks for one. */
export function newLoanLocation(schoolId: number): { pathname: string; search: string } {
  return { pathname: '/exhibitions', search: `?tab=loans&new=loan&school=${schoolId}` };
}
