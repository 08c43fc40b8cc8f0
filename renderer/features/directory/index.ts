/** What other features may use of the directory: the school picker (a loan's borrower), and schools, classes,
 * partners and facilitators as options (the activity form, the calendar filter, the results' scope); a
 * school's name as a link to its page. The page's address is in `./links`. */
export { SchoolSelect, type SchoolOption } from './common/SchoolSelect';
export { useClassOptions, useFacilitatorOptions, usePartnerOptions, useSchoolOptions } from './option-queries';
export { SchoolLink, SchoolPageButton } from './school-page/SchoolLink';
